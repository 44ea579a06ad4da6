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
 * @tagname loos-event-card
 * @summary Carte d'événement de l'agenda : date en français, statut en toutes lettres, accessibilité, export iCalendar.
 *
 * @csspart card - The `<article>` of the card.
 * @csspart link - The main link (the heading), which makes the whole card clickable.
 * @csspart status - The status label (« Annulé », « Complet »…).
 * @csspart category - The category label.
 * @csspart date - The date line.
 * @csspart image - The image.
 * @csspart accessibility - The list of accessibility features.
 * @csspart actions - The row of buttons and links (absent for a cancelled event, which has none).
 * @csspart registration - The « S'inscrire » link.
 * @csspart add-to-calendar - The « Ajouter à mon agenda » button.
 *
 * @cssprop --loos-event-card-background - Card background (default: raised surface).
 * @cssprop --loos-event-card-border - Card border colour (default: border).
 * @cssprop --loos-event-card-accent - Colour of the accessibility pictograms (default: the icon accent token, 3:1 on every theme's backgrounds).
 * @cssprop --loos-event-card-radius - Corner radius (default: medium radius).
 *
 * The iCalendar writer and the JSON-LD builder are loaded with `import()` when first needed
 * (a click on « Ajouter à mon agenda », `toIcs()`, `structured-data`): most cards never need them.
 *
 * @fires loos-invalid - When a field is missing or invalid; the detail lists the problems (field and French message).
 */
export class LoosEventCard extends LitElement {
  static override styles = [sharedStyles, actionStyles, eventCardStyles, eventCardHostStyles];

  /** The event as an object (takes precedence over the attributes). */
  @property({ attribute: false }) event?: CivicEventInput | Record<string, unknown> | null;

  /** Identifier, used for the iCalendar `UID` (attribute `event-id`: `id` is the element's own). */
  @property({ attribute: 'event-id' }) eventId?: string;
  /** Title (attribute `event-title`: `title` would show a tooltip). */
  @property({ attribute: 'event-title' }) eventTitle?: string;
  /** Start, ISO 8601 (`2026-12-14T15:00`, local time in Europe/Paris; `2026-12-14` for a whole day). */
  @property() start?: string;
  /** End, ISO 8601. For a whole-day event, the last day (inclusive). */
  @property() end?: string;
  /** The event lasts whole days: no time is shown (« toute la journée »). */
  @property({ type: Boolean, attribute: 'all-day' }) allDay = false;
  /** Name of the place, e.g. « La Fileuse ». */
  @property({ attribute: 'location-name' }) locationName?: string;
  /** Street address of the place. */
  @property({ attribute: 'location-address' }) locationAddress?: string;
  /** Town of the place, e.g. « Loos ». */
  @property({ attribute: 'location-city' }) locationCity?: string;
  /** Category shown above the title and used by the agenda's filter, e.g. « Culture ». */
  @property() category?: string;
  /** Plain text; line breaks are kept. */
  @property() description?: string;
  /** Image URL (checked like every link); needs `image-alt`, empty for a decorative image. */
  @property({ attribute: 'image-src' }) imageSrc?: string;
  /** Required with `image-src`; `image-alt=""` for a decorative image. */
  @property({ attribute: 'image-alt' }) imageAlt?: string;
  /** Page of the event: the card's main link. */
  @property() href?: string;
  /** `0` for « Gratuit », a number in euros, or a text (« 5 € / 3 € tarif réduit »). */
  @property() price?: string;
  /** Where to register: shown as its own link, outside the card's main link. */
  @property({ attribute: 'registration-url' }) registrationUrl?: string;
  /** `scheduled`, `cancelled`, `postponed`, `rescheduled`, `moved-online` or `full`. */
  @property({ reflect: true, converter: textOnlyReflection }) status?: string;
  /** `in-person`, `online` or `mixed`. */
  @property() attendance?: string;
  /** Where to follow an online or mixed event (« Suivre en ligne »). */
  @property({ attribute: 'online-url' }) onlineUrl?: string;
  /** Space-separated: `wheelchair sign-language hearing-loop audio-description easy-read`. */
  @property() accessibility?: string;
  /** Who organises the event, shown as « Organisé par : … ». */
  @property() organizer?: string;
  /** Level of the card's heading, 2 to 6, to fit the page outline. */
  @property(headingLevelProperty) headingLevel?: string | number;
  /**
   * Emits schema.org `Event` JSON-LD into the light DOM, for search engines (in the browser,
   * after the first update; `updateComplete` resolves once it is written).
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  @state() private lightDomTitle?: string;

  private validation: EventValidation = { problems: [] };
  private level: HeadingLevel = 3;
  private readonly locale = new LocaleController(this, loadLocale);
  private readonly invalid = new InvalidController(this);
  private structuredDataWritten: Promise<void> = Promise.resolve();

  /** The validated event, when it could be read (`undefined` without a title or a valid start). */
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
