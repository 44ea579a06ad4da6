import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CustomStatesController } from '../../controllers/custom-states.js';
import { DataSourceController } from '../../controllers/data-source.js';
import { DATA_SOURCES } from '../../lib/data-sources.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { OnDemandController } from '../../controllers/on-demand.js';
import { headingLevelProperty } from '../../lib/attributes.js';
import type { Grouping } from '../../lib/budget/aggregate.js';
import { balanceSummary, chartHeading, drillDown, glossaryKeys, readChartSettings, type BudgetChartType, type ChartSettings } from '../../lib/budget/chart-settings.js';
import type { BudgetTableResult } from '../../lib/budget/html-table.js';
import { budgetFromInput, isJsonText, type ScdlReader } from '../../lib/budget/load.js';
import type { Budget, BudgetFlow, BudgetProblem, BudgetSection } from '../../lib/budget/model.js';
import type { compareWithInput } from '../../lib/budget/previous.js';
import { budgetSummary } from '../../lib/budget/summary.js';
import { budgetView, DEFAULT_MAX_CATEGORIES, type BudgetView, type ChartItem } from '../../lib/budget/view.js';
import { defineElement } from '../../lib/define.js';
import { headingTemplate } from '../../lib/heading-template.js';
import { problem } from '../../lib/invalid.js';
import { budgetStringsFr, budgetStringsIfLoaded, loadBudgetStrings, type BudgetStrings } from '../../lib/strings/budget.js';
import { actionStyles } from '../../styles/action.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { budgetChartStyles } from './budget-chart.styles.js';
import type { BalanceItem, RenderContext } from './context.js';
import { chartKeyAction } from './keyboard.js';
import { balanceItems, renderBalance } from './render-balance.js';
import { renderBars } from './render-bars.js';
import { renderComparison } from './render-comparison.js';
import { renderDataTable, renderGlossary, renderProblems, renderSource } from './render-extras.js';
import { renderShareGrid, renderShareLegend } from './render-share.js';

export { BUDGET_CHART_TYPES, BUDGET_GROUPINGS, type BudgetChartType } from '../../lib/budget/chart-settings.js';

/**
 * An accessible chart of the municipal budget: horizontal bars, « Pour 100 € dépensés », this year
 * against last year, or the balance of each section. HTML only (no canvas): one tab stop, arrow
 * keys move across the items, each item is announced with its label, amount in words and share.
 * A plain-French summary sentence, an equivalent data table, a CSV export in SCDL columns, the
 * source and a glossary come with every chart.
 *
 * Data: the `data` property (`{ year, stage, section, flow, source, population?, lines }`), a `src`
 * URL (the same JSON or an SCDL budget CSV), or a `<script type="application/json">` (or
 * `type="text/csv"`) child, or a plain `<table>` child pasted from a spreadsheet (label, amount,
 * optional previous year; the caption is the heading): the table is what a resident reads without
 * JavaScript, and what the chart reads. The previous year's budget, for comparisons, comes the same three ways:
 * the `previous` property, a `previous-src` URL, or a script child marked `data-previous`.
 *
 * @tagname loos-budget-chart
 * @summary Graphique accessible du budget municipal (barres, pour 100 €, comparaison, équilibre).
 *
 * @csspart base - Le bloc autour de tout le graphique.
 * @csspart heading - Le titre du graphique (`<h2>`, sauf autre niveau donné par `heading-level`).
 * @csspart summary - La phrase de synthèse rédigée par l'élément.
 * @csspart chart - Le graphique qui reçoit le focus (un seul arrêt de tabulation).
 * @csspart table - La zone qui contient le tableau des données.
 *
 * @cssstate loading - While the data, or the code that reads it, is being loaded.
 *
 * @cssprop --loos-budget-chart-bar-thickness - Épaisseur d'une barre (par défaut : 1.5rem).
 * @cssprop --loos-budget-chart-surface - Fond du graphique (par défaut : le jeton de surface des graphiques).
 *
 * @fires loos-invalid - Quand les données ont des problèmes (lignes fausses, total erroné, codes inconnus, source absente…) ou qu'un attribut est faux (`type`, `heading-level`…).
 */
export class LoosBudgetChart extends LitElement {
  static override styles = [sharedStyles, actionStyles, budgetChartStyles];

  /** `bars` (barres), `share` (pour 100 €), `comparison` (comparaison) ou `balance` (équilibre). */
  @property() type: BudgetChartType = 'bars';

  /** Le budget en objet (voir `schemas/budget.schema.json`). Prime sur `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** Adresse du budget : JSON, ou CSV de budget au format SCDL. Même origine que la page, ou servie avec CORS. */
  @property() src?: string;

  /** Titre du graphique ; un message par graphique, par exemple « Où vont 100 € de dépenses en 2026 ? ». */
  @property() heading?: string;

  /**
   * Niveau du titre dans le plan de la page, de 2 à 6 (2 par défaut). Lu tel qu'écrit, pour qu'une
   * valeur fausse soit signalée comme l'auteur l'a tapée ; le graphique prend alors 2.
   */
  @property(headingLevelProperty) headingLevel?: string | number;

  /** Une phrase sous le titre, écrite par l'auteur. */
  @property() description?: string;

  /** Nombre d'habitants : ajoute les montants par habitant (« soit 412 euros par habitant »). */
  @property({ type: Number }) population?: number;

  /** Nombre d'entrées dessinées, « Autres » compris : au-delà, les plus petits postes sont regroupés dans « Autres » (8 par défaut : les 7 plus grands postes et « Autres »). */
  @property({ attribute: 'max-categories', type: Number }) maxCategories = DEFAULT_MAX_CATEGORIES;

  /** Section affichée quand les données en ont plusieurs (fichiers SCDL) : `fonctionnement` ou `investissement`. */
  @property() section?: BudgetSection;

  /** Sens affiché quand les données ont les deux : `dépenses` ou `recettes`. */
  @property() flow?: BudgetFlow;

  /**
   * Regroupement des lignes SCDL : `auto` (par défaut : par fonction quand le fichier a des fonctions
   * utiles, sinon par chapitre par nature), `function`, `chapter` ou `line` (une ligne par compte).
   */
  @property({ attribute: 'group-by' }) groupBy: Grouping = 'auto';

  /** Le budget de l'année précédente, sous toute forme acceptée par `data` : le graphique compare alors ligne à ligne. */
  @property({ attribute: false }) previous: unknown = undefined;

  /** Adresse du budget de l'année précédente (JSON ou CSV SCDL), pour les comparaisons. */
  @property({ attribute: 'previous-src' }) previousSrc?: string;

  /** Le budget choisi dans un fichier SCDL qui en contient plusieurs (budget principal et annexes) : son SIRET ou son nom. Le budget principal par défaut. */
  @property() budget?: string;

  /** Numéro de la décision modificative ou du budget supplémentaire, quand les données ne le donnent pas (« n° 2 »). */
  @property({ attribute: 'decision-number', type: Number }) decisionNumber?: number;

  /** La délibération du conseil, quand les données ne la nomment pas (un fichier SCDL, par exemple). */
  @property() source?: string;

  /** Lien vers la délibération du conseil, avec `source`. */
  @property({ attribute: 'source-url' }) sourceUrl?: string;

  /** French until the element knows its context; another locale's table is loaded on demand. */
  @state() private strings: BudgetStrings = budgetStringsFr;
  @state() private text?: string;
  @state() private previousText?: string;
  /** The budget read from a `<table>` child, when the page gives it that way. */
  @state() private table?: BudgetTableResult;
  /** Counts the on-demand modules (SCDL reader, comparison) that have arrived: each one re-reads the data. */
  @state() private modulesLoaded = 0;
  @state() private loadProblems: Partial<Record<'src' | 'previous-src', BudgetProblem[]>> = {};
  @state() private active = 0;
  /** How many « Autres » are open: each level shows at most `max-categories` items too. */
  @state() private depth = 0;
  /**
   * The data table starts open when the server renders the chart, so that a resident without
   * JavaScript can read the amounts; the browser keeps it open on such a chart (no jump, no
   * hydration mismatch) and starts it closed on a chart it renders itself.
   */
  @state() private tableOpen = isServer;
  @state() private helpOpen = false;

  private settings!: ChartSettings;
  private loaded: Budget | null = null;
  private problems: readonly BudgetProblem[] = [];
  private view: BudgetView | null = null;
  private items: readonly ChartItem[] = [];
  private balance: BalanceItem[] = [];
  private readonly locale = new LocaleController(this, (locale) => {
    this.stringsLoading = loadBudgetStrings(locale).then((loaded) => {
      this.strings = loaded;
      this.stringsLoading = undefined;
    });
  });
  private readonly invalid = new InvalidController(this);
  /** The budget: `<script>` child or `src`; the previous year's: `<script data-previous>` or `previous-src`. */
  private readonly current = new DataSourceController(this, DATA_SOURCES['loos-budget-chart'], ':not([data-previous])');
  private readonly previousSource = new DataSourceController(this, DATA_SOURCES['loos-budget-chart'], '[data-previous]');
  /** The comparison code, loaded only when a previous year's budget is given. */
  private compare?: typeof compareWithInput;
  /** Active item of each level above the current one, to come back to it with Escape. */
  private activeStack: number[] = [];
  /** The SCDL CSV reader, loaded on first need: pages fed with JSON never download it. */
  private scdlReader?: ScdlReader;
  private waitingForModules = false;
  private readonly states = new CustomStatesController(this, () => (this.loading || this.waitingForModules || this.tableReader.pending ? ['loading'] : []));
  /**
   * The reader of a `<table>` child, loaded only when the page wrote one: while it loads, the
   * page's table stays on screen, in the chart's frame.
   */
  private readonly tableReader = new OnDemandController(this);
  /** Set while another locale's strings download: `updateComplete` waits for them. */
  private stringsLoading?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.hasAttribute('data-loos-ssr')) this.tableOpen = true;
    // Rendered in French for the moment another table takes to arrive (it is small and cached).
    this.strings = budgetStringsIfLoaded(this.locale.value) ?? this.strings;
    this.text ??= this.current.childText?.text;
    this.previousText ??= this.previousSource.childText?.text;
    const table = this.current.childMarkup;
    if (this.table === undefined && table !== undefined && !this.tableReader.pending) {
      const defaults = { ...(this.section === undefined ? {} : { section: this.section }), ...(this.flow === undefined ? {} : { flow: this.flow }) };
      this.tableReader.load(import('../../lib/budget/read-table.js'), (reader) => (this.table = reader.readBudgetTable(table, defaults)));
    }
  }

  /** A server-rendered chart keeps the server's markup until the table reader is here to render the same. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && this.hasAttribute('data-loos-ssr')) await this.tableReader.settled();
    await super.scheduleUpdate();
  }

  /** Resolves once the strings of the element's locale are in and rendered, too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.stringsLoading !== undefined || this.tableReader.pending) {
      await this.stringsLoading;
      await this.tableReader.settled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.settings = readChartSettings(this);
    const inputs = ['data', 'text', 'table', 'previous', 'previousText', 'population', 'source', 'sourceUrl', 'groupBy', 'budget', 'decisionNumber', 'section', 'flow', 'strings', 'loadProblems', 'modulesLoaded'] as const;
    if (inputs.some((name) => changed.has(name as keyof LoosBudgetChart))) this.readData();
    // Started while updating, never from updated(); the browser only: the server renders what the page gave.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed `false` in the browser build, `true` under Node
    if (!isServer) {
      if (changed.has('src')) void this.fetchInto('src', this.current, this.src, (text) => (this.text = text));
      if (changed.has('previousSrc')) void this.fetchInto('previous-src', this.previousSource, this.previousSrc, (text) => (this.previousText = text));
    }
    this.computeView();
    const problems = [...this.settings.problems, ...this.problems];
    if (this.settings.type === 'comparison' && this.view !== null && this.view.previousTotal === undefined) {
      problems.push(problem('previous', "Aucun montant de l'année précédente : donnez le budget précédent (previous-src, propriété previous ou enfant <script data-previous>) ; sans lui, aucune évolution n'est affichée."));
    }
    this.invalid.problems = problems;
  }

  /** Reads the data (and the previous year's), or starts loading the reader it needs first. */
  private readData(): void {
    const options = this.settings.load;
    const csv = (data: unknown, text: string | undefined): boolean => {
      const source = data ?? text;
      return typeof source === 'string' && !isJsonText(source);
    };
    const hasPrevious = (this.previous ?? this.previousText) != null;
    const needsReader = this.scdlReader === undefined && (csv(this.data, this.text) || (hasPrevious && csv(this.previous, this.previousText)));
    const needsCompare = hasPrevious && this.compare === undefined;
    this.waitingForModules = needsReader || needsCompare;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed `false` in the browser build, `true` under Node
    if (!isServer) {
      if (needsReader) this.loadModule(import('../../lib/budget/scdl-csv.js'), (module) => (this.scdlReader = module.budgetFromScdl));
      if (needsCompare) this.loadModule(import('../../lib/budget/previous.js'), (module) => (this.compare = module.compareWithInput));
    }
    let result = this.waitingForModules ? { budget: null, problems: [] } : budgetFromInput(this.data ?? (this.text === undefined ? this.table?.data : undefined), this.text, options, this.scdlReader);
    if (this.data == null && this.text === undefined && this.table !== undefined) result = { ...result, problems: [...this.table.problems, ...result.problems] };
    if (hasPrevious && this.compare !== undefined && !this.waitingForModules) result = this.compare(result, this.previous, this.previousText, this.budget, this.scdlReader);
    this.loaded = result.budget;
    this.problems = [...(this.loadProblems.src ?? []), ...(this.loadProblems['previous-src'] ?? []), ...result.problems];
    this.depth = 0;
    this.activeStack = [];
    this.active = 0;
  }

  /** An on-demand module: once here, the data is read again (`modulesLoaded`). */
  private loadModule<T>(module: Promise<T>, keep: (loaded: T) => void): void {
    void module.then((loaded) => {
      keep(loaded);
      this.modulesLoaded++;
    });
  }

  private computeView(): void {
    const { type, maxCategories, load } = this.settings;
    if (this.loaded === null) {
      this.view = null;
      this.items = [];
      this.balance = [];
      return;
    }
    this.view = budgetView(this.loaded, { maxCategories: type === 'share' ? Math.min(maxCategories, 8) : maxCategories, othersLabel: this.strings.others, ...load });
    this.balance = type === 'balance' ? balanceItems(this.loaded, this.strings) : [];
    if (type === 'balance') this.items = this.balance;
    else {
      const level = drillDown(this.loaded, this.view, this.depth, maxCategories, this.strings.others);
      this.items = level.items;
      this.depth = level.depth;
    }
    if (this.active >= this.items.length) this.active = Math.max(0, this.items.length - 1);
  }

  /** Fetches `src` or `previous-src`, reporting a refused address or a failed request under that attribute. */
  private async fetchInto(field: 'src' | 'previous-src', source: DataSourceController, address: string | undefined, done: (text: string) => void): Promise<void> {
    if (address === undefined || address === '') {
      source.abort();
      return;
    }
    const outcome = await source.fetch(address);
    if (outcome === undefined) return;
    this.loadProblems = { ...this.loadProblems, [field]: outcome.ok ? [] : [problem(field, outcome.message, address)] };
    if (outcome.ok) done(outcome.body);
  }

  private get loading(): boolean {
    return this.current.loading || this.previousSource.loading;
  }

  /**
   * The CSV of exactly what the chart shows, in SCDL columns (also behind the download button).
   * Asynchronous: the CSV writer is only downloaded when someone asks for the data.
   */
  async toCsv(): Promise<string> {
    const budget = this.loaded;
    if (budget === null) return '';
    const { chartCsv } = await import('./export.js');
    return chartCsv(budget, this.view, this.settings.type === 'balance' ? this.balance : this.items, this.settings.type === 'balance');
  }

  private async download(): Promise<void> {
    const budget = this.loaded;
    if (budget === null) return;
    const csv = await this.toCsv();
    const { downloadCsv } = await import('./export.js');
    downloadCsv(`budget-${Number.isFinite(budget.year) ? budget.year : 'loos'}-${this.settings.type}.csv`, csv);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = chartKeyAction(event.key, this.active, this.items.length);
    if (action === null) return;
    // Escape at the top level is left to the page (a dialog around the chart closes on it).
    if (action.kind === 'back' && this.depth === 0) return;
    // Every other key the chart knows is its own, even when it does nothing on this item: Space
    // on a plain item must not scroll the page away from the chart.
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'move') this.active = action.index;
    else if (action.kind === 'open') this.openActive();
    else if (action.kind === 'back') this.closeDetails();
    else this.helpOpen = true;
  }

  /** Opens « Autres » when it is the active item; `false` when there is nothing to open. */
  private openActive(): boolean {
    if (this.items[this.active]?.members === undefined) return false;
    this.activeStack = [...this.activeStack, this.active];
    this.depth += 1;
    this.active = 0;
    return true;
  }

  private closeDetails(): void {
    if (this.depth === 0) return;
    this.active = this.activeStack.at(-1) ?? 0;
    this.activeStack = this.activeStack.slice(0, -1);
    this.depth -= 1;
  }

  private onChartClick(event: Event): void {
    const option = (event.target as Element).closest('[role="option"]');
    const index = Number(option?.getAttribute('data-index'));
    if (option === null || !Number.isInteger(index)) return;
    this.active = index;
    this.openActive();
  }

  /** The « Autres » button: opens the « Autres » of this level (wherever the active item is). */
  private openOthers(): void {
    const index = this.items.findIndex((item) => item.members !== undefined);
    if (index === -1) return;
    this.active = index;
    this.openActive();
    this.focusChart();
  }

  /** The « Revenir » button: back one level, on the « Autres » that was opened. */
  private backFromButton(): void {
    this.closeDetails();
    this.focusChart();
  }

  /**
   * After a button that changes the level (and may disappear with it), focus goes to the chart,
   * whose name and active item say where the person now is, never to the top of the page.
   */
  private focusChart(): void {
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('[role="listbox"]')?.focus();
    });
  }

  protected override render() {
    if (this.tableReader.pending || this.tableReader.failed) return html`<div class="block" part="base"><slot></slot></div>`;
    const strings = this.strings;
    const budget = this.loaded;
    const heading = chartHeading(strings, this.settings.type, budget, this.view, this.settings.heading ?? this.table?.heading);
    const level = this.settings.headingLevel;
    return html`<div class="block" part="base">
      ${heading === '' ? nothing : headingTemplate(level, heading, { id: 'heading', part: 'heading' })}
      ${this.settings.description === undefined ? nothing : html`<p class="description">${this.settings.description}</p>`}
      ${this.loading || this.waitingForModules ? html`<p class="status" role="status">${strings.loading}</p>` : nothing}
      ${budget === null || this.view === null ? this.renderEmpty() : this.renderChart(budget, this.view, heading)}
      ${renderProblems(strings, this.problems)}
    </div>`;
  }

  private renderEmpty() {
    if (this.loading) return nothing;
    return html`<p class="empty">${this.strings.noData}</p>`;
  }

  private renderChart(budget: Budget, view: BudgetView, heading: string) {
    const strings = this.strings;
    const type = this.settings.type;
    const population = budget.population;
    const context: RenderContext = {
      strings,
      locale: this.strings.locale,
      items: this.items,
      active: this.active,
      year: budget.year,
      previousYear: budget.previousYear ?? budget.year - 1,
      showShare: type !== 'balance',
      ...(population === undefined ? {} : { population }),
    };
    const summary = type === 'balance' ? balanceSummary(strings, this.balance) : budgetSummary(budget, view, strings);
    const activeItem = this.items[this.active];
    const drilled = this.depth > 0;
    const levelOthers = this.items.find((item) => item.members !== undefined);
    let options: unknown;
    if (drilled || type === 'bars') options = renderBars(context);
    else if (type === 'share') options = renderShareLegend(context);
    else if (type === 'comparison') options = renderComparison(context);
    else options = renderBalance(context, this.balance);
    return html`
      <p class="summary" part="summary" id="summary">${summary}</p>
      ${type === 'comparison' && !drilled ? html`<p class="legend">${strings.comparisonLegend(budget.year, budget.previousYear ?? budget.year - 1)}</p>` : nothing}
      ${type === 'share' && !drilled ? renderShareGrid(context, strings.shareHeading(view.flow)) : nothing}
      ${this.items.length === 0
        ? html`<p class="empty">${strings.noData}</p>`
        : html`<div
            class="chart type-${drilled ? 'bars' : type}"
            part="chart"
            role="listbox"
            tabindex="0"
            aria-label=${strings.chartLabel(drilled ? `${heading} — ${strings.others}` : heading)}
            aria-activedescendant=${ifDefined(activeItem?.id)}
            @keydown=${this.onKeydown}
            @click=${this.onChartClick}
          >
            ${options}
          </div>`}
      <div class="actions">
        ${drilled
          ? html`<button type="button" class="action" @click=${this.backFromButton}>${strings.back}</button>`
          : nothing}
        ${levelOthers?.members === undefined || type === 'balance'
          ? nothing
          : html`<button type="button" class="action" @click=${this.openOthers}>${strings.othersDetails(levelOthers.members.length)}</button>`}
        <button type="button" class="action table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="data-table" @click=${() => { this.tableOpen = !this.tableOpen; }}>
          ${this.tableOpen ? strings.hideTable : strings.showTable}
        </button>
        <button type="button" class="action" @click=${() => void this.download()}>${strings.download}</button>
        <button type="button" class="action" aria-expanded=${this.helpOpen ? 'true' : 'false'} aria-controls="keyboard-help" @click=${() => { this.helpOpen = !this.helpOpen; }}>
          ${strings.keyboardHelp}
        </button>
      </div>
      <div id="keyboard-help" class="help" ?hidden=${!this.helpOpen}>
        <ul>
          ${strings.keyboardHelpItems.map((item) => html`<li>${item}</li>`)}
        </ul>
      </div>
      ${renderDataTable(strings, { budget, view, heading, open: this.tableOpen, balance: type === 'balance' ? this.balance : null, items: this.items })}
      ${renderSource(strings, budget)}
      ${renderGlossary(strings, glossaryKeys(type, budget, this.view))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-budget-chart': LoosBudgetChart;
  }
}

defineElement('loos-budget-chart', LoosBudgetChart);
