/**
 * The visible summary sentence, generated in plain French from the view: the total (and per
 * inhabitant), the three largest items with their share, and the largest change from last year.
 * One message per chart: the sentence says what the chart shows and nothing else.
 */
import type { Locale } from '../i18n.js';
import { budgetStringsFr, type BudgetStrings } from '../strings/budget.js';
import { changeInWords } from './change.js';
import type { Budget } from './model.js';
import type { BudgetView } from './view.js';
import { amountInWords, changePercent, percentText } from './words.js';

export { changeInWords };

/**
 * A label inside a sentence: « Enseignement et formation » becomes « enseignement et formation »,
 * but a first word with another capital is an acronym or a proper name and stays as written
 * (« CCAS », « SDIS du Nord », « Île-de-France Mobilités »), never « cCAS ».
 */
function lowerFirst(text: string, locale: Locale): string {
  const firstWord = text.split(/\s/, 1)[0] ?? '';
  if (/\p{Lu}/u.test(firstWord.slice(1))) return text;
  return text.charAt(0).toLocaleLowerCase(locale === 'fr' ? 'fr-FR' : 'en-GB') + text.slice(1);
}

/**
 * The summary in the language of `strings` (French by default; for English, pass
 * `await loadBudgetStrings('en')`).
 */
export function budgetSummary(budget: Budget, view: BudgetView, strings: BudgetStrings = budgetStringsFr): string {
  const { locale } = strings;
  if (view.items.length === 0) return strings.noData;
  const sentences: string[] = [];
  const stage = strings.stageName(budget.stage, budget.year, budget.decisionNumber);
  const what = strings.flowOf(view.flow, view.section);
  // Nothing to share out: no « 0 euro » total and no « (100 %) » largest item.
  if (view.lines.every((line) => line.amount === 0)) return `${strings.zeroSentence(stage, what)}.`;
  let first = strings.totalSentence(stage, amountInWords(view.total, locale), what);
  if (budget.population !== undefined) first += ` (${strings.perInhabitant(amountInWords(view.total / budget.population, locale))})`;
  sentences.push(`${first}.`);
  // With a single item, « (100 %) » says nothing the total has not said.
  const largest = (view.items.length < 2 ? [] : view.items)
    .filter((item) => item.members === undefined && item.amount > 0)
    .slice(0, 3)
    .map((item) => `${lowerFirst(item.label, locale)} (${percentText(item.share, locale)})`);
  if (largest.length > 0) sentences.push(strings.largestSentence(largest));
  let largestChange: { label: string; change: number } | undefined;
  for (const line of view.lines) {
    const change = changePercent(line.amount, line.previous);
    if (change === null) continue;
    if (largestChange === undefined || Math.abs(change) > Math.abs(largestChange.change)) largestChange = { label: line.label, change };
  }
  if (largestChange !== undefined) {
    sentences.push(strings.changeSentence(largestChange.label, changeInWords(largestChange.change, strings), budget.previousYear ?? budget.year - 1));
  }
  return sentences.join(' ');
}
