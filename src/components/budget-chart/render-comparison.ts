/**
 * `type="comparison"`: this year against last year, two bars per item with their year written next
 * to them (the years are told apart by words and pattern, not by colour), and the change in % and words.
 */
import { html, nothing } from 'lit';
import { CHANGE_ARROWS, changeDirection } from '../../lib/budget/change.js';
import { compactAmount } from '../../lib/budget/words.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { changeText, itemLang, type RenderContext } from './context.js';
import { barRow, maxAmount, renderOption } from './render-bars.js';

export function renderComparison(context: RenderContext) {
  const { locale, year, previousYear } = context;
  const max = maxAmount(context.items.flatMap((item) => [item.amount, item.previous ?? 0]));
  const yearLabel = (value: number, current = false) => html`<span class="year">${context.strings.yearLabel(value, current)}</span>`;
  return context.items.map((item, index) => {
    const direction = item.change === null ? null : changeDirection(item.change);
    return renderOption(
      context,
      item,
      index,
      html`<span class="label" lang=${ifDefined(itemLang(locale, item))}>${item.label}</span>
        ${barRow(item.amount, max, `p${item.pattern}`, compactAmount(item.amount, locale), yearLabel(year, true))}
        ${item.previous === undefined ? nothing : barRow(item.previous, max, 'previous-mark', compactAmount(item.previous, locale), yearLabel(previousYear), 'bar-row previous')}
        <span class="change ${direction ?? ''}" aria-hidden="true">${direction === null
          ? changeText(context.strings, item)
          : html`<span class="arrow">${CHANGE_ARROWS[direction]}</span> ${changeText(context.strings, item)}`}</span>`,
    );
  });
}
