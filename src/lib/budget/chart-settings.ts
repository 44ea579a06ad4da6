/**
 * What `<loos-budget-chart>` decides from its attributes and its data, as pure functions: the
 * chart type and reading options (with a French problem for each refused attribute), the
 * heading, the drill-down levels below « Autres », the balance summary and the glossary's words.
 * The element only renders what these return.
 */
import { propertyText } from '../property-values.js';
import { readHeadingLevel, type HeadingLevel } from '../heading-level.js';
import { problem } from '../invalid.js';
import type { BudgetStrings } from '../strings/budget.js';
import type { Grouping } from './aggregate.js';
import type { GlossaryKey } from './glossary.js';
import type { LoadOptions } from './load.js';
import { BUDGET_FLOWS, BUDGET_SECTIONS, FLOW_RULE, SECTION_RULE, type Budget, type BudgetProblem, type BudgetSection } from './model.js';
import { largestRemainder } from './rounding.js';
import { budgetView, DEFAULT_MAX_CATEGORIES, type BudgetView, type ChartItem } from './view.js';
import { amountInWords } from './words.js';

/** Values of `type`. */
export const BUDGET_CHART_TYPES = ['bars', 'share', 'comparison', 'balance'] as const;
export type BudgetChartType = (typeof BUDGET_CHART_TYPES)[number];
/** Values of `group-by`. */
export const BUDGET_GROUPINGS: readonly Grouping[] = ['auto', 'function', 'chapter', 'line'];

/** The attributes of the chart, as the element holds them. */
export interface ChartAttributes {
  readonly type: string;
  readonly headingLevel?: unknown;
  readonly maxCategories: unknown;
  readonly section?: string;
  readonly flow?: string;
  readonly groupBy: string;
  readonly budget?: unknown;
  readonly decisionNumber?: unknown;
  readonly population?: number;
  /** Texts, or whatever a script set (checked by `propertyText`). */
  readonly source?: unknown;
  readonly sourceUrl?: unknown;
  readonly heading?: unknown;
  readonly description?: unknown;
}

export interface ChartSettings {
  readonly type: BudgetChartType;
  /** The author's heading and description, when they are texts. */
  readonly heading?: string | undefined;
  readonly description?: string | undefined;
  readonly headingLevel: HeadingLevel;
  readonly maxCategories: number;
  readonly load: LoadOptions;
  readonly problems: readonly BudgetProblem[];
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.some((each) => each === value);

export function readChartSettings(attributes: ChartAttributes): ChartSettings {
  const problems: BudgetProblem[] = [];
  const { type, section, flow, groupBy, decisionNumber, maxCategories } = attributes;
  if (!isOneOf(BUDGET_CHART_TYPES, type)) problems.push(problem('type', `Le type doit être l'un de : ${BUDGET_CHART_TYPES.join(', ')}. « bars » est utilisé.`, type));
  if (section !== undefined && !isOneOf(BUDGET_SECTIONS, section)) problems.push(problem('section', SECTION_RULE, section));
  if (flow !== undefined && !isOneOf(BUDGET_FLOWS, flow)) problems.push(problem('flow', FLOW_RULE, flow));
  const decisionValid = typeof decisionNumber === 'number' && Number.isInteger(decisionNumber) && decisionNumber > 0;
  if (decisionNumber !== undefined && !decisionValid) problems.push(problem('decision-number', 'decision-number doit être un entier positif (le numéro de la décision modificative).', decisionNumber));
  if (!isOneOf(BUDGET_GROUPINGS, groupBy)) problems.push(problem('group-by', `group-by doit être l'un de : ${BUDGET_GROUPINGS.join(', ')}. « auto » est utilisé.`, groupBy));
  const maxValid = typeof maxCategories === 'number' && Number.isInteger(maxCategories) && maxCategories >= 2;
  if (!maxValid) problems.push(problem('max-categories', 'max-categories doit être un entier supérieur ou égal à 2 ; 8 est utilisé.', maxCategories));
  const heading = readHeadingLevel(attributes.headingLevel, 2);
  problems.push(...heading.problems);
  const budget = propertyText(attributes.budget, 'budget', problems);
  const source = propertyText(attributes.source, 'source', problems);
  const sourceUrl = propertyText(attributes.sourceUrl, 'source-url', problems);
  const givenHeading = propertyText(attributes.heading, 'heading', problems);
  const description = propertyText(attributes.description, 'description', problems);
  const load: LoadOptions = {
    by: isOneOf(BUDGET_GROUPINGS, groupBy) ? groupBy : 'auto',
    ...(budget === undefined ? {} : { budget }),
    ...(decisionValid ? { decisionNumber } : {}),
    ...(isOneOf(BUDGET_SECTIONS, section) ? { section } : {}),
    ...(isOneOf(BUDGET_FLOWS, flow) ? { flow } : {}),
    ...(attributes.population === undefined ? {} : { population: attributes.population }),
    ...(source === undefined ? {} : { sourceText: source }),
    ...(sourceUrl === undefined ? {} : { sourceUrl }),
  };
  return {
    type: isOneOf(BUDGET_CHART_TYPES, type) ? type : 'bars',
    heading: givenHeading,
    description,
    headingLevel: heading.level,
    maxCategories: maxValid ? maxCategories : DEFAULT_MAX_CATEGORIES,
    load,
    problems,
  };
}

/** The heading the author gave, or one written from the data (« Équilibre du budget 2026 »). */
export function chartHeading(strings: BudgetStrings, type: BudgetChartType, budget: Budget | null, view: BudgetView | null, given?: string): string {
  if (given !== undefined) return given;
  if (budget === null || view === null) return '';
  if (type === 'balance') return strings.balanceHeading(budget.year);
  const text = `${strings.flowOf(view.flow, view.section)} ${Number.isFinite(budget.year) ? budget.year : ''}`.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The items of the level open below « Autres » (`depth` 0 is the view itself): the lines folded
 * into « Autres », themselves folded beyond `maxCategories`, with their share of the WHOLE total.
 * `depth` is what could really be opened (a level without « Autres » stops there).
 */
export function drillDown(budget: Budget, view: BudgetView, depth: number, maxCategories: number, othersLabel: string): { items: readonly ChartItem[]; depth: number } {
  let items = view.items;
  for (let level = 1; level <= depth; level++) {
    const others = items.find((item) => item.members !== undefined);
    if (others?.members === undefined) return { items, depth: level - 1 };
    const sub = budgetView(
      { ...budget, section: view.section, flow: view.flow, lines: others.members.map((line) => ({ ...line, section: view.section, flow: view.flow })) },
      { maxCategories, othersLabel },
    );
    const shares = largestRemainder(sub.items.map((item) => item.amount), others.share, 1);
    items = sub.items.map((item, index) => ({ ...item, id: `level-${level}-${index}`, share: shares[index] ?? 0 }));
  }
  return { items, depth };
}

/** One balance item, as `balanceItems` (render-balance.ts) builds them. */
export interface BalanceLine {
  readonly section: BudgetSection;
  readonly label: string;
  readonly amount: number;
}

/** « En fonctionnement, 30 millions d'euros de recettes… » for each section with its three items. */
export function balanceSummary(strings: BudgetStrings, balance: readonly BalanceLine[]): string {
  const words = (amount: number): string => amountInWords(amount, strings.locale);
  const sentences = BUDGET_SECTIONS.flatMap((section) => {
    const [receipts, spending, difference] = balance.filter((item) => item.section === section);
    if (receipts === undefined || spending === undefined || difference === undefined) return [];
    return [strings.balanceSentence(strings.sectionTitle(section), words(receipts.amount), words(spending.amount), difference.label, words(difference.amount))];
  });
  return sentences.length === 0 ? strings.noData : sentences.join(' ');
}

/** The words of the glossary a chart uses: its sections, its stage, self-financing for a balance. */
export function glossaryKeys(type: BudgetChartType, budget: Budget, view: BudgetView | null): GlossaryKey[] {
  const keys: GlossaryKey[] = type === 'balance' ? [...BUDGET_SECTIONS] : [view?.section ?? budget.section];
  if (budget.stage === 'budget primitif' || budget.stage === 'compte administratif') keys.push(budget.stage);
  if (type === 'balance') keys.push('autofinancement');
  return keys;
}
