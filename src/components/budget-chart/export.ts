/**
 * « Télécharger les données (CSV) », loaded only when someone asks for the data: the lines the chart
 * shows, written in SCDL columns by `budgetToScdlCsv`, and the browser download itself.
 */
import { budgetToScdlCsv, type ExportLine } from '../../lib/budget/csv-export.js';
import { downloadTextFile } from '../../lib/download.js';
import type { Budget } from '../../lib/budget/model.js';
import type { BudgetView, ChartItem } from '../../lib/budget/view.js';
import type { BalanceItem } from './context.js';

/**
 * The CSV of exactly what the chart shows: the items of the open level, or, for a balance chart,
 * the receipts and spending of each section (the balance itself is their difference, not a line).
 */
export function chartCsv(budget: Budget, view: BudgetView | null, items: readonly (ChartItem | BalanceItem)[], balance: boolean): string {
  const lines: ExportLine[] = balance
    ? (items as readonly BalanceItem[])
        .filter((item) => item.kind !== 'solde')
        .map((item) => ({ label: item.label, amount: item.amount, section: item.section, flow: item.kind === 'recettes' ? 'recettes' : 'dépenses' }))
    : items.map((item) => ({
        label: item.label,
        amount: item.amount,
        ...(item.code === undefined ? {} : { code: item.code }),
        ...(item.previous === undefined ? {} : { previous: item.previous }),
        section: view?.section ?? budget.section,
        flow: view?.flow ?? budget.flow,
      }));
  return budgetToScdlCsv(budget, lines);
}

/** Saves the CSV of the chart as a file (browser only: called from a click). */
export function downloadCsv(name: string, csv: string): void {
  downloadTextFile(name, csv, 'text/csv;charset=utf-8');
}
