/**
 * The data table equivalent to the chart: always in the DOM (so that assistive technology and a
 * server-rendered page without JavaScript have it), shown on demand, printed instead of buttons.
 * Every value the chart shows is in this table, with full amounts rather than « 6,9 M€ ».
 */
import { html, nothing } from 'lit';
import type { ChartItem } from '../../lib/budget/view.js';
import { changePercent, percentText } from '../../lib/budget/words.js';
import { sumAmounts } from '../../lib/budget/model.js';
import { numberFormat } from '../../lib/format.js';
import type { Locale } from '../../lib/i18n.js';
import type { BudgetStrings } from '../../lib/strings/budget.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { changeText, itemLang, type BalanceItem } from './context.js';

/** « 6 850 000 € », cents only when there are some. */
export function fullAmount(value: number, locale: Locale): string {
  return numberFormat({ style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 2 }, locale).format(value);
}

/**
 * An amount in a cell: seen as « 6 850 000 € », heard as one number with its unit (« 6850000
 * euros »); screen readers read digit groups split by narrow spaces as separate numbers.
 */
function amountCell(value: number, locale: Locale) {
  const spoken = `${numberFormat({ useGrouping: false, maximumFractionDigits: 2 }, locale).format(value)} ${Math.abs(value) < 2 && locale === 'fr' ? 'euro' : 'euros'}`;
  return html`<td><span aria-hidden="true">${fullAmount(value, locale)}</span><span class="visually-hidden">${spoken}</span></td>`;
}

export interface TableContext {
  readonly strings: BudgetStrings;
  readonly locale: Locale;
  readonly caption: string;
  readonly total: number;
  readonly year: number;
  readonly previousYear: number;
  readonly population?: number;
}

export function renderItemsTable(context: TableContext, items: readonly ChartItem[]) {
  const { strings, locale, population } = context;
  const hasPrevious = items.some((item) => item.previous !== undefined);
  const row = (item: { label: string; amount: number; previous?: number; members?: unknown }, share: string, total: boolean) => {
    const change = changePercent(item.amount, item.previous);
    return html`<tr class=${total ? 'total' : ''}>
      <th scope="row" lang=${ifDefined(total ? undefined : itemLang(locale, item))}>${item.label}</th>
      ${amountCell(item.amount, locale)}
      <td>${share}</td>
      ${population === undefined ? nothing : amountCell(Math.round(item.amount / population), locale)}
      ${hasPrevious
        ? html`${item.previous === undefined ? html`<td>—</td>` : amountCell(item.previous, locale)}
            <td>${changeText(strings, { ...item, change })}</td>`
        : nothing}
    </tr>`;
  };
  // A total compares only when every line does: a partial sum would invent a change.
  const previousTotal = items.every((item) => item.previous !== undefined) ? sumAmounts(items.map((item) => item.previous ?? 0)) : undefined;
  return html`<table>
    <caption>${context.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${strings.columnLabel}</th>
        <th scope="col">${strings.columnAmount}</th>
        <th scope="col">${strings.columnShare}</th>
        ${population === undefined ? nothing : html`<th scope="col">${strings.columnPerInhabitant}</th>`}
        ${hasPrevious ? html`<th scope="col">${strings.columnPrevious(context.previousYear)}</th><th scope="col">${strings.columnChange}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${items.map(
        (item) => row(item, percentText(item.share, locale, 1), false),
      )}
    </tbody>
    <tfoot>
      ${row({ label: strings.totalRow, amount: sumAmounts(items.map((item) => item.amount)), ...(previousTotal === undefined ? {} : { previous: previousTotal }) }, percentText(sumAmounts(items.map((item) => item.share)), locale, 1), true)}
    </tfoot>
  </table>`;
}

export function renderBalanceTable(context: TableContext, items: readonly BalanceItem[]) {
  const { strings, locale } = context;
  const sections = [...new Set(items.map((item) => item.section))];
  const amountOf = (section: string, kind: BalanceItem['kind']): BalanceItem | undefined =>
    items.find((item) => item.section === section && item.kind === kind);
  return html`<table>
    <caption>${context.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${strings.columnSection}</th>
        <th scope="col">${strings.columnReceipts}</th>
        <th scope="col">${strings.columnSpending}</th>
        <th scope="col">${strings.columnBalance}</th>
      </tr>
    </thead>
    <tbody>
      ${sections.map((section) => {
        const balance = amountOf(section, 'solde');
        return html`<tr>
          <th scope="row">${strings.sectionTitle(section)}</th>
          ${amountCell(amountOf(section, 'recettes')?.amount ?? 0, locale)}
          ${amountCell(amountOf(section, 'dépenses')?.amount ?? 0, locale)}
          <td>${balance === undefined ? '—' : `${balance.label} : ${fullAmount(balance.amount, locale)}`}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
