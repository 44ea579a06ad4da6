import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { WakeUpController } from '../../controllers/clock.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { loadLocale } from '../../lib/strings/locales.js';
import { headingLevelProperty } from '../../lib/attributes.js';
import { defineElement } from '../../lib/define.js';
import { hasFocusWithin, makeFocusable } from '../../lib/focus.js';
import { headingTemplate } from '../../lib/heading-template.js';
import { partLang } from '../../lib/i18n.js';
import { inLanguage } from '../../lib/lang-template.js';
import { nextChange, noticePhase, type NoticePhase } from '../../lib/notices/active.js';
import { systemClock, type Clock } from '../../lib/notices/clock.js';
import { pageDismissals, type DismissalStore } from '../../lib/notices/dismissals.js';
import { formatExpiry, formatNoticeDate, readNoticeAttributes, type NoticeView } from '../../lib/notices/display.js';
import { noticeStrings } from '../../lib/strings/notices.js';
import { actionStyles } from '../../styles/action.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { LoosDismissEvent } from '../../events/dismiss.js';
import { LoosExpireEvent } from '../../events/expire.js';
import { levelIcons } from './icons.js';
import { noticeStyles } from './notice.styles.js';

/** Values of `announce`. */
export const NOTICE_ANNOUNCE = ['auto', 'off'] as const;
export type NoticeAnnounce = (typeof NOTICE_ANNOUNCE)[number];

/** The properties that make up the notice: when one of them changes, the view is read again. */
const INPUTS = ['level', 'heading', 'href', 'linkLabel', 'published', 'expires', 'source', 'area', 'dismissible', 'noticeId', 'headingLevel', 'view'] as const;

/**
 * An official notice of the city: a road closed, a storm coming, the water cut. The level is
 * written in words with a pictogram (never told by colour alone), the source and publication
 * date say that the word is official, and the notice disappears when it no longer holds.
 *
 * Write the message as the content of the element, so that it reads without JavaScript.
 * A notice present when the page loads is a labelled region; a notice that appears later
 * (added by script, or reaching its publication time) is announced once through a live region,
 * politely, or assertively for an `alert`.
 *
 * @tagname loos-notice
 * @summary Avis officiel : information, vigilance ou alerte, daté, sourcé, qui disparaît à son expiration.
 *
 * @slot - Le message (paragraphes simples, listes, un numéro de téléphone…).
 *
 * @csspart notice - La `<section>` de l'avis.
 * @csspart level - Le niveau en toutes lettres, avec son pictogramme.
 * @csspart heading - Le titre.
 * @csspart message - Le bloc qui contient le message.
 * @csspart link - Le lien « En savoir plus ».
 * @csspart meta - « Communiqué officiel », la source et les dates.
 * @csspart dismiss - Le bouton « Masquer cet avis ».
 *
 * @cssprop --loos-notice-background - Fond (par défaut : le fond d'avis du niveau).
 * @cssprop --loos-notice-text - Couleur du texte (par défaut : la couleur de texte d'avis du niveau).
 * @cssprop --loos-notice-border - Couleur de la bordure (par défaut : la couleur de bordure d'avis du niveau).
 * @cssprop --loos-notice-icon - Couleur du pictogramme (par défaut : la couleur d'icône d'avis du niveau).
 * @cssprop --loos-notice-radius - Arrondi des coins (par défaut : le petit arrondi).
 *
 * @fires loos-dismiss - Quand une personne masque l'avis ; `detail.remembered` dit s'il reste masqué après un rechargement.
 * @fires loos-expire - Quand l'avis, à l'écran, atteint son expiration et disparaît.
 * @fires loos-invalid - Quand un attribut manque ou est refusé (niveau, titre, lien, dates, `dismissible`…).
 */
export class LoosNotice extends LitElement {
  static override styles = [sharedStyles, actionStyles, noticeStyles];

  /** `info` (« Information »), `warning` (« Vigilance ») ou `alert` (« Alerte » : danger immédiat seulement). */
  @property() level = 'info';
  /** Le titre de l'avis (obligatoire). */
  @property() heading?: string;
  /** Lien vers l'information complète : https:, http:, mailto:, tel: ou relatif ; toute autre adresse n'est pas affichée. */
  @property() href?: string | URL;
  /** Texte du lien ; « En savoir plus » par défaut. Attribut : `link-label`. */
  @property({ attribute: 'link-label' }) linkLabel?: string;
  /** ISO 8601 ; avant cet instant, l'avis n'est pas affiché. Une date seule vaut le début de ce jour, heure de Paris. */
  @property() published?: string | Date;
  /** ISO 8601 ; à partir de cet instant, l'avis n'est plus affiché. Une date seule vaut la fin de ce jour, heure de Paris. */
  @property() expires?: string | Date;
  /** Qui parle ; « Ville de Loos » par défaut. */
  @property() source?: string;
  /** Le lieu concerné, en texte libre. */
  @property() area?: string;
  /** Permet de masquer un avis `info` ou `warning`. Une `alert` ne peut jamais être masquée. */
  @property({ type: Boolean }) dismissible = false;
  /** Identifiant stable : l'avis masqué est retenu par `notice-id` et `published`. Attribut : `notice-id`. */
  @property({ attribute: 'notice-id' }) noticeId?: string;
  /** Niveau du titre dans le plan de la page (de 2 à 6 ; 2 par défaut). Attribut : `heading-level`. */
  @property(headingLevelProperty) headingLevel?: string | number;
  /** `off` quand un conteneur annonce lui-même l'avis (comme le fait `<loos-notice-feed>`). */
  @property() announce: NoticeAnnounce = 'auto';
  /** La source de l'heure (les tests et le catalogue y mettent une horloge contrôlée). Propriété seulement, sans attribut. */
  @property({ attribute: false }) clock: Clock = systemClock;
  /** Où les avis masqués sont retenus (`localStorage`, ou la mémoire de la page s'il échoue). Propriété seulement, sans attribut. */
  @property({ attribute: false }) dismissals: DismissalStore = pageDismissals;
  /**
   * Une vue de l'avis déjà vérifiée par un conteneur (`<loos-notice-feed>` la fournit) : les attributs ne sont
   * alors pas relus, et leurs problèmes ont été signalés une fois, par le conteneur. Propriété seulement.
   */
  @property({ attribute: false }) view?: NoticeView;

  @state() private phase: NoticePhase = 'active';
  @state() private dismissed = false;

  /** What is rendered: the container's view, or the attributes once checked. */
  private shown!: NoticeView;
  private readonly locale = new LocaleController(this, loadLocale);
  private readonly invalid = new InvalidController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly wakeUp = new WakeUpController(this, () => this.clock, () => {
    this.onClockTick();
  });
  /** Set once the notice has been on screen: it is announced at most once in its life. */
  private hasBeenShown = false;
  /** Set when the notice reaches its publication time while on the page. */
  private publishedWhileOnPage = false;
  /** Dismissed by a person on this element (holds even when storage fails). */
  private dismissedHere = false;

  /** Also waits for the words of an English context, loaded on demand. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.locale.loading;
    return super.getUpdateComplete();
  }

  /** Vrai quand l'avis est à l'écran en ce moment (publié, pas expiré, pas masqué). */
  get visible(): boolean {
    return this.phase === 'active' && !this.dismissed;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: wake up again. The first time, `updated()` does it.
    if (this.hasUpdated) this.schedule();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || INPUTS.some((name) => changed.has(name))) {
      const read = this.view === undefined ? readNoticeAttributes(this) : { view: this.view, problems: [] };
      const view = read.view;
      this.shown = view;
      this.invalid.problems = read.problems;
      // Read here rather than in updated(), to render the right state in one pass; only when the
      // attributes change, not on every render. Server-safe: the store only reaches
      // `localStorage` where it exists.
      this.dismissed = this.dismissedHere || (view.dismissKey !== undefined && view.dismissible && this.dismissals.isDismissed(view.dismissKey));
    }
    this.phase = noticePhase(this.shown, this.clock.now());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('published') || changed.has('expires') || changed.has('view') || changed.has('clock')) this.schedule();
    if (this.visible && !this.hasBeenShown) {
      this.hasBeenShown = true;
      // Present while the page loads: a region people find by browsing. Later: say it once.
      const appearedLater = this.publishedWhileOnPage || document.readyState === 'complete';
      if (appearedLater && this.announce !== 'off') this.scheduleAnnouncement();
    }
  }

  /** Wakes up at the next publication or expiry. */
  private schedule(): void {
    this.wakeUp.wakeAt(this.isConnected ? nextChange([this.shown], this.clock.now()) : undefined);
  }

  private onClockTick(): void {
    const before = this.phase;
    const after = noticePhase(this.shown, this.clock.now());
    if (before === 'pending' && after === 'active') this.publishedWhileOnPage = true;
    this.phase = after;
    if (before === 'active' && after === 'expired' && !this.dismissed && this.shown.expires !== undefined) {
      const hadFocus = hasFocusWithin(this);
      this.dispatchEvent(new LoosExpireEvent({ noticeId: this.noticeId, expires: this.shown.expires }));
      if (hadFocus) this.keepFocusHere('expired');
    }
    this.schedule();
  }

  private scheduleAnnouncement(): void {
    const strings = noticeStrings[this.locale.value];
    const { level, heading } = this.shown;
    this.announcer.announce(strings.announce(strings.levels[level], heading ?? ''), level === 'alert' ? 'assertive' : 'polite');
  }

  private onDismiss(): void {
    const key = this.shown.dismissKey;
    const remembered = key !== undefined && this.dismissals.dismiss(key);
    const hadFocus = hasFocusWithin(this);
    this.dismissedHere = true;
    this.dismissed = true;
    this.dispatchEvent(new LoosDismissEvent({ noticeId: this.noticeId, remembered }));
    if (hadFocus) this.keepFocusHere('dismissed');
  }

  /**
   * The notice a person was on has gone: focus stays where it stood (the host, so that Tab goes
   * on to what follows) and a short sentence says why. A container (`announce="off"`, as the
   * feed) moves focus to its next notice and says it itself.
   */
  private keepFocusHere(why: 'dismissed' | 'expired'): void {
    if (this.announce === 'off') return;
    void this.updateComplete.then(() => {
      makeFocusable(this);
      super.focus();
      this.announcer.announce(noticeStrings[this.locale.value].gone[why]);
    });
  }

  /** Focuses the notice itself (its labelled section, named by level and heading), for containers and pages. */
  override focus(options?: FocusOptions): void {
    const section = this.renderRoot.querySelector('section');
    if (section === null) {
      super.focus(options);
      return;
    }
    makeFocusable(section);
    section.focus(options);
  }

  protected override render() {
    return html`${this.visible ? this.renderNotice(this.shown) : nothing}${this.announcer.regions()}`;
  }

  // Few nested templates and few nodes: each one is work for every notice on the page.
  private renderNotice(view: NoticeView): TemplateResult {
    const locale = this.locale.value;
    const strings = noticeStrings[locale];
    const { level, heading, published, expires } = view;
    // Texts whose data says their language carry it when it is not the rendering's (WCAG 3.1.2).
    const lang = view.lang === undefined ? undefined : partLang(locale, view.lang);
    // Added to the link and the button for screen readers: which notice they act on.
    const which = heading === undefined ? '' : ` : ${heading}`;
    return html`<section part="notice" data-level=${level} aria-labelledby=${heading === undefined ? 'level' : 'level heading'}>
      <div class="body">
        <p id="level" part="level"><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${levelIcons[level]}></path></svg>${strings.levels[level]}</p>
        ${heading === undefined ? nothing : headingTemplate(view.headingLevel, inLanguage(heading, lang), { id: 'heading', part: 'heading' })}
        <div part="message"><slot></slot></div>
        ${view.area === undefined ? nothing : html`<p>${strings.area} ${inLanguage(view.area, lang)}</p>`}
        ${view.href === undefined
          ? nothing
          : html`<p><a href=${view.href} part="link">${view.linkLabel ?? strings.moreInfo}<span class="visually-hidden">${which}</span></a></p>`}
        <p part="meta"><b>${strings.official}</b> · ${view.source === undefined ? strings.defaultSource : inLanguage(view.source, lang)}${published === undefined
          ? nothing
          : html` · <time datetime=${published.toISOString()}>${strings.published(formatNoticeDate(published, view.publishedDateOnly, locale))}</time>`}${expires ===
        undefined
          ? ''
          : ` · ${strings.validUntil(formatExpiry(expires, view.expiresDateOnly, locale))}`}</p>
      </div>
      ${view.dismissible
        ? html`<button type="button" class="action" part="dismiss" @click=${this.onDismiss}><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18"></path></svg>${strings.dismiss}<span class="visually-hidden">${which}</span></button>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-notice': LoosNotice;
  }
}

export { LoosDismissEvent, LoosExpireEvent };

defineElement('loos-notice', LoosNotice);
