import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { loadLocale } from '../../lib/strings/locales.js';
import { headingLevelProperty, textOnlyReflection } from '../../lib/attributes.js';
import { defineElement } from '../../lib/define.js';
import { inputFromAttributes, readHeadingLevel, type HeadingLevel } from '../../lib/events/card-input.js';
import { validateEvent, type CivicEvent, type CivicEventInput, type EventValidation } from '../../lib/events/model.js';
import { actionStyles } from '../../styles/action.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { renderEventCard, renderUnavailableCard } from './event-card-template.js';
import { eventCardHostStyles, eventCardStyles } from './event-card.styles.js';

const JSON_LD_MARKER = 'data-loos-event-json-ld';

/**
 * One event of the city's agenda: title (the card's single main link), French date inside
 * `<time datetime>`, status in words, place, price, organiser, accessibility pictograms with
 * their labels, registration, and « Ajouter à mon agenda » (an iCalendar file).
 *
 * Give the data as attributes (`event-title`, `start`…) or as the `event` property (same shape
 * as the agenda JSON, see `schemas/events.schema.json`). Without `event-title`, the text of the
 * first heading found in the light DOM is used, so that a CMS can write the title as content
 * that reads before (and without) JavaScript.
 *
 * The iCalendar writer and the JSON-LD builder are loaded with `import()` when first needed
 * (a click on « Ajouter à mon agenda », `toIcs()`, `structured-data`): most cards never need them.
 *
 * @tagname loos-event-card
 * @summary Carte d'événement de l'agenda : date en français, statut en toutes lettres, accessibilité, export iCalendar.
 *
 * @csspart card - L'`<article>` de la carte.
 * @csspart link - Le lien principal (le titre), qui rend toute la carte cliquable.
 * @csspart status - L'étiquette de statut (« Annulé », « Complet »…).
 * @csspart category - L'étiquette de catégorie.
 * @csspart date - La ligne de la date.
 * @csspart image - L'image.
 * @csspart accessibility - La liste des aménagements d'accessibilité.
 * @csspart actions - La rangée de boutons et de liens (absente pour un événement annulé, qui n'en a aucun).
 * @csspart registration - Le lien « S'inscrire ».
 * @csspart add-to-calendar - Le bouton « Ajouter à mon agenda ».
 *
 * @cssprop --loos-event-card-background - Fond de la carte (par défaut : la surface surélevée).
 * @cssprop --loos-event-card-border - Couleur de la bordure de la carte (par défaut : la couleur des bordures).
 * @cssprop --loos-event-card-accent - Couleur des pictogrammes d'accessibilité (par défaut : le jeton d'accent des icônes, contraste 3:1 sur les fonds de chaque thème).
 * @cssprop --loos-event-card-radius - Arrondi des coins (par défaut : l'arrondi moyen).
 *
 * @fires loos-invalid - Quand un champ manque ou est invalide ; le détail liste les problèmes (champ et message en français).
 */
export class LoosEventCard extends LitElement {
  static override styles = [sharedStyles, actionStyles, eventCardStyles, eventCardHostStyles];

  /** L'événement en objet (prime sur les attributs). */
  @property({ attribute: false }) event?: CivicEventInput | Record<string, unknown> | null;

  /** Identifiant, repris dans l'`UID` iCalendar (attribut `event-id` : `id` est celui de l'élément lui-même). */
  @property({ attribute: 'event-id' }) eventId?: string;
  /** Titre (attribut `event-title` : `title` afficherait une infobulle). */
  @property({ attribute: 'event-title' }) eventTitle?: string;
  /** Début, ISO 8601 (`2026-12-14T15:00`, heure locale de Paris ; `2026-12-14` pour une journée entière). */
  @property() start?: string;
  /** Fin, ISO 8601. Pour un événement sur des journées entières, le dernier jour (compris). */
  @property() end?: string;
  /** L'événement dure des journées entières : aucune heure n'est affichée (« toute la journée »). */
  @property({ type: Boolean, attribute: 'all-day' }) allDay = false;
  /** Nom du lieu, par exemple « La Fileuse ». */
  @property({ attribute: 'location-name' }) locationName?: string;
  /** Adresse du lieu (numéro et rue). */
  @property({ attribute: 'location-address' }) locationAddress?: string;
  /** Commune du lieu, par exemple « Loos ». */
  @property({ attribute: 'location-city' }) locationCity?: string;
  /** Catégorie affichée au-dessus du titre et utilisée par le filtre de l'agenda, par exemple « Culture ». */
  @property() category?: string;
  /** Texte simple ; les retours à la ligne sont conservés. */
  @property() description?: string;
  /** Adresse de l'image (vérifiée comme tout lien) ; demande `image-alt`, vide pour une image décorative. */
  @property({ attribute: 'image-src' }) imageSrc?: string;
  /** Obligatoire avec `image-src` ; `image-alt=""` pour une image décorative. */
  @property({ attribute: 'image-alt' }) imageAlt?: string;
  /** Page de l'événement : le lien principal de la carte. */
  @property() href?: string;
  /** `0` pour « Gratuit », un nombre en euros, ou un texte (« 5 € / 3 € tarif réduit »). */
  @property() price?: string;
  /** Adresse d'inscription : affichée comme un lien à part, hors du lien principal de la carte. */
  @property({ attribute: 'registration-url' }) registrationUrl?: string;
  /** `scheduled` (prévu), `cancelled` (annulé), `postponed` (reporté), `rescheduled` (nouvelle date), `moved-online` (passé en ligne) ou `full` (complet). */
  @property({ reflect: true, converter: textOnlyReflection }) status?: string;
  /** `in-person` (sur place), `online` (en ligne) ou `mixed` (les deux). */
  @property() attendance?: string;
  /** Adresse où suivre un événement en ligne ou mixte (« Suivre en ligne »). */
  @property({ attribute: 'online-url' }) onlineUrl?: string;
  /** Séparés par des espaces : `wheelchair` (fauteuil roulant), `sign-language` (langue des signes), `hearing-loop` (boucle magnétique), `audio-description` (audiodescription), `easy-read` (facile à lire). */
  @property() accessibility?: string;
  /** Qui organise l'événement, affiché « Organisé par : … ». */
  @property() organizer?: string;
  /** Niveau du titre de la carte, de 2 à 6, selon le plan de la page. */
  @property(headingLevelProperty) headingLevel?: string | number;
  /**
   * Écrit le JSON-LD schema.org `Event` dans le DOM de la page, pour les moteurs de recherche (dans le
   * navigateur, après la première mise à jour ; `updateComplete` se résout une fois qu'il est écrit).
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  @state() private lightDomTitle?: string;

  private validation: EventValidation = { problems: [] };
  private level: HeadingLevel = 3;
  private readonly locale = new LocaleController(this, loadLocale);
  private readonly invalid = new InvalidController(this);
  private structuredDataWritten: Promise<void> = Promise.resolve();

  /** L'événement validé, s'il a pu être lu (`undefined` sans titre ou sans début valide). */
  get validEvent(): CivicEvent | undefined {
    return this.validation.event;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const heading = this.querySelector('h1, h2, h3, h4, h5, h6');
    this.lightDomTitle = heading?.textContent ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.size === 1 && changed.has('structuredData')) return;
    // The element's properties have the names of the attribute form: it is read as such.
    const input = this.event ?? inputFromAttributes(this, this.lightDomTitle);
    this.validation = validateEvent(input);
    const heading = readHeadingLevel(this.headingLevel, 3);
    this.level = heading.level;
    this.invalid.problems = [...this.validation.problems, ...heading.problems];
  }

  protected override updated(): void {
    this.structuredDataWritten = this.syncStructuredData();
  }

  /** Also waits for the words of an English context and the JSON-LD, whose code may still be loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.locale.loading;
    const complete = await super.getUpdateComplete();
    await this.structuredDataWritten;
    return complete;
  }

  /**
   * The event as an iCalendar file (text), or `undefined` when the event could not be read.
   * Asynchronous: the iCalendar writer is loaded on first use.
   */
  async toIcs(): Promise<string | undefined> {
    const event = this.validation.event;
    if (event === undefined) return undefined;
    const { calendarFile } = await import('./download.js');
    return calendarFile([event], this.locale.value);
  }

  /** The event to describe in JSON-LD, if `structured-data` is set and the event is valid. */
  private structuredEvent(): CivicEvent | undefined {
    return this.structuredData ? this.validation.event : undefined;
  }

  /** Light DOM, on purpose: crawlers read JSON-LD from the document, not from shadow roots. */
  private async syncStructuredData(): Promise<void> {
    const event = this.structuredEvent();
    if (event === undefined) {
      this.querySelector(`:scope > script[${JSON_LD_MARKER}]`)?.remove();
      return;
    }
    const { eventToJsonLd, writeJsonLdScript } = await import('../../lib/events/json-ld.js');
    // The card may have changed while the builder was loading: the latest update writes instead.
    if (this.structuredEvent() !== event) return;
    writeJsonLdScript(this, JSON_LD_MARKER, eventToJsonLd(event, { baseUrl: document.baseURI }));
  }

  protected override render() {
    const event = this.validation.event;
    const context = { locale: this.locale.value, headingLevel: this.level };
    return event === undefined
      ? renderUnavailableCard(this.validation.title, this.validation.problems, context)
      : renderEventCard(event, context);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-event-card': LoosEventCard;
  }
}

defineElement('loos-event-card', LoosEventCard);
