/**
 * The catalogue's « Déclinaisons » tool: a notice or an event (JSON, pasted or edited) becomes every
 * channel side by side, each with its counter, its notes and the tone findings; each text can be
 * copied, the newsletter and the three social images downloaded. Everything runs in the page:
 * nothing is sent anywhere.
 * A catalogue tool for staff, not a component of the library (it is not in the bundles).
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { drawSocialImages } from '../../src/channels/image-layout.js';
import { readContent, socialImageAlt, toChannels, type ChannelOutput, type ChannelsResult, type Measure } from '../../src/channels/index.js';
import { downloadTextFile } from '../../src/lib/download.js';
import { actionStyles } from '../../src/styles/action.styles.js';
import { fieldStyles } from '../../src/styles/field.styles.js';
import { sharedStyles } from '../../src/styles/shared.styles.js';
import { browserImageRenderer } from './browser-images.js';

/** An image drawn in this page: its address (a blob: URL of this page), or why it could not be drawn. */
interface DrawnImage {
  readonly label: string;
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
  readonly address?: string;
  readonly problem?: string;
}

const counter = (m: Measure): string => {
  const limit = m.limit === undefined ? '' : m.segments === undefined ? ` sur ${m.limit}` : ` (${m.segments} segment${m.segments > 1 ? 's' : ''} ${m.encoding ?? ''} sur ${m.limit})`;
  return `${m.part} : ${m.length} ${m.unit}${limit}${m.over ? ', dépasse la limite' : ''}`;
};

/** The text a person copies: the push notification as title and body. */
const copyText = (output: ChannelOutput): string => (output.channel === 'push' ? `${output.title ?? ''}\n${output.body ?? ''}` : output.text);

@customElement('loos-channels-tool')
export class LoosChannelsTool extends LitElement {
  static override styles = [sharedStyles, actionStyles, fieldStyles, css`
    :host { display: block; }
    form { display: grid; gap: var(--loos-space-sm); margin-block-end: var(--loos-space-lg); }
    label { font-weight: var(--loos-font-weight-bold); }
    textarea { inline-size: 100%; font-family: var(--loos-font-family-mono); font-size: var(--loos-font-size-sm); }
    input { inline-size: 100%; }
    .channels { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: var(--loos-space-md); padding: 0; list-style: none; }
    .channel { border: var(--loos-border-width-thin) solid var(--loos-color-border); border-radius: var(--loos-radius-sm); padding: var(--loos-space-md); min-inline-size: 0; }
    h3 { margin-block: 0 var(--loos-space-xs); font-size: var(--loos-font-size-lg); }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--loos-color-surface-sunken); padding: var(--loos-space-sm); margin-block: var(--loos-space-sm); font-family: inherit; }
    .over { color: var(--loos-color-negative); font-weight: var(--loos-font-weight-bold); }
    .problems { border-inline-start: var(--loos-border-width-thick, 4px) solid var(--loos-color-negative); padding-inline-start: var(--loos-space-sm); }
    ul { padding-inline-start: var(--loos-space-lg); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--loos-space-xs); }
    .images { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: var(--loos-space-md); padding: 0; list-style: none; }
    .images img { display: block; inline-size: 100%; block-size: auto; border: var(--loos-border-width-thin) solid var(--loos-color-border); }
  `];

  /** The content as JSON text: a notice, an event or a key figure. */
  @property() source = '';
  /** The page of the city's site every channel points to. */
  @property() url = '';

  @state() private result: ChannelsResult | undefined;
  @state() private readProblems: readonly string[] = [];
  @state() private alt: string | undefined;
  @state() private status = '';
  @state() private images: readonly DrawnImage[] = [];
  @state() private drawing = false;
  private content: unknown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('url')) this.decline();
    // Pictures of the previous content would contradict the texts: drawn again on request.
    if (changed.has('source')) this.forgetImages();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forgetImages();
  }

  private forgetImages(): void {
    for (const image of this.images) if (image.address !== undefined) URL.revokeObjectURL(image.address);
    this.images = [];
  }

  private async drawImages(): Promise<void> {
    this.drawing = true;
    this.status = 'Dessin des visuels en cours…';
    const { images, problems } = await drawSocialImages(this.content, browserImageRenderer);
    this.forgetImages();
    this.images = images.map((image) => ({
      label: image.format.label, file: image.format.file, width: image.format.width, height: image.format.height, alt: image.alt,
      ...(image.png === undefined ? { problem: image.problem ?? 'Visuel impossible.' } : { address: URL.createObjectURL(new Blob([new Uint8Array(image.png)], { type: 'image/png' })) }),
    }));
    this.drawing = false;
    const drawn = this.images.filter((image) => image.address !== undefined).length;
    this.status = [`${drawn} visuel${drawn > 1 ? 's' : ''} dessiné${drawn > 1 ? 's' : ''} sur ${images.length}.`, ...problems.map((p) => p.message)].join(' ');
  }

  /** Pure work (no DOM): safe in willUpdate, and the same on the server. */
  private decline(): void {
    let raw: unknown;
    try {
      raw = JSON.parse(this.source) as unknown;
    } catch (error) {
      this.result = undefined;
      this.alt = undefined;
      this.content = undefined;
      this.readProblems = [`Le texte collé n’est pas du JSON valide (${error instanceof Error ? error.message : String(error)}).`];
      return;
    }
    const { content, problems } = readContent(raw);
    this.content = content;
    this.readProblems = problems.map((p) => `${p.field} : ${p.message}`);
    this.result = content === undefined ? undefined : toChannels(content, this.url.trim() === '' ? {} : { url: this.url.trim() });
    this.alt = socialImageAlt(content);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string): string => {
      const value = new FormData(form).get(name);
      return typeof value === 'string' ? value : '';
    };
    this.source = field('source');
    this.url = field('url');
    this.status = 'Déclinaisons mises à jour.';
  }

  private async copy(output: ChannelOutput): Promise<void> {
    try {
      await navigator.clipboard.writeText(copyText(output));
      this.status = `Texte « ${output.label} » copié.`;
    } catch {
      this.status = `Copie impossible ici : sélectionnez le texte « ${output.label} » et copiez-le au clavier.`;
    }
  }

  private download(output: ChannelOutput): void {
    downloadTextFile('lettre-information.html', output.html ?? '', 'text/html');
    this.status = 'Fichier lettre-information.html téléchargé.';
  }

  private renderOutput(output: ChannelOutput) {
    const id = `canal-${output.channel}`;
    return html`<li class="channel" aria-labelledby=${id}>
      <h3 id=${id}>${output.label}</h3>
      <ul>${output.measures.map((m) => html`<li class=${m.over ? 'over' : ''}>${counter(m)}</li>`)}</ul>
      <pre>${copyText(output)}</pre>
      ${output.notes.length === 0 ? nothing : html`<p>Notes :</p><ul>${output.notes.map((n) => html`<li>${n}</li>`)}</ul>`}
      <p>${output.findings.length === 0 ? 'Aucune remarque de ton.' : `Remarques de ton (${output.findings.length}) :`}</p>
      ${output.findings.length === 0 ? nothing : html`<ul>${output.findings.map((f) => html`<li>${f.severity === 'error' ? 'Erreur' : f.severity === 'warning' ? 'Avertissement' : 'Conseil'} : ${f.message}</li>`)}</ul>`}
      <div class="actions">
        <button type="button" class="action" @click=${() => void this.copy(output)}>Copier le texte <span class="visually-hidden">${output.label}</span></button>
        ${output.html === undefined ? nothing : output.channel === 'newsletter'
          ? html`<button type="button" class="action" @click=${() => { this.download(output); }}>Télécharger le HTML de la lettre</button>`
          : nothing}
      </div>
    </li>`;
  }

  private renderImage(image: DrawnImage) {
    const size = `${image.width} × ${image.height}`;
    return html`<li>
      <h3>${image.label} (${size})</h3>
      ${image.address === undefined
        ? html`<p class="over">${image.problem}</p>`
        : html`<img src=${image.address} alt=${image.alt} width=${image.width} height=${image.height}>
          <p><a href=${image.address} download=${image.file}>Télécharger le visuel ${size} (PNG)</a></p>`}
    </li>`;
  }

  override render() {
    return html`
      <form @submit=${this.onSubmit}>
        <label for="source">Avis, événement ou chiffre clé (JSON)</label>
        <textarea id="source" name="source" rows="12" spellcheck="false" aria-describedby="source-help" .value=${this.source}></textarea>
        <p id="source-help">Collez ou modifiez le contenu : les mêmes champs que les avis officiels (heading, level, message, published…) ou que l’agenda (title, start, location…). Rien n’est envoyé : tout est calculé dans ce navigateur.</p>
        <label for="url">Page du site vers laquelle renvoient les canaux (facultatif)</label>
        <input id="url" name="url" type="url" .value=${this.url} autocomplete="url">
        <div><button class="action" type="submit">Décliner dans chaque canal</button></div>
      </form>
      <p role="status">${this.status}</p>
      ${this.readProblems.length === 0 ? nothing : html`<div class="problems"><h2>À corriger dans le contenu</h2><ul>${this.readProblems.map((p) => html`<li>${p}</li>`)}</ul></div>`}
      ${this.result === undefined ? nothing : html`
        <h2>Déclinaisons</h2>
        <ul class="channels">${this.result.outputs.map((o) => this.renderOutput(o))}</ul>
        ${this.alt === undefined ? nothing : html`<h2>Visuels pour les réseaux sociaux</h2>
          <p>Trois visuels (1080 × 1080, 1200 × 630, 1080 × 1920), dessinés dans ce navigateur avec la police
            du catalogue. Les mêmes, pour un envoi automatique : <code>loos-channels contenu.json --channels images --out visuels/</code>.
            Leur texte alternatif, à publier avec eux :</p>
          <pre>${this.alt}</pre>
          <div class="actions"><button type="button" class="action" ?disabled=${this.drawing} @click=${() => void this.drawImages()}>Dessiner les visuels</button></div>
          ${this.images.length === 0 ? nothing : html`<ul class="images">${this.images.map((image) => this.renderImage(image))}</ul>`}`}`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-channels-tool': LoosChannelsTool;
  }
}
