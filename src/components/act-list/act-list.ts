import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { CustomStatesController } from '../../controllers/custom-states.js';
import { DataSourceController } from '../../controllers/data-source.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { headingLevelProperty } from '../../lib/attributes.js';
import { defineElement } from '../../lib/define.js';
import { makeFocusable } from '../../lib/focus.js';
import { readHeadingLevel, type HeadingLevel } from '../../lib/heading-level.js';
import { problem, type InputProblem } from '../../lib/invalid.js';
import { propertyTexts } from '../../lib/property-values.js';
import { actRecord, attributesOfActElement } from '../../lib/publications/act-fields.js';
import { ACT_SOURCE } from '../../lib/publications/act-source.js';
import { actFacets, filterActs, readActs, ACT_TYPES, type ActFacets, type ActType, type OfficialAct } from '../../lib/publications/acts.js';
import { actStrings, type ActStrings } from '../../lib/strings/acts.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { filteredListStyles } from '../../styles/filtered-list.styles.js';
import { actionStyles } from '../../styles/action.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { renderAct, renderAppeal } from '../act/act-template.js';
import { actStyles } from '../act/act.styles.js';
import { actListStyles } from './act-list.styles.js';

interface ReadActs {
  readonly acts: OfficialAct[];
  readonly problems: InputProblem[];
}

const NONE: ReadActs = { acts: [], problems: [] };
/** A person typing a search word hears the count once they pause, not at every key. */
const TYPING_PAUSE_MS = 700;

/**
 * The official acts a commune publishes online (« Actes administratifs »: arrêtés, délibérations,
 * décisions), newest put online first, with filters by type, year and theme, a search over titles
 * and numbers, the number of results said once to screen readers, « Afficher … actes de plus »
 * paging that moves focus to the first new act, and the notice on appeal routes.
 *
 * Data, in order of precedence: the `acts` property; a `<script type="application/json">` child
 * (a list, or `{ "acts": [ … ] }`, see `schemas/acts.schema.json`); a `<ul>` child of `<loos-act>`
 * elements, which is what a resident reads without JavaScript; a `src` address returning the JSON.
 * One bad act never hides the others: it is left out, counted and reported.
 *
 * @tagname loos-act-list
 * @summary Actes administratifs : liste filtrable (type, année, thème, recherche), pagination, voies de recours.
 *
 * @csspart filters - Le formulaire des filtres.
 * @csspart count - Le nombre d'actes trouvés.
 * @csspart act - Chaque acte.
 * @csspart document - Chaque lien vers un document.
 * @csspart show-more - Le bouton « Afficher … actes de plus ».
 * @csspart appeal - La mention des voies de recours.
 *
 * @cssstate loading - While `src` is being read.
 *
 * @cssprop --loos-act-padding - Marge intérieure de chaque acte (par défaut : l'espacement moyen).
 *
 * @fires loos-invalid - Quand des actes ou des attributs sont invalides ; le détail liste chaque problème avec son champ (`acts[3].signed`).
 */
export class LoosActList extends LitElement {
  static override styles = [sharedStyles, actionStyles, fieldStyles, actStyles, filteredListStyles, actListStyles];

  /** Les actes, en objets (voir `schemas/acts.schema.json`), ou `{ acts: [ … ] }`. */
  @property({ attribute: false }) acts?: unknown;
  /** Adresse d'un fichier JSON d'actes. */
  @property() src?: string;
  /** Nombre d'actes affichés d'abord, puis ajoutés à chaque « Afficher plus ». */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Mention des voies de recours ; la mention habituelle (tribunal administratif de Lille, deux mois) si absente. */
  @property({ attribute: 'appeal-text' }) appealText?: string;
  private texts: Partial<Record<'src' | 'appealText', string>> = {};
  /** Niveau du titre de chaque acte (de 2 à 6 ; 3 par défaut, sous le titre « Actes administratifs » de la page). */
  @property(headingLevelProperty) headingLevel?: string | number;

  @state() private type: ActType | '' = '';
  @state() private year = '';
  @state() private category = '';
  @state() private query = '';
  @state() private visibleCount = 10;
  @state() private source: ReadActs = NONE;
  @state() private loadFailed = false;

  private readonly data = new DataSourceController(this, ACT_SOURCE);
  private readonly states = new CustomStatesController(this, () => (this.data.loading ? ['loading'] : []));
  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);
  private readonly announcer = new AnnouncerController(this);
  /** What the page gave (the JSON child or the `<ul>`), read once connected. */
  private pageData?: ReadActs;
  private filtered: OfficialAct[] = [];
  private facets: ActFacets = { types: [], years: [], categories: [] };
  private level: HeadingLevel = 3;
  private focusIndex?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageData ??= this.readPage();
  }

  /** Les actes trouvés par les filtres en cours (toutes les pages). */
  get filteredActs(): readonly OfficialAct[] {
    return this.filtered;
  }

  private readPage(): ReadActs | undefined {
    const child = this.data.childText;
    if (child !== undefined) {
      try {
        return readActs(JSON.parse(child.text));
      } catch {
        return { acts: [], problems: [problem('script', 'Le JSON du <script type="application/json"> est illisible : aucun acte n’est affiché.', child.text)] };
      }
    }
    const list = this.data.childMarkup;
    if (list === undefined) return undefined;
    const read = readActs([...list.querySelectorAll('loos-act')].map((element) => actRecord(attributesOfActElement(element))));
    return read;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('acts')) this.source = this.acts === undefined ? (this.pageData ?? NONE) : readActs(this.acts);
    const problems = [...this.source.problems];
    // A value of another type set from a script is reported, never thrown on while rendering.
    this.texts = propertyTexts(this, { src: 'src', appealText: 'appeal-text' }, problems);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed false in browser build
    if (!isServer && changed.has('src') && this.acts === undefined && this.pageData === undefined) void this.load();
    const heading = readHeadingLevel(this.headingLevel, 3);
    this.level = heading.level;
    problems.push(...heading.problems);
    if (this.safePageSize() !== this.pageSize) problems.push(problem('page-size', 'Le nombre d’actes par page doit être un entier positif : 10 est utilisé.', this.pageSize));
    this.invalid.problems = problems;
    if (changed.has('pageSize') || changed.has('type') || changed.has('year') || changed.has('category') || changed.has('query')) this.visibleCount = this.safePageSize();
    this.facets = actFacets(this.source.acts);
    this.filtered = filterActs(this.source.acts, {
      type: this.type === '' ? undefined : this.type,
      year: this.year === '' ? undefined : Number(this.year),
      category: this.category === '' ? undefined : this.category,
      query: this.query,
    });
  }

  private safePageSize(): number {
    return Number.isInteger(this.pageSize) && this.pageSize >= 1 ? this.pageSize : 10;
  }

  private async load(): Promise<void> {
    this.loadFailed = false;
    const src = this.texts.src;
    if (src === undefined || src === '') {
      this.data.abort();
      return;
    }
    const outcome = await this.data.fetch(src);
    if (outcome === undefined) return;
    if (!outcome.ok) {
      this.loadFailed = outcome.failure !== 'refused';
      this.source = { acts: [], problems: [problem('src', outcome.message, src)] };
      return;
    }
    try {
      this.source = readActs(JSON.parse(outcome.body));
    } catch {
      this.loadFailed = true;
      this.source = { acts: [], problems: [problem('src', 'La réponse n’est pas du JSON lisible : aucun acte n’est affiché.', src)] };
    }
  }

  protected override updated(): void {
    if (this.focusIndex !== undefined) this.focusNewAct(this.focusIndex);
  }

  /** Focus goes to the title of the first act just shown, so that a keyboard user carries on from there. */
  private focusNewAct(index: number): void {
    this.focusIndex = undefined;
    const title = this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] .act-title`);
    if (title === null) return;
    makeFocusable(title);
    title.focus();
  }

  private filterChanged(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const value = control.value;
    if (control.name === 'type') this.type = (ACT_TYPES as readonly string[]).includes(value) ? (value as ActType) : '';
    else if (control.name === 'year') this.year = value;
    else if (control.name === 'category') this.category = value;
    else this.query = value;
    // Said once the filters settle, from the count of that moment.
    const strings = actStrings[this.locale.value];
    this.announcer.announce(() => strings.count(this.filtered.length), 'polite', control.name === 'query' ? TYPING_PAUSE_MS : undefined);
  }

  private showMore(): void {
    this.focusIndex = this.visibleCount;
    this.visibleCount += this.safePageSize();
  }

  private renderFilters(strings: ActStrings) {
    const option = (value: string | number, label: string, selected: string) => html`<option value=${value} ?selected=${String(value) === selected}>${label}</option>`;
    return html`<form class="filters" part="filters" role="search" aria-label=${strings.filtersLegend} @submit=${(event: Event) => { event.preventDefault(); }} @input=${this.filterChanged}>
      <fieldset>
        <legend>${strings.filtersLegend}</legend>
        <div class="field">
          <label for="query">${strings.search}</label>
          <span class="hint" id="query-hint">${strings.searchHint}</span>
          <input id="query" name="query" type="search" autocomplete="off" aria-describedby="query-hint" .value=${this.query} />
        </div>
        <div class="field">
          <label for="type">${strings.typeFilter}</label>
          <select id="type" name="type">
            ${option('', strings.all, this.type)}${this.facets.types.map((type) => option(type, strings.types[type], this.type))}
          </select>
        </div>
        <div class="field">
          <label for="year">${strings.yearFilter}</label>
          <select id="year" name="year">
            ${option('', strings.allYears, this.year)}${this.facets.years.map((year) => option(year, String(year), this.year))}
          </select>
        </div>
        ${this.facets.categories.length === 0
          ? nothing
          : html`<div class="field">
              <label for="category">${strings.categoryFilter}</label>
              <select id="category" name="category">
                ${option('', strings.all, this.category)}${this.facets.categories.map((category) => option(category, category, this.category))}
              </select>
            </div>`}
      </fieldset>
    </form>`;
  }

  protected override render() {
    const locale = this.locale.value;
    const strings = actStrings[locale];
    const visible = this.filtered.slice(0, this.visibleCount);
    const remaining = this.filtered.length - visible.length;
    const filtering = this.type !== '' || this.year !== '' || this.category !== '' || this.query.trim() !== '';
    const rejected = this.source.problems.filter((found) => /^acts\[\d+\]$/.test(found.field)).length;
    const empty = this.loadFailed ? strings.loadError : this.source.acts.length > 0 && filtering ? strings.emptyFiltered : strings.empty;
    return html`${this.renderFilters(strings)}
      <p class="count" part="count">${this.data.loading ? strings.loading : strings.count(this.filtered.length)}</p>
      ${rejected === 0 ? nothing : html`<p class="rejected">${strings.rejected(rejected)}</p>`}
      ${this.filtered.length === 0
        ? this.data.loading
          ? nothing
          : html`<p class="empty">${empty}</p>`
        : html`<ul class="acts">
            ${visible.map((act, index) => html`<li data-index=${index}>${renderAct(act, locale, this.level)}</li>`)}
          </ul>`}
      ${remaining > 0
        ? html`<button type="button" class="action show-more" part="show-more" @click=${this.showMore}>
            ${strings.showMore(Math.min(remaining, this.safePageSize()), remaining)}
          </button>`
        : nothing}
      ${renderAppeal(this.texts.appealText, locale)} ${this.announcer.regions()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-act-list': LoosActList;
  }
}

defineElement('loos-act-list', LoosActList);
