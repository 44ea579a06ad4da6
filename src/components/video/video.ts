import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { defineElement } from '../../lib/define.js';
import { problem, type InputProblem } from '../../lib/invalid.js';
import { readJsonChild } from '../../lib/services/fields.js';
import { propertyTexts } from '../../lib/property-values.js';
import { checkUrl } from '../../lib/url.js';
import { formatTimecode, HOST_NAMES, readChapters, readVideoAddress, type Chapter, type VideoAddress } from '../../lib/publications/video.js';
import { videoStrings } from '../../lib/strings/video.js';
import { actionStyles } from '../../styles/action.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { videoStyles } from './video.styles.js';

/**
 * A video residents can follow every way: captions (`<track>`), chapters, a transcript in the page
 * (the author's `<details slot="transcript">`, always in the page for search and screen readers),
 * a poster, and never autoplay. A video on YouTube, Vimeo or Dailymotion loads nothing from the
 * host until the person presses « Charger la vidéo — ce service peut déposer des cookies »; a link
 * watches it on the host instead; the embed uses the host's privacy-enhanced address where it has one.
 *
 * A shadow-DOM component. Without JavaScript, what is written inside it shows as it is: the
 * transcript, and a link to the video the author may add.
 *
 * @tagname loos-video
 * @summary Vidéo accessible : sous-titres, chapitres, transcription ; vidéo hébergée chargée seulement à la demande.
 *
 * @slot transcript - La transcription, en `<details><summary>Transcription</summary>…</details>`.
 *
 * @csspart player - La `<video>` ou le cadre de l'hébergeur.
 * @csspart consent - L'encadré affiché avant le chargement d'une vidéo hébergée.
 * @csspart chapters - La liste des chapitres.
 *
 * @cssprop --loos-video-ratio - Rapport largeur sur hauteur du lecteur (par défaut : 16 / 9).
 *
 * @fires loos-invalid - Quand `src`, `poster`, `captions`, les chapitres ou le `player` Dailymotion manquent ou sont refusés, ou que la transcription manque.
 */
export class LoosVideo extends LitElement {
  static override styles = [sharedStyles, actionStyles, videoStyles];

  /** Le fichier vidéo (MP4, WebM) ou sa page sur YouTube, Vimeo ou Dailymotion. */
  @property() src?: string;
  /** Ce qu'est la vidéo : nomme le lecteur et les boutons pour les lecteurs d'écran. */
  @property({ attribute: 'video-title' }) videoTitle?: string;
  /** Image affichée avant la lecture (un fichier du site de la ville : une image de l'hébergeur serait une requête vers lui). */
  @property() poster?: string;
  /** Fichier de sous-titres (WebVTT) pour un fichier vidéo. */
  @property() captions?: string;
  /** Identifiant du lecteur Dailymotion du site (Dailymotion Studio). */
  @property() player?: string;
  /** Chapitres : `[{ start: '4:05', title: 'Le budget' }]` ; ou un enfant `<script type="application/json">`. */
  @property({ attribute: false }) chapters?: unknown;

  /** Whether the person asked to load the hosted video. */
  @state() private loaded = false;

  private address?: VideoAddress;
  private chapterList: Chapter[] = [];
  private pageChapters: { data: unknown; problems: InputProblem[] } = { data: undefined, problems: [] };
  private hasTranscript = true;
  /** The text properties as text: a value of another type set from a script is reported, never thrown on. */
  private texts: Partial<Record<'src' | 'videoTitle' | 'poster' | 'captions' | 'player', string>> = {};
  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageChapters = readJsonChild(this);
    this.hasTranscript = this.querySelector(':scope > [slot="transcript"]') !== null;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('player')) this.loaded = false;
    const typeProblems: InputProblem[] = [];
    this.texts = propertyTexts(this, { src: 'src', videoTitle: 'video-title', poster: 'poster', captions: 'captions', player: 'player' }, typeProblems);
    const { src, videoTitle, poster, captions, player } = this.texts;
    const read = readVideoAddress(src, player);
    const chapters = readChapters(this.chapters ?? this.pageChapters.data);
    this.address = read.address;
    this.chapterList = chapters.chapters;
    const problems = [...typeProblems, ...read.problems, ...(this.chapters === undefined ? this.pageChapters.problems : []), ...chapters.problems];
    for (const [field, value] of [['poster', poster], ['captions', captions]] as const) {
      const checked = value === undefined ? undefined : checkUrl(value);
      if (checked !== undefined && !checked.ok) problems.push(problem(field, `Adresse refusée : ${checked.reason}`, value));
    }
    if (this.address?.kind === 'file' && captions === undefined) problems.push(problem('captions', 'Vidéo sans sous-titres : ajoutez un fichier WebVTT (attribut captions).'));
    if (!this.hasTranscript) problems.push(problem('transcript', 'Vidéo sans transcription : écrivez-la dans un <details slot="transcript"> à l’intérieur de l’élément.'));
    if (videoTitle === undefined || videoTitle.trim() === '') problems.push(problem('video-title', 'Titre de la vidéo absent : il nomme le lecteur pour les lecteurs d’écran.'));
    this.invalid.problems = problems;
  }

  private get titleText(): string {
    return this.texts.videoTitle ?? '';
  }

  protected override render() {
    const strings = videoStrings[this.locale.value];
    const address = this.address;
    if (address === undefined) return html`<p class="unavailable">${strings.unavailable}</p><slot name="transcript"></slot>`;
    return html`${address.kind === 'file' ? this.renderFile(address.src) : this.renderHosted(address)}
      ${this.renderChapters(address.kind === 'file')}
      <slot name="transcript"></slot>`;
  }

  private renderFile(src: string) {
    const poster = this.texts.poster === undefined ? undefined : checkUrl(this.texts.poster);
    const captions = this.texts.captions === undefined ? undefined : checkUrl(this.texts.captions);
    // preload="none": nothing but the poster is downloaded before the person plays the video.
    return html`<video part="player" controls preload="none" playsinline src=${src} poster=${poster?.ok === true ? poster.url : nothing} aria-label=${this.titleText || nothing}>
      ${captions?.ok === true ? html`<track kind="captions" srclang="fr" label=${videoStrings[this.locale.value].captions} src=${captions.url} default />` : nothing}
    </video>`;
  }

  private renderHosted(address: Extract<VideoAddress, { kind: 'hosted' }>) {
    const strings = videoStrings[this.locale.value];
    const host = HOST_NAMES[address.host];
    if (this.loaded) {
      return html`<iframe
        part="player"
        src=${address.embed}
        title=${strings.frameTitle(this.titleText, host)}
        allow="fullscreen; picture-in-picture; encrypted-media"
        allowfullscreen
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`;
    }
    const titled = (text: string) => html`${text}${this.titleText === '' ? nothing : html`<span class="visually-hidden"> : ${this.titleText}</span>`}`;
    return html`<div class="consent" part="consent">
      <p>${strings.hostedBy(host)}</p>
      <button type="button" class="action" @click=${this.load}>${titled(strings.load)}</button>
      <a href=${address.watch} rel="noopener noreferrer">${titled(strings.watchOn(host))}</a>
    </div>`;
  }

  private renderChapters(seekable: boolean) {
    if (this.chapterList.length === 0) return nothing;
    const strings = videoStrings[this.locale.value];
    return html`<nav class="chapters" part="chapters" aria-labelledby="chapters-heading">
      <p id="chapters-heading" class="chapters-heading">${strings.chapters}</p>
      <ol>
        ${this.chapterList.map((chapter) => {
          const time = html`<span class="time">${formatTimecode(chapter.start)}</span> ${chapter.title}`;
          return html`<li>
            ${seekable
              ? html`<button type="button" class="chapter" @click=${() => { this.seek(chapter.start); }}>
                  <span class="visually-hidden">${strings.goTo} </span>${time}
                </button>`
              : time}
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  /** Moves the video to a chapter and the focus to the player, where the person presses play. */
  private seek(start: number): void {
    const video = this.renderRoot.querySelector('video');
    if (video === null) return;
    video.currentTime = start;
    video.focus();
  }

  private readonly load = async (): Promise<void> => {
    this.loaded = true;
    await this.updateComplete;
    // Focus follows the button, which is gone: to the player the person asked for.
    this.renderRoot.querySelector('iframe')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-video': LoosVideo;
  }
}

defineElement('loos-video', LoosVideo);
