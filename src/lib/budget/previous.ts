/**
 * Year-on-year comparison from a second budget: the previous year's budget, given to the chart in
 * the same forms as the budget itself (`previous` property, `previous-src` file, a
 * `<script data-previous>` child). Lines are matched by section, flow and code (function, chapter
 * or account, whichever the budgets are grouped by), else by label. A line found in only one of
 * the two budgets gets no previous amount: no change is ever invented.
 */
import { problem } from '../invalid.js';
import type { Grouping } from './aggregate.js';
import { budgetFromInput, type ScdlReader } from './load.js';
import type { Budget, BudgetLine, BudgetProblem } from './model.js';

function keys(budget: Budget, line: BudgetLine): string[] {
  const where = `${line.section ?? budget.section}|${line.flow ?? budget.flow}|`;
  return [...(line.code === undefined ? [] : [`${where}#${budget.classification ?? ''}:${line.code}`]), `${where}${line.label.toLocaleLowerCase('fr')}`];
}

/** The budget with each line's `previous` taken from the matching line of `previous`. */
export function withPrevious(budget: Budget, previous: Budget): { budget: Budget; problems: BudgetProblem[] } {
  const amounts = new Map<string, number>();
  for (const line of previous.lines) {
    for (const key of keys(previous, line)) amounts.set(key, (amounts.get(key) ?? 0) + line.amount);
  }
  let matched = 0;
  const lines = budget.lines.map((line): BudgetLine => {
    const amount = keys(budget, line).map((key) => amounts.get(key)).find((value) => value !== undefined);
    // A previous amount given before (JSON `previous`) gives way to the previous budget's.
    const own: { -readonly [K in keyof BudgetLine]: BudgetLine[K] } = { ...line };
    delete own.previous;
    if (amount === undefined) return own;
    matched++;
    return { ...own, previous: amount };
  });
  const problems: BudgetProblem[] = [];
  if (previous.year >= budget.year) {
    problems.push(problem('previous', `Le budget de comparaison est de ${previous.year} : il devrait précéder ${budget.year}.`, previous.year));
  }
  if (matched === 0) {
    problems.push(problem('previous', `Aucun poste du budget ${previous.year} ne correspond à ceux de ${budget.year} (mêmes codes ou mêmes libellés attendus) : pas de comparaison.`));
  }
  return { budget: { ...budget, lines, previousYear: previous.year }, problems };
}

/**
 * The budget compared with the previous year's, once both are read: the previous budget's own
 * problems are reported too, named as such (its missing source is not one: the chart shows the
 * current budget's source).
 */
export function compareWithPrevious(result: { budget: Budget | null; problems: readonly BudgetProblem[] }, previous: { budget: Budget | null; problems: readonly BudgetProblem[] }): { budget: Budget | null; problems: BudgetProblem[] } {
  const own = previous.problems
    .filter((item) => item.field !== 'source')
    .map((item) => ({ ...item, field: `previous.${item.field}`, message: `Budget de comparaison : ${item.message}` }));
  if (result.budget === null || previous.budget === null) return { budget: result.budget, problems: [...result.problems, ...own] };
  const compared = withPrevious(result.budget, previous.budget);
  return { budget: compared.budget, problems: [...result.problems, ...own, ...compared.problems] };
}

/** The grouping of a budget read from SCDL, so that the previous year's file is grouped alike. */
export function groupingOf(budget: Budget | null): Grouping | undefined {
  const classification = budget?.classification;
  return classification === 'fonction' ? 'function' : classification === 'nature' ? 'chapter' : classification === 'compte' ? 'line' : undefined;
}

/**
 * The element's entry point: reads the previous year's budget from what was given (`data` first,
 * else text), grouped like `result`, from the same budget of a multi-budget file, and compares.
 */
export function compareWithInput(
  result: { budget: Budget | null; problems: readonly BudgetProblem[] },
  data: unknown,
  text: string | undefined,
  budget: string | undefined,
  readScdl?: ScdlReader,
): { budget: Budget | null; problems: BudgetProblem[] } {
  const by = groupingOf(result.budget);
  return compareWithPrevious(result, budgetFromInput(data, text, { ...(by === undefined ? {} : { by }), ...(budget === undefined ? {} : { budget }) }, readScdl));
}
