import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CustomStatesController } from '../../controllers/custom-states.js';
import { DataSourceController } from '../../controllers/data-source.js';
import { DATA_SOURCES } from '../../lib/data-sources.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { loadLocale } from '../../lib/strings/locales.js';
import { OnDemandController } from '../../controllers/on-demand.js';
import { LoosFilterChangeEvent, type FilterChangeDetail } from '../../events/filter-change.js';
import { headingLevelProperty } from '../../lib/attributes.js';
import { defineElement } from '../../lib/define.js';
import { parseIsoDateTime } from '../../lib/dates.js';
import {
  loadSchemaOrgMapping,
  needsSchemaOrgMapping,
  parseAgendaJson,
  readAgendaJson,
  type AgendaJson,
} from '../../lib/events/agenda-data.js';
import { readHeadingLevel, type HeadingLevel } from '../../lib/events/card-input.js';
import { headingTemplate } from '../../lib/heading-template.js';
import { categoriesOf, filterEvents, groupByMonth, isPast, PERIODS, type Period } from '../../lib/events/filter.js';
import type { CivicEvent, EventsValidation } from '../../lib/events/model.js';
import { problem, type InputProblem } from '../../lib/invalid.js';
import { agendaStrings, type AgendaStrings } from '../../lib/strings/events.js';
import { actionStyles } from '../../styles/action.styles.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { filteredListStyles } from '../../styles/filtered-list.styles.js';
import { makeFocusable } from '../../lib/focus.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { CALENDAR_NAME, startCalendarDownload } from '../event-card/calendar-button.js';
import { icon, renderEventCard } from '../event-card/event-card-template.js';
import { eventCardStyles } from '../event-card/event-card.styles.js';
import { downloadIcon } from '../event-card/icons.js';
import { eventListStyles } from './event-list.styles.js';

const EMPTY: EventsValidation = { events: [], rejected: 0, problems: [] };

/**
 * The city's agenda: events sorted by date and grouped by month, with filters by category
 * and period (real form controls; the number of results is announced politely), « Afficher
 * plus » paging that moves focus to the first new event, and « Exporter l'agenda » (iCalendar
 * file of the filtered list). Past events are hidden unless `show-past`.
 *
 * Data, in order of precedence: the `events` property; a `<script type="application/json">`
 * child (our format) or `<script type="application/ld+json">` child (schema.org Events); a `<ul>`
 * child of `<loos-event-card>` elements or plain event markup (heading, link, `<time datetime>`,
 * `data-location`), which is what a resident reads without JavaScript; a `src`
 * URL returning either. One bad event never hides the others: it is counted, reported and the
 * agenda says « 1 événement n'a pas pu être affiché ».
 *
 * @tagname loos-event-list
 * @summary Agenda de la ville : événements par mois, filtres accessibles, pagination, export iCalendar.
 *
 * @csspart filters - Le formulaire des filtres.
 * @csspart count - Le nombre de résultats, annoncé à chaque changement.
 * @csspart month - Chaque titre de mois.
 * @csspart card - Chaque carte d'événement.
 * @csspart show-more - Le bouton « Afficher plus ».
 * @csspart export - Le bouton « Exporter l'agenda ».
 *
 * @cssstate loading - While `src` is being read.
 *
 * @cssprop --loos-event-list-columns-min - Largeur minimale d'une carte avant que la grille passe à la ligne (par défaut : 18rem).
 * @cssprop --loos-event-list-gap - Espace entre les cartes (par défaut : l'espacement moyen).
 *
 * @fires loos-invalid - Quand des événements ou des attributs sont invalides ; le détail liste chaque problème avec son champ (`events[3].start`).
 * @fires loos-filter-change - Quand un filtre change ; `detail` donne `category`, `period` et `count`.
 */
export class LoosEventList extends LitElement {
  static override styles = [sharedStyles, actionStyles, fieldStyles, eventCardStyles, filteredListStyles, eventListStyles];

  /** Les événements, en objets (même forme que `schemas/events.schema.json`). */
  @property({ attribute: false }) events?: unknown;
  /** Adresse d'un fichier JSON (notre format ou le JSON-LD de schema.org). */
  @property() src?: string;
  /** Instant de référence pour « passé », « cette semaine », « ce mois-ci » (ISO 8601 ou `Date` ; par défaut : maintenant). */
  @property({ converter: { fromAttribute: (value: string | null) => value ?? undefined } }) now?: string | Date;
  /** Liste aussi les événements terminés (masqués par défaut). */
  @property({ type: Boolean, attribute: 'show-past' }) showPast = false;
  /** Nombre d'événements affichés d'abord, puis ajoutés à chaque « Afficher plus ». */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Catégorie choisie (`''` pour toutes). */
  @property() category = '';
  /** Période choisie : `week` (semaine), `month` (mois) ou `all` (toutes). */
  @property() period: Period = 'all';
  /** Niveau des titres de mois (de 2 à 6) ; les cartes prennent le niveau suivant. */
  @property(headingLevelProperty) headingLevel?: string | number;

  @state() private source: EventsValidation = EMPTY;
  @state() private loadFailed = false;
  @state() private visibleCount = 10;

  /** The data child (`<script type="application/json">` or `"application/ld+json"`) and `src`. */
  private readonly data = new DataSourceController(this, DATA_SOURCES['loos-event-list']);
  private readonly states = new CustomStatesController(this, () => (this.data.loading || this.listReader.pending ? ['loading'] : []));
  /** The data child, parsed once. */
  private scriptJson?: AgendaJson;
  private filtered: CivicEvent[] = [];
  private categories: string[] = [];
  private upcomingTotal = 0;
  private level: HeadingLevel = 2;
  private referenceTime = new Date(0);
  private readonly locale = new LocaleController(this, loadLocale);
  /**
   * The reader of a `<ul>` child, loaded only when the page wrote one: while it loads, the page's
   * list stays on screen as it is.
   */
  private readonly listReader = new OnDemandController(this);
  private readonly invalid = new InvalidController(this);
  private focusIndex?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    const child = this.data.childText;
    const list = this.data.childMarkup;
    if (child !== undefined) this.scriptJson = parseAgendaJson(child.text);
    else if (list !== undefined && this.scriptJson === undefined && !this.listReader.pending) {
      this.listReader.load(import('../../lib/events/read-list.js'), (reader) => {
        const read = reader.readEventList(list);
        this.listProblems = read.problems;
        this.scriptJson = { data: read.events };
        this.source = this.readInlineSource();
      });
    }
  }

  /** Also waits for the list reader and the words of an English context, loaded on demand. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.listReader.settled(), this.locale.loading]);
    return super.getUpdateComplete();
  }

  /** Events written in the page as a `<ul>`; what the list itself got wrong is reported with the events' problems. */
  private listProblems: InputProblem[] = [];

  /** Les événements retenus par les filtres (toutes les pages), validés. */
  get filteredEvents(): readonly CivicEvent[] {
    return this.filtered;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('events')) {
      this.source = this.readInlineSource();
    }
    // Started here, not in updated(): what it sets synchronously (loading) belongs to this update.
    // The browser only: the server renders what the page gave.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed `false` in the browser build, `true` under Node
    if (!isServer && changed.has('src') && this.inlineJson() === undefined && !this.listReader.pending) void this.load();
    if (changed.has('pageSize') || changed.has('category') || changed.has('period')) {
      this.visibleCount = this.safePageSize();
    }
    const problems: InputProblem[] = [...(this.events === undefined ? this.listProblems : []), ...this.source.problems];
    this.referenceTime = this.readNow(problems);
    const heading = readHeadingLevel(this.headingLevel, 2);
    this.level = heading.level;
    problems.push(...heading.problems);
    const knownPeriod = (PERIODS as readonly string[]).includes(this.period);
    if (!knownPeriod) {
      problems.push(problem('period', `Période inconnue : valeurs possibles ${PERIODS.join(', ')}.`, this.period));
    }
    if (this.safePageSize() !== this.pageSize) {
      problems.push(problem('page-size', 'Le nombre d\'événements par page doit être un entier positif : 10 est utilisé.', this.pageSize));
    }
    this.invalid.problems = problems;

    const upcoming = this.showPast ? this.source.events : this.source.events.filter((event) => !isPast(event, this.referenceTime));
    this.upcomingTotal = upcoming.length;
    this.categories = categoriesOf(upcoming);
    this.filtered = filterEvents(upcoming, {
      category: this.category,
      period: knownPeriod ? this.period : 'all',
      now: this.referenceTime,
      showPast: true,
    });
  }

  private safePageSize(): number {
    return Number.isInteger(this.pageSize) && this.pageSize >= 1 ? this.pageSize : 10;
  }

  private readNow(problems: InputProblem[]): Date {
    if (this.now instanceof Date && !Number.isNaN(this.now.getTime())) return this.now;
    if (typeof this.now === 'string' && this.now !== '') {
      const parsed = parseIsoDateTime(this.now);
      if (parsed !== null) return parsed.date;
    }
    if (this.now !== undefined && this.now !== '') {
      problems.push(problem('now', 'La date de référence « now » est invalide : la date du jour est utilisée.', this.now));
    }
    return new Date();
  }

  /** Data from the property or the script child; `undefined` when it comes from `src` (fetched in `updated`). */
  private inlineJson(): AgendaJson | undefined {
    return this.events === undefined ? this.scriptJson : { data: this.events };
  }

  private readInlineSource(): EventsValidation {
    const json = this.inlineJson();
    return json === undefined ? EMPTY : readAgendaJson(json, 'events', undefined, this.locale.value);
  }

  /**
   * schema.org JSON-LD is read by a module loaded on first need: the update waits for it, so that
   * the agenda never shows empty first, and a server-rendered agenda hydrates with its own content.
   * The reader of a `<ul>` child does not hold a browser-rendered agenda back: the page's list is
   * shown through a slot meanwhile.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // A server-rendered agenda keeps the server's markup until the list reader can render the same.
    if (!this.hasUpdated && this.hasAttribute('data-loos-ssr')) await this.listReader.settled();
    if (needsSchemaOrgMapping(this.inlineJson())) {
      // On a network failure the update still happens: the agenda then says what went wrong.
      await loadSchemaOrgMapping().catch(() => undefined);
    }
    await super.scheduleUpdate();
  }

  protected override updated(): void {
    if (this.focusIndex !== undefined) this.focusNewEvent(this.focusIndex);
  }

  private async load(): Promise<void> {
    this.loadFailed = false;
    if (this.src === undefined || this.src === '') {
      this.data.abort();
      return;
    }
    const src = this.src;
    const outcome = await this.data.fetch(src);
    if (outcome === undefined) return; // another src, or the agenda left the page
    if (!outcome.ok) {
      this.loadFailed = outcome.failure !== 'refused';
      this.source = { ...EMPTY, problems: [problem('src', outcome.message, src)] };
      return;
    }
    const json = parseAgendaJson(outcome.body);
    if (needsSchemaOrgMapping(json)) await loadSchemaOrgMapping().catch(() => undefined);
    if (this.src !== src) return;
    this.source = readAgendaJson(json, 'events', undefined, this.locale.value);
  }

  /**
   * The filtered agenda (every page) as an iCalendar file. Asynchronous: the iCalendar writer
   * is loaded on first use.
   */
  async toIcs(): Promise<string> {
    const { calendarFile } = await import('../event-card/download.js');
    return calendarFile(this.filtered, this.locale.value, CALENDAR_NAME);
  }

  private readonly exportAgenda = (): void => {
    // The filtered list as it is now, not as it may be once the writer has loaded.
    const events = this.filtered;
    startCalendarDownload('agenda-loos.ics', events, this.locale.value, CALENDAR_NAME);
  };


  private onCategoryChange(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value;
    this.announceFilter();
  }

  private onPeriodChange(event: Event): void {
    this.period = (event.target as HTMLSelectElement).value as Period;
    this.announceFilter();
  }

  private announceFilter(): void {
    void this.updateComplete.then(() => {
      this.dispatchEvent(new LoosFilterChangeEvent({ category: this.category, period: this.period, count: this.filtered.length }));
    });
  }

  private showMore(): void {
    this.focusIndex = this.visibleCount;
    this.visibleCount += this.safePageSize();
  }

  /**
   * Focus goes to the first newly shown event, so that keyboard users carry on from there: its
   * link, or else its heading (by script only), which screen readers announce by the event's title.
   */
  private focusNewEvent(index: number): void {
    this.focusIndex = undefined;
    const item = this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
    const target = item?.querySelector<HTMLElement>('.main-link') ?? item?.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
    if (target === undefined || target === null) return;
    if (!target.matches('a')) makeFocusable(target);
    target.focus();
  }

  private renderFilters(strings: AgendaStrings) {
    return html`<form class="filters" part="filters" @submit=${(event: Event) => { event.preventDefault(); }}>
      <fieldset>
        <legend>${strings.filtersLegend}</legend>
        <div class="field">
          <label for="category">${strings.categoryFilter}</label>
          <select id="category" name="category" @change=${this.onCategoryChange}>
            <option value="" ?selected=${this.category === ''}>${strings.allCategories}</option>
            ${this.categories.map((category) => html`<option value=${category} ?selected=${category === this.category}>${category}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="period">${strings.periodFilter}</label>
          <select id="period" name="period" @change=${this.onPeriodChange}>
            ${PERIODS.map((period) => html`<option value=${period} ?selected=${period === this.period}>${strings.periods[period]}</option>`)}
          </select>
        </div>
      </fieldset>
    </form>`;
  }

  private renderEvents(visible: readonly CivicEvent[]) {
    const cardLevel = Math.min(this.level + 1, 6) as HeadingLevel;
    const context = { locale: this.locale.value, headingLevel: cardLevel };
    let index = 0;
    return groupByMonth(visible, this.locale.value).map(
      // A month is a heading and its list, not a landmark: one agenda is one region at most.
      (group) => html`<section class="month">
        ${this.renderMonthHeading(group.key, group.label)}
        <ul class="events">
          ${group.events.map((event) => html`<li data-index=${index++}>${renderEventCard(event, context)}</li>`)}
        </ul>
      </section>`,
    );
  }

  private renderMonthHeading(key: string, label: string) {
    return headingTemplate(this.level, label, { className: 'month-heading', part: 'month', id: `month-${key}` });
  }

  protected override render() {
    if (this.listReader.pending || this.listReader.failed) return html`<slot></slot>`;
    const strings = agendaStrings[this.locale.value];
    const visible = this.filtered.slice(0, this.visibleCount);
    const remaining = this.filtered.length - visible.length;
    const filtering = this.category !== '' || this.period !== 'all';
    const emptyText = this.loadFailed ? strings.loadError : this.upcomingTotal > 0 && filtering ? strings.emptyFiltered : strings.empty;
    return html`
      ${this.renderFilters(strings)}
      <div class="summary">
        <p class="count" part="count" role="status">${this.data.loading ? strings.loading : strings.count(this.filtered.length)}</p>
        ${this.filtered.length === 0
          ? nothing
          : html`<button type="button" class="action" part="export" @click=${this.exportAgenda}>
              ${icon(downloadIcon)}${strings.exportAgenda}
            </button>`}
      </div>
      ${this.source.rejected === 0 ? nothing : html`<p class="rejected">${strings.rejected(this.source.rejected)}</p>`}
      ${this.filtered.length === 0 && !this.data.loading ? html`<p class="empty">${emptyText}</p>` : this.renderEvents(visible)}
      ${remaining > 0
        ? html`<button type="button" class="action show-more" part="show-more" @click=${this.showMore}>${strings.showMore(remaining)}</button>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-event-list': LoosEventList;
  }
}

export { LoosFilterChangeEvent, type FilterChangeDetail };

defineElement('loos-event-list', LoosEventList);
