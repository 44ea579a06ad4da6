/**
 * « Télécharger les données (CSV) », loaded only when someone asks for the data: the lines the chart
 * shows, written in SCDL columns by `budgetToScdlCsv`, and the browser download itself.
 */
import { budgetToScdlCsv, type ExportLine } from '../../lib/budget/csv-export.js';
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

/** Saves `text` as a file through a temporary link (browser only: called from a click). */
export function downloadFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoke later: the browser reads the object URL after this handler returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 30_000);
}
