import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { WakeUpController } from '../../controllers/clock.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { property, state } from 'lit/decorators.js';
import { isoDay } from '../../lib/dates.js';
import { headingLevelProperty } from '../../lib/attributes.js';
import { defineElement } from '../../lib/define.js';
import { formatDate } from '../../lib/format.js';
import { readHeadingLevel, type HeadingLevel } from '../../lib/heading-level.js';
import { headingTemplate } from '../../lib/heading-template.js';
import type { InputProblem } from '../../lib/invalid.js';
import { propertyText } from '../../lib/property-values.js';
import { systemClock, type Clock } from '../../lib/notices/clock.js';
import { readContact, type Contact } from '../../lib/services/contact.js';
import { contactFromHtml } from '../../lib/services/contact-html.js';
import { readJsonChild } from '../../lib/services/fields.js';
import { formatRanges, reasonName, statusText, upcomingSpecialDays } from '../../lib/services/display.js';
import { readOpeningHours, weekdayOf, type OpeningHours } from '../../lib/services/hours.js';
import { openingStatus, type OpeningStatus } from '../../lib/services/status.js';
import { contactCardStrings } from '../../lib/strings/services.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { contactCardStyles } from './contact-card.styles.js';

/** Marks the JSON-LD script the card writes in the page, so that it is replaced rather than repeated. */
const JSON_LD_MARKER = 'data-loos-contact-json-ld';

/** What is read again when one of these changes. */
const INPUTS = ['name', 'address', 'phone', 'email', 'mapHref', 'accessibility', 'hours', 'headingLevel'] as const;

type HtmlInput = ReturnType<typeof contactFromHtml>;

/**
 * Where, when and how to reach a public service: its name, address with a plain map link (no
 * embedded map, no request to a map provider), phone as a `tel:` link written « 03 20 00 00 00 »,
 * e-mail, the accessibility of the place, the usual week in a table, and whether it is open right
 * now — « Ouvert — ferme à 17 h 30 », « Fermé — ouvre lundi à 8 h 30 », « Fermé aujourd'hui (jour
 * férié : lundi de Pâques) ». French public holidays are computed; the status changes by itself
 * while the page stays open.
 *
 * Write the card as plain HTML inside the element (a heading, an `<address>`, `tel:` and `mailto:`
 * links, an `<a data-map>`, a `<p data-accessibility>` and a table « Lundi | 8 h 30 – 12 h »): it is
 * what people read without JavaScript, and the element reads its data from it. Attributes win
 * over the HTML; opening hours may also come from the `hours` property or a
 * `<script type="application/json">` child, in our format or the national directory's
 * (`plage_ouverture`), with exceptional closures and openings.
 *
 * @tagname loos-contact-card
 * @summary Fiche contact d’un service : adresse, téléphone, courriel, accessibilité et horaires vrais aujourd’hui (jours fériés calculés).
 *
 * @csspart card - La `<section>` de la fiche.
 * @csspart name - Le titre.
 * @csspart status - L'état en direct (« Ouvert — ferme à 17 h 30 »).
 * @csspart details - La liste adresse, téléphone, courriel et accessibilité.
 * @csspart hours - Le tableau de la semaine habituelle.
 * @csspart upcoming - Les jours particuliers des deux semaines à venir.
 *
 * @cssprop --loos-contact-card-background - Fond (par défaut : la surface surélevée).
 * @cssprop --loos-contact-card-border - Couleur de la bordure (par défaut : la couleur des bordures).
 * @cssprop --loos-contact-card-radius - Arrondi des coins (par défaut : l'arrondi moyen).
 *
 * @fires loos-invalid - Quand un champ ou les horaires ne peuvent pas être utilisés en entier (téléphone, courriel, `map-href`, horaires…).
 */
export class LoosContactCard extends LitElement {
  static override styles = [sharedStyles, contactCardStyles];

  /** Nom du service (« Accueil de la mairie ») ; par défaut, le titre écrit dans l'élément. */
  @property() name?: string;
  /** Adresse postale ; les retours à la ligne en séparent les lignes. Par défaut, l'`<address>` écrite dans l'élément. */
  @property() address?: string;
  /** Numéro de téléphone, sous toute écriture française (« 0320000000 », « +33 3 20 00 00 00 »). */
  @property() phone?: string;
  /** Adresse de courriel. */
  @property() email?: string;
  /** Lien vers un plan du lieu (un simple lien : https:, http: ou relatif). Attribut : `map-href`. */
  @property({ attribute: 'map-href' }) mapHref?: string;
  /** Accessibilité du lieu (« Entrée de plain-pied, boucle magnétique »). */
  @property() accessibility?: string;
  /** Horaires d'ouverture : `{ weekly, exceptions, localHolidays, publicHolidays }` ou le `plage_ouverture` de l'annuaire national. Propriété seulement, sans attribut. */
  @property({ attribute: false }) hours?: unknown;
  /** Niveau du titre dans le plan de la page (de 2 à 6). Attribut : `heading-level`. */
  @property(headingLevelProperty) headingLevel?: string | number;
  /** Écrit dans la page le JSON-LD schema.org `GovernmentOffice`, horaires compris. Attribut : `structured-data`. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** La source de l'heure (les tests et le catalogue y mettent une horloge contrôlée). Propriété seulement, sans attribut. */
  @property({ attribute: false }) clock: Clock = systemClock;

  @state() private status!: OpeningStatus;
  private level: HeadingLevel = 2;

  private contact!: Contact;
  private openingHours!: OpeningHours;
  /** Whether any opening hours were given: without them the card shows no status rather than a false « Fermé ». */
  private hasHours = false;
  /** Problems of the page's data (its JSON child), found once when connected. */
  private childProblems: InputProblem[] = [];
  private fromHtml: HtmlInput = {};
  private jsonChild?: unknown;
  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);
  /** Wakes up when the status or its wording changes (closing soon, closing, opening, midnight). */
  private readonly wakeUp = new WakeUpController(this, () => this.clock, () => {
    this.status = openingStatus(this.openingHours, this.clock.now());
    this.schedule();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.readChildren();
    else this.schedule();
  }

  /** The HTML written inside the element and its JSON child, read once: they are the page's data. */
  private readChildren(): void {
    this.fromHtml = contactFromHtml(this);
    ({ data: this.jsonChild, problems: this.childProblems } = readJsonChild(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || INPUTS.some((name) => changed.has(name))) {
      const html = this.fromHtml;
      // A property set from script may be of any type: a wrong one is reported, the page's HTML is used.
      const typeProblems: InputProblem[] = [];
      const given = (value: unknown, field: string, fallback: string | null | undefined) => {
        const text = propertyText(value, field, typeProblems);
        return text === undefined || text.trim() === '' ? fallback : text;
      };
      const { contact, problems } = readContact({
        name: given(this.name, 'name', html.name),
        address: given(this.address, 'address', html.address),
        phone: given(this.phone, 'phone', html.phone),
        email: given(this.email, 'email', html.email),
        mapHref: given(this.mapHref, 'map-href', html.mapHref),
        accessibility: given(this.accessibility, 'accessibility', html.accessibility),
      });
      problems.push(...typeProblems);
      const source = this.hours ?? this.jsonChild;
      const fromTable = html.weekly === undefined ? undefined : { weekly: html.weekly };
      // A JSON child with only exceptions still takes its week from the table.
      const input = source === undefined ? fromTable : fromTable !== undefined && typeof source === 'object' && source !== null && !Array.isArray(source) && !('weekly' in source) && !('plage_ouverture' in source) ? { ...source, ...fromTable } : source;
      this.hasHours = input !== undefined;
      const hours = readOpeningHours(input ?? { weekly: {} });
      const heading = readHeadingLevel(this.headingLevel, 2);
      this.contact = contact;
      this.level = heading.level;
      this.openingHours = hours.hours;
      this.invalid.problems = [...this.childProblems, ...problems, ...hours.problems.map((p) => ({ ...p, field: `hours.${p.field}` })), ...heading.problems];
    }
    this.status = openingStatus(this.openingHours, this.clock.now());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('clock') || INPUTS.some((name) => changed.has(name))) this.schedule();
    if (this.structuredData || changed.has('structuredData')) void this.syncStructuredData();
  }

  private schedule(): void {
    this.wakeUp.wakeAt(this.isConnected && this.hasHours ? this.status.nextChange.getTime() : undefined);
  }

  /** Light DOM, on purpose: crawlers read JSON-LD from the document, not from shadow roots. */
  private async syncStructuredData(): Promise<void> {
    const existing = this.querySelector(`:scope > script[${JSON_LD_MARKER}]`);
    if (!this.structuredData) {
      existing?.remove();
      return;
    }
    const [{ governmentOfficeJsonLd }, { writeJsonLdScript }] = await Promise.all([import('../../lib/services/json-ld.js'), import('../../lib/json-ld-script.js')]);
    writeJsonLdScript(this, JSON_LD_MARKER, governmentOfficeJsonLd(this.contact, this.hasHours ? this.openingHours : undefined, new Date(this.clock.now())));
  }

  protected override render() {
    const strings = contactCardStrings[this.locale.value];
    const { contact } = this;
    return html`<section part="card" aria-labelledby=${contact.name === undefined ? nothing : 'name'}>
      ${contact.name === undefined ? nothing : headingTemplate(this.level, contact.name, { id: 'name', part: 'name' })}
      ${this.hasHours ? html`<p part="status" data-state=${this.status.state}><span class="visually-hidden">${strings.status} </span>${statusText(this.status, this.locale.value)}</p>` : nothing}
      <dl part="details">
        ${contact.addressLines.length === 0 && contact.mapHref === undefined
          ? nothing
          : html`<div><dt>${strings.address}</dt><dd>${contact.addressLines.map((line, index) => html`${index > 0 ? html`<br />` : nothing}${line}`)}${contact.mapHref === undefined
              ? nothing
              : html`<br /><a href=${contact.mapHref}>${strings.map}</a>`}</dd></div>`}
        ${contact.phone === undefined
          ? nothing
          : html`<div><dt>${strings.phone}</dt><dd>${contact.phone.href === undefined ? contact.phone.text : html`<a href=${contact.phone.href}>${contact.phone.text}</a>`}</dd></div>`}
        ${contact.email === undefined ? nothing : html`<div><dt>${strings.email}</dt><dd><a href=${`mailto:${contact.email}`}>${contact.email}</a></dd></div>`}
        ${contact.accessibility === undefined ? nothing : html`<div><dt>${strings.accessibility}</dt><dd>${contact.accessibility}</dd></div>`}
      </dl>
      ${this.hasHours ? this.renderHours() : nothing}
    </section>`;
  }

  /** The usual week, the directory's comments and the special days of the next two weeks. */
  private renderHours() {
    const strings = contactCardStrings[this.locale.value];
    const { openingHours } = this;
    const today = isoDay(new Date(this.clock.now()));
    const todayIndex = weekdayOf(today);
    const upcoming = upcomingSpecialDays(openingHours, today);
    const longDay = (date: Date): string => formatDate(date, { weekday: 'long', day: 'numeric', month: 'long' }, this.locale.value);
    return html`<table part="hours">
        <caption>${strings.hoursCaption}</caption>
        <thead><tr><th scope="col">${strings.day}</th><th scope="col">${strings.hours}</th></tr></thead>
        <tbody>
          ${openingHours.weekly.map(
            (ranges, index) => html`<tr aria-current=${index === todayIndex ? 'date' : nothing}><th scope="row">${strings.weekdays[index]}</th><td>${formatRanges(ranges, this.locale.value)}</td></tr>`,
          )}
        </tbody>
      </table>
      ${openingHours.comments.map((comment) => html`<p class="comment">${comment}</p>`)}
      ${upcoming.length === 0
        ? nothing
        : html`<div part="upcoming"><p class="upcoming-title">${strings.upcoming}</p><ul>
            ${upcoming.map(({ day, ranges, reason }) => {
              const name = reasonName(reason, this.locale.value);
              const hours = ranges.length === 0 ? strings.upcomingClosed : formatRanges(ranges, this.locale.value);
              return html`<li><time datetime=${day}>${longDay(new Date(`${day}T12:00:00Z`))}</time> : ${hours}${name === undefined ? '' : ` (${name})`}</li>`;
            })}
          </ul></div>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-contact-card': LoosContactCard;
  }
}

defineElement('loos-contact-card', LoosContactCard);
