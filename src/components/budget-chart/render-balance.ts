/**
 * `type="balance"`: receipts and spending of each section side by side, and what is left: in the
 * operating section, the self-financing (autofinancement) that pays for investment without borrowing.
 */
import { html } from 'lit';
import { compactAmount } from '../../lib/budget/words.js';
import type { BalanceItem, RenderContext } from './context.js';
import { barRow, maxAmount, renderOption } from './render-bars.js';

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
