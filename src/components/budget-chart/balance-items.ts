/**
 * The items of `type="balance"`: receipts, spending and what is left in each section. Kept on load,
 * apart from the drawing (render-balance.ts, on demand): the data table and the CSV export use them.
 */
import type { Budget } from '../../lib/budget/model.js';
import { budgetBalance } from '../../lib/budget/view.js';
import type { BudgetStrings } from '../../lib/strings/budget.js';
import type { BalanceItem } from './context.js';

export function balanceItems(budget: Budget, strings: BudgetStrings): BalanceItem[] {
  return budgetBalance(budget).flatMap((balance, sectionIndex) => {
    const base = sectionIndex * 3;
    const make = (kind: BalanceItem['kind'], label: string, amount: number, pattern: number): BalanceItem => ({
      id: `item-${base + (kind === 'recettes' ? 0 : kind === 'dépenses' ? 1 : 2)}`,
      label,
      amount,
      share: 0,
      change: null,
      pattern,
      section: balance.section,
      kind,
    });
    const difference = Math.abs(balance.difference);
    return [
      make('recettes', strings.balanceLabel('recettes', balance.section), balance.receipts, 1),
      make('dépenses', strings.balanceLabel('dépenses', balance.section), balance.spending, 2),
      make('solde', balance.difference >= 0 ? strings.selfFinancing : strings.deficit, difference, balance.difference >= 0 ? 3 : 4),
    ];
  });
}
