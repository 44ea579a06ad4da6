/**
 * What a chart shows, computed once from a budget: items sorted by amount, shares that add up to
 * exactly 100 (largest remainder), the smallest items folded into « Autres » beyond `maxCategories`,
 * and last year's figures when there are any. The chart, its table, its summary and its CSV export
 * all read this one view, which is what makes them equivalent.
 */
import { linesOf, sumAmounts, type Budget, type BudgetFlow, type BudgetLine, type BudgetSection } from './model.js';
import { largestRemainder } from './rounding.js';
import { changePercent } from './words.js';

export const DEFAULT_MAX_CATEGORIES = 8;

export interface ChartItem {
  /** Stable id for ARIA references (`item-0`…). */
  readonly id: string;
  readonly label: string;
  readonly amount: number;
  /** Share of the total in %, rounded with the largest-remainder method (items add up to 100). */
  readonly share: number;
  readonly previous?: number;
  /** Change from last year in %, `null` without a previous amount. */
  readonly change: number | null;
  readonly code?: string;
  /** Pattern and colour index, 1..8. */
  readonly pattern: number;
  /** The lines folded into this item (only for « Autres »). */
  readonly members?: readonly BudgetLine[];
}

export interface BudgetView {
  readonly section: BudgetSection;
  readonly flow: BudgetFlow;
  readonly total: number;
  readonly previousTotal?: number;
  readonly items: readonly ChartItem[];
  /** Every line of the section and flow, sorted, before folding. */
  readonly lines: readonly BudgetLine[];
}

export interface ViewOptions {
  readonly maxCategories?: number;
  readonly section?: BudgetSection;
  readonly flow?: BudgetFlow;
  readonly othersLabel?: string;
}

function byAmount(a: BudgetLine, b: BudgetLine): number {
  return b.amount - a.amount || a.label.localeCompare(b.label, 'fr');
}

export function budgetView(budget: Budget, options: ViewOptions = {}): BudgetView {
  const section = options.section ?? budget.section;
  const flow = options.flow ?? budget.flow;
  const lines = linesOf(budget, section, flow).sort(byAmount);
  const max = Math.max(2, Math.floor(options.maxCategories ?? DEFAULT_MAX_CATEGORIES));
  const shown = lines.length > max ? lines.slice(0, max - 1) : lines;
  const folded = lines.length > max ? lines.slice(max - 1) : [];
  const entries: { label: string; amount: number; previous?: number; code?: string; members?: BudgetLine[] }[] = shown.map((line) => ({
    label: line.label,
    amount: line.amount,
    ...(line.previous === undefined ? {} : { previous: line.previous }),
    ...(line.code === undefined ? {} : { code: line.code }),
  }));
  if (folded.length > 0) {
    const previous = folded.filter((line) => line.previous !== undefined).map((line) => line.previous ?? 0);
    entries.push({
      label: options.othersLabel ?? 'Autres',
      amount: sumAmounts(folded.map((line) => line.amount)),
      ...(previous.length === 0 ? {} : { previous: sumAmounts(previous) }),
      members: folded,
    });
  }
  const shares = largestRemainder(entries.map((entry) => entry.amount));
  const items = entries.map((entry, index): ChartItem => ({
    ...entry,
    id: `item-${index}`,
    share: shares[index] ?? 0,
    change: changePercent(entry.amount, entry.previous),
    pattern: (index % 8) + 1,
  }));
  const total = sumAmounts(lines.map((line) => line.amount));
  const withPrevious = lines.filter((line) => line.previous !== undefined);
  return {
    section,
    flow,
    total,
    ...(withPrevious.length === 0 ? {} : { previousTotal: sumAmounts(withPrevious.map((line) => line.previous ?? 0)) }),
    items,
    lines,
  };
}

/** Receipts, spending and their difference for one section (balance charts). */
export interface SectionBalance {
  readonly section: BudgetSection;
  readonly receipts: number;
  readonly spending: number;
  /** Receipts minus spending: in the operating section, the self-financing (autofinancement). */
  readonly difference: number;
}

export function budgetBalance(budget: Budget): SectionBalance[] {
  return (['fonctionnement', 'investissement'] as const)
    .map((section) => {
      const receipts = sumAmounts(linesOf(budget, section, 'recettes').map((line) => line.amount));
      const spending = sumAmounts(linesOf(budget, section, 'dépenses').map((line) => line.amount));
      return { section, receipts, spending, difference: sumAmounts([receipts, -spending]) };
    })
    .filter((balance) => balance.receipts !== 0 || balance.spending !== 0);
}
