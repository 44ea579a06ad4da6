/** What every renderer of `<loos-budget-chart>` needs: the items, the active one, strings and locale. */
import { partLang, type Locale } from '../../lib/i18n.js';
import type { BudgetSection } from '../../lib/budget/model.js';
import type { ChartItem } from '../../lib/budget/view.js';
import { amountInWords, percentText } from '../../lib/budget/words.js';
import { changeInWords } from '../../lib/budget/change.js';
import type { BudgetStrings } from '../../lib/strings/budget.js';

/** An item of a balance chart: receipts, spending or the difference of one section. */
export interface BalanceItem extends ChartItem {
  readonly section: BudgetSection;
  readonly kind: 'recettes' | 'dépenses' | 'solde';
}

export interface RenderContext {
  readonly strings: BudgetStrings;
  readonly locale: Locale;
  readonly items: readonly ChartItem[];
  readonly active: number;
  readonly year: number;
  /** The year the `previous` amounts are from. */
  readonly previousYear: number;
  readonly population?: number;
  /** Whether shares are of the whole (false in a balance chart, where they mean nothing). */
  readonly showShare: boolean;
}

/** The sentence a screen reader announces for an item: label, amount in words, share, change. */
export function itemText(context: RenderContext, item: ChartItem): string {
  const { strings, locale } = context;
  const amount = amountInWords(item.amount, locale);
  let text = context.showShare ? strings.item(item.label, amount, percentText(item.share, locale, 1)) : `${item.label} : ${amount}`;
  if (context.population !== undefined) text += `, ${strings.perInhabitant(amountInWords(item.amount / context.population, locale))}`;
  if (item.change !== null) text += `, ${changeInWords(item.change, strings)}`;
  if (item.members !== undefined) text += `. ${strings.othersDetails(item.members.length)}`;
  return text;
}

/**
 * A change in words where there is something to compare: « en hausse de 12 % »; « nouveau poste »
 * for a line at 0 the year before; « pas de comparaison » for a line the previous budget lacks.
 */
export function changeText(strings: BudgetStrings, item: { amount: number; previous?: number; change: number | null }): string {
  if (item.previous === undefined) return strings.noComparison;
  if (item.change !== null) return changeInWords(item.change, strings);
  return item.amount === 0 ? strings.stable : strings.newLine;
}

/** Width of a bar in % of the largest amount (at least a sliver, so a small amount stays visible). */
export function barSize(amount: number, max: number): string {
  if (max <= 0 || amount <= 0) return '0';
  return String(Math.max(0.5, (amount / max) * 100));
}

/** The `lang` of an item's label: the city's data (French), except « Autres », written in the chart's own language. */
export function itemLang(locale: Locale, item: { readonly members?: unknown }): string | undefined {
  return item.members === undefined ? partLang(locale) : undefined;
}
