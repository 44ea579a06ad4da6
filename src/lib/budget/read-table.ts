/**
 * Reads a budget `<table>` the page wrote (browser only): its texts, then `budgetFromTable`.
 * Loaded on demand by `<loos-budget-chart>`, only on pages that give their budget as a table.
 */
import { plainText } from '../data-sources.js';
import { budgetFromTable, type BudgetTableResult, type TableCells, type TableDefaults } from './html-table.js';

/**
 * The texts of a `<table>`, for `budgetFromTable` (lib/budget/html-table.ts): caption, header row
 * (`<thead>`, or a first row made only of `<th>`), body rows, foot rows marked.
 */
export function tableCells(table: Element): TableCells {
  const rows = [...table.querySelectorAll(':scope > tr, :scope > * > tr')];
  const cellsOf = (row: Element): string[] => [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th').map((cell) => plainText(cell));
  const isHead = (row: Element, index: number): boolean =>
    row.parentElement?.localName === 'thead' || (index === 0 && [...row.children].every((cell) => cell.localName === 'th') && !table.querySelector(':scope > thead'));
  const lastHead = rows.filter(isHead).at(-1);
  const attributes: Record<string, string> = {};
  for (const name of ['year', 'stage', 'section', 'flow']) {
    const value = table.getAttribute(`data-${name}`);
    if (value !== null) attributes[name] = value.trim();
  }
  const caption = table.querySelector(':scope > caption');
  return {
    ...(caption === null ? {} : { caption: plainText(caption) }),
    head: lastHead === undefined ? [] : cellsOf(lastHead),
    rows: rows.filter((row, index) => !isHead(row, index)).map((row) => (row.parentElement?.localName === 'tfoot' ? { cells: cellsOf(row), foot: true } : { cells: cellsOf(row) })),
    attributes,
  };
}

/** The budget of a `<table>` element, with what the table got wrong. */
export function readBudgetTable(table: Element, defaults: TableDefaults): BudgetTableResult {
  return budgetFromTable(tableCells(table), defaults);
}
