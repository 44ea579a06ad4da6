import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Grouping } from '../../lib/budget/aggregate.js';
import type { compareWithInput } from '../../lib/budget/previous.js';
import { glossaryEntries, type GlossaryKey } from '../../lib/budget/glossary.js';
import { budgetFromInput, isJsonText, type LoadOptions, type ScdlReader } from '../../lib/budget/load.js';
import { BUDGET_FLOWS, BUDGET_SECTIONS, FLOW_RULE, SECTION_RULE, type Budget, type BudgetFlow, type BudgetProblem, type BudgetSection } from '../../lib/budget/model.js';
import { largestRemainder } from '../../lib/budget/rounding.js';
import { budgetSummary } from '../../lib/budget/summary.js';
import { budgetView, DEFAULT_MAX_CATEGORIES, type BudgetView, type ChartItem } from '../../lib/budget/view.js';
import { amountInWords } from '../../lib/budget/words.js';
import { defineElement } from '../../lib/define.js';
import { readHeadingLevel } from '../../lib/heading-level.js';
import { headingTemplate } from '../../lib/heading-template.js';
import { localeOf } from '../../lib/i18n.js';
import { InvalidReporter, problem } from '../../lib/invalid.js';
import { budgetStringsFr, budgetStringsIfLoaded, loadBudgetStrings, type BudgetStrings } from '../../lib/strings/budget.js';
import { safeUrl } from '../../lib/url.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { budgetChartStyles } from './budget-chart.styles.js';
import type { BalanceItem, RenderContext } from './context.js';
import { chartKeyAction } from './keyboard.js';
import { balanceItems, renderBalance } from './render-balance.js';
import { renderBars } from './render-bars.js';
import { renderComparison } from './render-comparison.js';
import { renderShareGrid, renderShareLegend } from './render-share.js';
import { renderBalanceTable, renderItemsTable } from './render-table.js';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type BudgetChartType = 'bars' | 'share' | 'comparison' | 'balance';
const CHART_TYPES: readonly BudgetChartType[] = ['bars', 'share', 'comparison', 'balance'];
const GROUPINGS: readonly Grouping[] = ['auto', 'function', 'chapter', 'line'];

/**
 * An accessible chart of the municipal budget: horizontal bars, « Pour 100 € dépensés », this year
 * against last year, or the balance of each section. HTML only (no canvas): one tab stop, arrow
 * keys move across the items, each item is announced with its label, amount in words and share.
 * A plain-French summary sentence, an equivalent data table, a CSV export in SCDL columns, the
 * source and a glossary come with every chart.
 *
 * Data: the `data` property (`{ year, stage, section, flow, source, population?, lines }`), a `src`
 * URL (the same JSON or an SCDL budget CSV), or a `<script type="application/json">` (or
 * `type="text/csv"`) child. The previous year's budget, for comparisons, comes the same three ways:
 * the `previous` property, a `previous-src` URL, or a script child marked `data-previous`.
 *
 * @tagname loos-budget-chart
 * @summary Graphique accessible du budget municipal (barres, pour 100 €, comparaison, équilibre).
 *
 * @csspart base - The block around the whole chart.
 * @csspart heading - The chart's title (`<h2>` unless `heading-level` says otherwise).
 * @csspart summary - The generated summary sentence.
 * @csspart chart - The focusable chart (one tab stop).
 * @csspart table - The region holding the data table.
 *
 * @cssprop --loos-budget-chart-bar-thickness - Thickness of a bar (default: 1.5rem).
 * @cssprop --loos-budget-chart-surface - Background of the chart (default: chart surface token).
 *
 * @fires loos-invalid - When the data has problems (bad rows, wrong total, unknown codes, missing source…) or an attribute is wrong (`type`, `heading-level`…).
 */
export class LoosBudgetChart extends LitElement {
  static override styles = [sharedStyles, budgetChartStyles];

  /** `bars`, `share`, `comparison` or `balance`. */
  @property() type: BudgetChartType = 'bars';

  /** The budget as an object (see `schemas/budget.schema.json`). Takes precedence over `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of the budget: JSON, or an SCDL budget CSV. Same-origin or CORS-enabled. */
  @property() src?: string;

  /** Title of the chart; one message per chart, e.g. « Où vont 100 € de dépenses en 2026 ? ». */
  @property() heading?: string;

  /**
   * Level of the heading in the page outline, 2 to 6. Read as written (no number converter), so
   * that a wrong value is reported as the author typed it; the chart then uses 2.
   */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** A sentence under the heading, written by the author. */
  @property() description?: string;

  /** Number of inhabitants: adds per-inhabitant amounts (« soit 412 euros par habitant »). */
  @property({ type: Number }) population?: number;

  /** Number of bars shown before the smallest items are folded into « Autres » (default 8). */
  @property({ attribute: 'max-categories', type: Number }) maxCategories = DEFAULT_MAX_CATEGORIES;

  /** Section shown when the data has several (SCDL files): `fonctionnement` or `investissement`. */
  @property() section?: BudgetSection;

  /** Flow shown when the data has both: `dépenses` or `recettes`. */
  @property() flow?: BudgetFlow;

  /**
   * How SCDL rows are grouped: `auto` (default: by function when the file has meaningful
   * functions, else by chapter by nature), `function`, `chapter` or `line` (one line per account).
   */
  @property({ attribute: 'group-by' }) groupBy: Grouping = 'auto';

  /** The previous year's budget, in any form `data` takes: the chart then compares line by line. */
  @property({ attribute: false }) previous: unknown = undefined;

  /** URL of the previous year's budget (JSON or SCDL CSV), for comparisons. */
  @property({ attribute: 'previous-src' }) previousSrc?: string;

  /** Which budget of an SCDL file holding several (main budget and annexes): its SIRET or its name. The main budget by default. */
  @property() budget?: string;

  /** Number of the décision modificative or budget supplémentaire, when the data does not give it (« n° 2 »). */
  @property({ attribute: 'decision-number', type: Number }) decisionNumber?: number;

  /** The council decision, when the data does not name it (e.g. an SCDL file). */
  @property() source?: string;

  /** Link to the council decision, with `source`. */
  @property({ attribute: 'source-url' }) sourceUrl?: string;

  /** French until the element knows its context; another locale's table is loaded on demand. */
  @state() private strings: BudgetStrings = budgetStringsFr;
  @state() private text?: string;
  @state() private previousText?: string;
  @state() private loading = 0;
  /** Counts the on-demand modules (SCDL reader, comparison) that have arrived: each one re-reads the data. */
  @state() private modulesLoaded = 0;
  @state() private loadProblems: Partial<Record<'src' | 'previous-src', BudgetProblem[]>> = {};
  @state() private active = 0;
  /** How many « Autres » are open: each level shows at most `max-categories` items too. */
  @state() private depth = 0;
  @state() private tableOpen = false;
  @state() private helpOpen = false;

  private loaded: Budget | null = null;
  private problems: readonly BudgetProblem[] = [];
  private view: BudgetView | null = null;
  private items: readonly ChartItem[] = [];
  private balance: BalanceItem[] = [];
  private readonly invalid = new InvalidReporter(this);
  private readonly fetches = new Map<string, AbortController>();
  /** The comparison code, loaded only when a previous year's budget is given. */
  private compare?: typeof compareWithInput;
  private needsCompare = false;
  /** Active item of each level above the current one, to come back to it with Escape. */
  private activeStack: number[] = [];
  /** The SCDL CSV reader, loaded on first need: pages fed with JSON never download it. */
  private scdlReader?: ScdlReader;
  private needsScdlReader = false;
  /** Set while another locale's strings download: `updateComplete` waits for them. */
  private stringsLoading?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    const locale = localeOf(this);
    const strings = budgetStringsIfLoaded(locale);
    if (strings !== undefined) this.strings = strings;
    else {
      // Rendered in French for the moment the table takes to arrive (it is small and cached).
      this.stringsLoading = loadBudgetStrings(locale).then((loaded) => {
        this.strings = loaded;
        this.stringsLoading = undefined;
      });
    }
    const child = (which: string): string | undefined =>
      this.querySelector(`:scope > script:is([type="application/json"], [type="text/csv"])${which}`)?.textContent ?? undefined;
    this.text ??= child(':not([data-previous])');
    this.previousText ??= child('[data-previous]');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const controller of this.fetches.values()) controller.abort();
  }

  /** Resolves once the strings of the element's locale are in and rendered, too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.stringsLoading !== undefined) {
      await this.stringsLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private loadOptions(): LoadOptions {
    const section = BUDGET_SECTIONS.find((value) => value === this.section);
    const flow = BUDGET_FLOWS.find((value) => value === this.flow);
    return {
      by: GROUPINGS.includes(this.groupBy) ? this.groupBy : 'auto',
      ...(this.budget === undefined ? {} : { budget: this.budget }),
      ...(this.decisionNumber === undefined ? {} : { decisionNumber: this.decisionNumber }),
      ...(section === undefined ? {} : { section }),
      ...(flow === undefined ? {} : { flow }),
      ...(this.population === undefined ? {} : { population: this.population }),
      ...(this.source === undefined ? {} : { sourceText: this.source }),
      ...(this.sourceUrl === undefined ? {} : { sourceUrl: this.sourceUrl }),
    };
  }

  private attributeProblems(): BudgetProblem[] {
    const problems: BudgetProblem[] = [];
    if (!CHART_TYPES.includes(this.type)) problems.push(problem('type', `Le type doit être l'un de : ${CHART_TYPES.join(', ')}. « bars » est utilisé.`, this.type));
    if (this.section !== undefined && !BUDGET_SECTIONS.some((value) => value === this.section)) problems.push(problem('section', SECTION_RULE, this.section));
    if (this.flow !== undefined && !BUDGET_FLOWS.some((value) => value === this.flow)) problems.push(problem('flow', FLOW_RULE, this.flow));
    const decision = this.decisionNumber;
    if (decision !== undefined && !(Number.isInteger(decision) && decision > 0)) problems.push(problem('decision-number', 'decision-number doit être un entier positif (le numéro de la décision modificative).', decision));
    if (!GROUPINGS.includes(this.groupBy)) problems.push(problem('group-by', `group-by doit être l'un de : ${GROUPINGS.join(', ')}. « auto » est utilisé.`, this.groupBy));
    if (!Number.isInteger(this.maxCategories) || this.maxCategories < 2) problems.push(problem('max-categories', 'max-categories doit être un entier supérieur ou égal à 2 ; 8 est utilisé.', this.maxCategories));
    problems.push(...this.headingLevelRead.problems);
    return problems;
  }

  /** `heading-level` as read by the rule every element shares: the level, and a problem if it was refused. */
  private get headingLevelRead(): ReturnType<typeof readHeadingLevel> {
    return readHeadingLevel(this.headingLevel, 2);
  }

  private get chartType(): BudgetChartType {
    return CHART_TYPES.includes(this.type) ? this.type : 'bars';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['data', 'text', 'previous', 'previousText', 'population', 'source', 'sourceUrl', 'groupBy', 'budget', 'decisionNumber', 'section', 'flow', 'strings', 'loadProblems', 'modulesLoaded'] as const;
    if (inputs.some((name) => changed.has(name as keyof LoosBudgetChart))) {
      const options = this.loadOptions();
      const csv = (data: unknown, text: string | undefined): boolean => {
        const source = data ?? text;
        return typeof source === 'string' && !isJsonText(source);
      };
      const hasPrevious = (this.previous ?? this.previousText) != null;
      this.needsScdlReader = this.scdlReader === undefined && (csv(this.data, this.text) || (hasPrevious && csv(this.previous, this.previousText)));
      this.needsCompare = hasPrevious && this.compare === undefined;
      let result = this.needsScdlReader || this.needsCompare ? { budget: null, problems: [] } : budgetFromInput(this.data, this.text, options, this.scdlReader);
      if (hasPrevious && this.compare !== undefined && !this.needsScdlReader) result = this.compare(result, this.previous, this.previousText, this.budget, this.scdlReader);
      this.loaded = result.budget;
      this.problems = [...(this.loadProblems.src ?? []), ...(this.loadProblems['previous-src'] ?? []), ...result.problems];
      this.depth = 0;
      this.activeStack = [];
      this.active = 0;
    }
    const strings = this.strings;
    if (this.loaded === null) {
      this.view = null;
      this.items = [];
      this.balance = [];
      return;
    }
    const maxCategories = Number.isInteger(this.maxCategories) && this.maxCategories >= 2 ? this.maxCategories : DEFAULT_MAX_CATEGORIES;
    this.view = budgetView(this.loaded, {
      maxCategories: this.chartType === 'share' ? Math.min(maxCategories, 8) : maxCategories,
      othersLabel: strings.others,
      ...this.loadOptions(),
    });
    this.balance = this.chartType === 'balance' ? balanceItems(this.loaded, strings) : [];
    this.items = this.chartType === 'balance' ? this.balance : this.levelItems(this.loaded, this.view, maxCategories);
    if (this.active >= this.items.length) this.active = Math.max(0, this.items.length - 1);
  }

  /**
   * The items of the open level: the view's items, or the lines folded into « Autres », themselves
   * folded beyond `max-categories`, with their share of the WHOLE total (one decimal).
   */
  private levelItems(budget: Budget, view: BudgetView, maxCategories: number): readonly ChartItem[] {
    let items = view.items;
    for (let level = 1; level <= this.depth; level++) {
      const others = items.find((item) => item.members !== undefined);
      if (others?.members === undefined) {
        this.depth = level - 1;
        break;
      }
      const sub = budgetView(
        { ...budget, section: view.section, flow: view.flow, lines: others.members.map((line) => ({ ...line, section: view.section, flow: view.flow })) },
        { maxCategories, othersLabel: this.strings.others },
      );
      const shares = largestRemainder(sub.items.map((item) => item.amount), others.share, 1);
      items = sub.items.map((item, index) => ({ ...item, id: `level-${level}-${index}`, share: shares[index] ?? 0 }));
    }
    return items;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // On-demand modules: each one, once here, re-reads the data (`modulesLoaded`).
    const load = <T>(module: Promise<T>, keep: (loaded: T) => void): void => {
      void module.then((loaded) => {
        keep(loaded);
        this.modulesLoaded++;
      });
    };
    if (this.needsScdlReader) {
      this.needsScdlReader = false;
      load(import('../../lib/budget/scdl-csv.js'), (module) => (this.scdlReader = module.budgetFromScdl));
    }
    if (this.needsCompare) {
      this.needsCompare = false;
      load(import('../../lib/budget/previous.js'), (module) => (this.compare = module.compareWithInput));
    }
    // Deferred so that starting a fetch (which sets `loading`) does not update during this update.
    if (changed.has('src')) void Promise.resolve().then(() => this.fetchText('src', this.src, (text) => { this.text = text; }));
    if (changed.has('previousSrc')) void Promise.resolve().then(() => this.fetchText('previous-src', this.previousSrc, (text) => { this.previousText = text; }));
    const problems = [...this.attributeProblems(), ...this.problems];
    if (this.chartType === 'comparison' && this.view !== null && this.view.previousTotal === undefined) {
      problems.push(problem('previous', "Aucun montant de l'année précédente : donnez le budget précédent (previous-src, propriété previous ou enfant <script data-previous>) ; sans lui, aucune évolution n'est affichée."));
    }
    this.invalid.report(problems);
  }

  /** Fetches the text of `src` or `previous-src`, reporting a refused address or a failed request under that attribute. */
  private async fetchText(field: 'src' | 'previous-src', address: string | undefined, done: (text: string) => void): Promise<void> {
    this.fetches.get(field)?.abort();
    if (address === undefined || address === '') return;
    const report = (problems: BudgetProblem[]): void => {
      this.loadProblems = { ...this.loadProblems, [field]: problems };
    };
    const url = safeUrl(address);
    if (url === undefined) {
      report([problem(field, "L'adresse des données n'est pas autorisée.", address)]);
      return;
    }
    const controller = new AbortController();
    this.fetches.set(field, controller);
    this.loading++;
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (controller.signal.aborted) return;
      report([]);
      done(text);
    } catch (error) {
      if (controller.signal.aborted) return;
      report([problem(field, this.strings.fetchFailed(error instanceof Error ? error.message : String(error)), address)]);
    } finally {
      this.loading--;
      if (this.fetches.get(field) === controller) this.fetches.delete(field);
    }
  }

  /**
   * The CSV of exactly what the chart shows, in SCDL columns (also behind the download button).
   * Asynchronous: the CSV writer is only downloaded when someone asks for the data.
   */
  async toCsv(): Promise<string> {
    const budget = this.loaded;
    if (budget === null) return '';
    const { chartCsv } = await import('./export.js');
    return chartCsv(budget, this.view, this.chartType === 'balance' ? this.balance : this.items, this.chartType === 'balance');
  }

  private async download(): Promise<void> {
    const budget = this.loaded;
    if (budget === null) return;
    const csv = await this.toCsv();
    const { downloadCsv } = await import('./export.js');
    downloadCsv(`budget-${Number.isFinite(budget.year) ? budget.year : 'loos'}-${this.chartType}.csv`, csv);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = chartKeyAction(event.key, this.active, this.items.length);
    if (action === null) return;
    if (action.kind === 'move') this.active = action.index;
    else if (action.kind === 'open') {
      if (!this.openActive()) return;
    } else if (action.kind === 'back') {
      if (this.depth === 0) return;
      this.closeDetails();
    } else {
      this.helpOpen = true;
    }
    event.preventDefault();
    event.stopPropagation();
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
  }

  protected override render() {
    const strings = this.strings;
    const budget = this.loaded;
    const heading =
      this.heading ??
      (budget === null || this.view === null
        ? ''
        : this.chartType === 'balance'
          ? strings.balanceHeading(budget.year)
          : capitalise(`${strings.flowOf(this.view.flow, this.view.section)} ${budget.year}`));
    const { level } = this.headingLevelRead;
    return html`<div class="block" part="base">
      ${heading === '' ? nothing : headingTemplate(level, heading, { id: 'heading', part: 'heading' })}
      ${this.description === undefined ? nothing : html`<p class="description">${this.description}</p>`}
      ${this.loading || this.needsScdlReader ? html`<p class="status" role="status">${strings.loading}</p>` : nothing}
      ${budget === null || this.view === null ? this.renderEmpty() : this.renderChart(budget, this.view, heading)}
      ${this.renderProblems()}
    </div>`;
  }

  private renderEmpty() {
    if (this.loading) return nothing;
    return html`<p class="empty">${this.strings.noData}</p>`;
  }

  private renderChart(budget: Budget, view: BudgetView, heading: string) {
    const strings = this.strings;
    const type = this.chartType;
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
    const summary = type === 'balance' ? this.balanceSummary() : budgetSummary(budget, view, this.strings);
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
            aria-describedby="summary"
            aria-activedescendant=${ifDefined(activeItem?.id)}
            @keydown=${this.onKeydown}
            @click=${this.onChartClick}
          >
            ${options}
          </div>`}
      <div class="actions">
        ${drilled
          ? html`<button type="button" @click=${this.closeDetails}>${strings.back}</button>`
          : nothing}
        ${levelOthers?.members === undefined || type === 'balance'
          ? nothing
          : html`<button type="button" @click=${this.openOthers}>${strings.othersDetails(levelOthers.members.length)}</button>`}
        <button type="button" class="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="data-table" @click=${() => { this.tableOpen = !this.tableOpen; }}>
          ${this.tableOpen ? strings.hideTable : strings.showTable}
        </button>
        <button type="button" @click=${() => void this.download()}>${strings.download}</button>
        <button type="button" aria-expanded=${this.helpOpen ? 'true' : 'false'} aria-controls="keyboard-help" @click=${() => { this.helpOpen = !this.helpOpen; }}>
          ${strings.keyboardHelp}
        </button>
      </div>
      <div id="keyboard-help" class="help" ?hidden=${!this.helpOpen}>
        <ul>
          ${strings.keyboardHelpItems.map((item) => html`<li>${item}</li>`)}
        </ul>
      </div>
      ${this.renderTable(budget, view, heading)}
      ${this.renderSource(budget)}
      ${this.renderGlossary(budget)}
    `;
  }

  private balanceSummary(): string {
    const strings = this.strings;
    const sentences: string[] = [];
    for (const section of BUDGET_SECTIONS) {
      const own = this.balance.filter((item) => item.section === section);
      const [receipts, spending, balance] = own;
      if (receipts === undefined || spending === undefined || balance === undefined) continue;
      const words = (amount: number): string => amountInWords(amount, this.strings.locale);
      sentences.push(strings.balanceSentence(strings.sectionTitle(section), words(receipts.amount), words(spending.amount), balance.label, words(balance.amount)));
    }
    return sentences.length === 0 ? strings.noData : sentences.join(' ');
  }

  private renderTable(budget: Budget, view: BudgetView, heading: string) {
    const strings = this.strings;
    const context = {
      strings,
      locale: this.strings.locale,
      caption: strings.tableCaption(heading),
      total: view.total,
      year: budget.year,
      previousYear: budget.previousYear ?? budget.year - 1,
      ...(budget.population === undefined ? {} : { population: budget.population }),
    };
    const open = this.tableOpen;
    // Always in the DOM: visually hidden until asked for, shown in print. It scrolls on its own
    // on narrow screens, so it is focusable (and a named region) only while visible.
    return html`<div
      id="data-table"
      class=${open ? 'table-region' : 'table-region visually-hidden'}
      part="table"
      role=${ifDefined(open ? 'region' : undefined)}
      aria-label=${ifDefined(open ? strings.tableCaption(heading) : undefined)}
      tabindex=${ifDefined(open ? '0' : undefined)}
    >
      ${this.chartType === 'balance' ? renderBalanceTable(context, this.balance) : renderItemsTable(context, this.items)}
    </div>`;
  }

  private renderSource(budget: Budget) {
    const strings = this.strings;
    const source = budget.source;
    if (source === undefined) return nothing;
    return html`<p class="source">
      ${strings.source} ${source.url === undefined ? source.text : html`<a href=${source.url}>${source.text}</a>`}
    </p>`;
  }

  private renderGlossary(budget: Budget) {
    const strings = this.strings;
    const keys: GlossaryKey[] = [];
    const sections = this.chartType === 'balance' ? BUDGET_SECTIONS : [this.view?.section ?? budget.section];
    for (const section of sections) keys.push(section);
    if (budget.stage === 'budget primitif' || budget.stage === 'compte administratif') keys.push(budget.stage);
    if (this.chartType === 'balance') keys.push('autofinancement');
    return html`<details class="glossary">
      <summary>${strings.glossaryTitle}</summary>
      <dl>
        ${glossaryEntries(keys, strings).map((entry) => html`<dt>${entry.term}</dt><dd>${entry.definition}</dd>`)}
      </dl>
    </details>`;
  }

  private renderProblems() {
    if (this.problems.length === 0) return nothing;
    const ignored = this.problems.filter((item) => item.ignored === true);
    const other = this.problems.filter((item) => item.ignored !== true);
    // Each list under its own title, so that « 3 lignes ignorées » counts exactly the list below it.
    const list = (title: string, problems: readonly BudgetProblem[]) =>
      problems.length === 0 ? nothing : html`<p class="problems-title">${title}</p><ul>${problems.map((item) => html`<li>${item.message}</li>`)}</ul>`;
    return html`<div class="problems">${list(this.strings.ignoredRows(ignored.length), ignored)} ${list(this.strings.dataNotes, other)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-budget-chart': LoosBudgetChart;
  }
}

defineElement('loos-budget-chart', LoosBudgetChart);
