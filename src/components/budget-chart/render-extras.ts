/** What follows the chart: the data table, the source, the glossary and the problems list. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { glossaryEntries, type GlossaryKey } from '../../lib/budget/glossary.js';
import type { Budget, BudgetProblem } from '../../lib/budget/model.js';
import type { BudgetView, ChartItem } from '../../lib/budget/view.js';
import type { BudgetStrings } from '../../lib/strings/budget.js';
import type { BalanceItem } from './context.js';
import { renderBalanceTable, renderItemsTable } from './render-table.js';

/**
 * The equivalent data table. Always in the DOM, `hidden` until asked for (then out of the
 * accessibility tree too: a « collapsed » table that screen readers still find is not collapsed),
 * shown in print. It scrolls on its own on narrow screens, so it is focusable (and a named region)
 * only while visible.
 */
export function renderDataTable(
  strings: BudgetStrings,
  { budget, view, heading, open, balance, items }: { budget: Budget; view: BudgetView; heading: string; open: boolean; balance: readonly BalanceItem[] | null; items: readonly ChartItem[] },
) {
  const context = {
    strings,
    locale: strings.locale,
    caption: strings.tableCaption(heading),
    total: view.total,
    year: budget.year,
    previousYear: budget.previousYear ?? budget.year - 1,
    ...(budget.population === undefined ? {} : { population: budget.population }),
  };
  return html`<div
    id="data-table"
    class="table-region"
    ?hidden=${!open}
    part="table"
    role=${ifDefined(open ? 'region' : undefined)}
    aria-label=${ifDefined(open ? strings.tableCaption(heading) : undefined)}
    tabindex=${ifDefined(open ? '0' : undefined)}
  >
    ${balance === null ? renderItemsTable(context, items) : renderBalanceTable(context, balance)}
  </div>`;
}

export function renderSource(strings: BudgetStrings, budget: Budget) {
  const source = budget.source;
  if (source === undefined) return nothing;
  return html`<p class="source">
    ${strings.source} ${source.url === undefined ? source.text : html`<a href=${source.url}>${source.text}</a>`}
  </p>`;
}

export function renderGlossary(strings: BudgetStrings, keys: readonly GlossaryKey[]) {
  return html`<details class="glossary">
    <summary>${strings.glossaryTitle}</summary>
    <dl>
      ${glossaryEntries(keys, strings).map((entry) => html`<dt>${entry.term}</dt><dd>${entry.definition}</dd>`)}
    </dl>
  </details>`;
}

/** Each list under its own title, so that « 3 lignes ignorées » counts exactly the list below it. */
export function renderProblems(strings: BudgetStrings, problems: readonly BudgetProblem[]) {
  if (problems.length === 0) return nothing;
  const ignored = problems.filter((item) => item.ignored === true);
  const other = problems.filter((item) => item.ignored !== true);
  const list = (title: string, shown: readonly BudgetProblem[]) =>
    shown.length === 0 ? nothing : html`<p class="problems-title">${title}</p><ul>${shown.map((item) => html`<li>${item.message}</li>`)}</ul>`;
  return html`<div class="problems">${list(strings.ignoredRows(ignored.length), ignored)} ${list(strings.dataNotes, other)}</div>`;
}
