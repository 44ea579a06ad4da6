import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { defineElement } from '../../lib/define.js';
import { readShareAttributes, type ShareView } from '../../lib/publications/share.js';
import { publicationStrings } from '../../lib/strings/publications.js';
import { actionStyles } from '../../styles/action.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { shareStyles } from './share.styles.js';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Share a page without handing residents to trackers: plain links to each network's share page
 * (e-mail, Facebook, X, LinkedIn, WhatsApp) built from the page's address and title, « Copier le
 * lien » with spoken feedback, and the device's own share sheet (Web Share API) where there is one.
 * No script, image or request goes to a network before a person follows its link.
 *
 * A shadow-DOM component. Without JavaScript, links written inside the element (a plain `<ul>` of
 * share links) are shown instead; once defined, the element replaces them with its own.
 *
 * @tagname loos-share
 * @summary Partager une page : liens simples (courriel, réseaux), « Copier le lien », partage de l'appareil.
 *
 * @slot - Liens affichés seulement sans JavaScript (l'élément les masque une fois défini).
 *
 * @csspart base - Le groupe des actions de partage.
 * @csspart link - Chaque lien de partage.
 *
 * @cssprop --loos-share-gap - Espace entre les actions (par défaut : le petit espacement).
 *
 * @fires loos-invalid - Quand `url` manque, est relative ou refusée, ou que `networks` nomme un réseau inconnu.
 */
export class LoosShare extends LitElement {
  static override styles = [sharedStyles, actionStyles, shareStyles];

  /** L'adresse à partager, complète (`https://www.loos.fr/actualites/…`) ; celle de la page si absente. */
  @property() url?: string;

  /** Le titre envoyé avec l'adresse (objet du courriel, texte du message) ; celui de la page si absent. */
  @property({ attribute: 'share-title' }) shareTitle?: string;

  /** Les réseaux affichés, dans l'ordre, séparés par des espaces : `email facebook x linkedin whatsapp` (tous par défaut). */
  @property() networks?: string;

  /** Whether the device offers its own share sheet (set once connected). */
  @state() private canShare = false;
  @state() private copyState: CopyState = 'idle';
  /** The page's address and title, read once connected, for an element without `url`. */
  @state() private pageUrl?: string;
  @state() private pageTitle?: string;

  private view: ShareView = { links: [] };
  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);
  private readonly announcer = new AnnouncerController(this);

  override connectedCallback(): void {
    // Declarative shadow DOM from the server is there before Lit creates a root of its own.
    const serverRendered = this.shadowRoot !== null && !this.hasUpdated;
    super.connectedCallback();
    // Browser only: the server renders the links from `url`, and never has a navigator. A
    // server-rendered element first hydrates with the server's values (Lit keeps the server's DOM
    // for a value that differs at hydration), then shows the device share button.
    if (serverRendered) void this.updateComplete.then(this.readDevice);
    else this.readDevice();
  }

  private readonly readDevice = (): void => {
    this.canShare = typeof navigator.share === 'function';
    if (this.url === undefined) this.pageUrl = location.href.split('#')[0];
    if (this.shareTitle === undefined && document.title !== '') this.pageTitle = document.title;
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('url') || changed.has('shareTitle') || changed.has('networks') || changed.has('pageUrl') || changed.has('pageTitle')) {
      const result = readShareAttributes({ url: this.url ?? this.pageUrl, title: this.shareTitle ?? this.pageTitle, networks: this.networks });
      this.view = result.view;
      this.invalid.problems = result.problems;
      this.copyState = 'idle';
    }
  }

  protected override render() {
    const strings = publicationStrings[this.locale.value];
    // The title names the group for screen readers, so that a page listing several articles, each
    // with its share links, has distinct groups (« Partager cette page : Un nouveau square »).
    const { url, title, links } = this.view;
    if (url === undefined) return html`<p class="unavailable">${strings.unavailable}</p>`;
    return html`<div class="share" part="base" role="group" aria-labelledby="heading">
        <p id="heading" class="heading">
          ${strings.shareHeading}${title === undefined ? nothing : html`<span class="visually-hidden"> : ${title}</span>`}
        </p>
        <ul>
          <li ?hidden=${!this.canShare}><button type="button" class="action" @click=${this.shareWithDevice}>${strings.shareWithApp}</button></li>
          ${links.map(
            (link) => html`<li>
              <a class="action" part="link" href=${link.href} rel="noopener noreferrer" data-network=${link.network}
                ><span class="visually-hidden">${strings.shareOn[link.network]} </span>${strings.networkNames[link.network]}</a
              >
            </li>`,
          )}
          <li><button type="button" class="action" @click=${this.copy}>${strings.copyLink}</button></li>
        </ul>
        ${this.copyState === 'idle'
          ? nothing
          : html`<p class="feedback" aria-hidden="true">${this.copyState === 'copied' ? strings.copied : strings.copyFailed}</p>`}
        ${this.copyState === 'failed' ? html`<p class="address" translate="no">${url}</p>` : nothing}
      </div>
      ${this.announcer.regions()}`;
  }

  private readonly copy = async (): Promise<void> => {
    const { url } = this.view;
    if (url === undefined) return;
    try {
      // Missing outside secure contexts; refused when the page lacks the permission.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined on http:// pages
      if (navigator.clipboard === undefined) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
    const strings = publicationStrings[this.locale.value];
    // The visible sentence is hidden from speech: the live region says it once.
    this.announcer.announce(this.copyState === 'copied' ? strings.copied : strings.copyFailed);
  };

  private readonly shareWithDevice = async (): Promise<void> => {
    const { url, title } = this.view;
    if (url === undefined) return;
    try {
      await navigator.share(title === undefined ? { url } : { url, title });
    } catch {
      // Closing the share sheet rejects (AbortError): the person changed their mind, nothing to say.
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-share': LoosShare;
  }
}

defineElement('loos-share', LoosShare);
