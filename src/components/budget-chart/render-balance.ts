/**
 * `type="balance"`: receipts and spending of each section side by side, and what is left: in the
 * operating section, the self-financing (autofinancement) that pays for investment without borrowing.
 */
import { html } from 'lit';
import type { Budget } from '../../lib/budget/model.js';
import { budgetBalance } from '../../lib/budget/view.js';
import { compactAmount } from '../../lib/budget/words.js';
import type { BudgetStrings } from '../../lib/strings/budget.js';
import type { BalanceItem, RenderContext } from './context.js';
import { barRow, maxAmount, renderOption } from './render-bars.js';

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

export function renderBalance(context: RenderContext, items: readonly BalanceItem[]) {
  const max = maxAmount(items.map((item) => item.amount));
  const sections = [...new Set(items.map((item) => item.section))];
  return sections.map((section) => {
    const own = items.filter((item) => item.section === section);
    const name = context.strings.sectionTitle(section);
    return html`<div role="group" class="balance-group" aria-label=${name}>
      <p class="group-name" aria-hidden="true">${name}</p>
      ${own.map((item) =>
        renderOption(
          context,
          item,
          items.indexOf(item),
          html`<span class="label">${item.label}</span> ${barRow(item.amount, max, `p${item.pattern}`, compactAmount(item.amount, context.locale))}`,
        ),
      )}
    </div>`;
  });
}
