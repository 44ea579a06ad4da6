/**
 * `type="comparison"`: this year against last year, two bars per item with their year written next
 * to them (the years are told apart by words and pattern, not by colour), and the change in % and words.
 */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { changeInWords } from '../../lib/budget/summary.js';
import { compactAmount } from '../../lib/budget/words.js';
import { barSize, type RenderContext } from './context.js';
import { renderOption } from './render-bars.js';

export function renderComparison(context: RenderContext) {
  const max = Math.max(0, ...context.items.flatMap((item) => [item.amount, item.previous ?? 0]));
  return context.items.map((item, index) => {
    const direction = item.change === null ? '' : item.change >= 0.5 ? 'up' : item.change <= -0.5 ? 'down' : 'flat';
    return renderOption(
      context,
      item,
      index,
      html`<span class="label">${item.label}</span>
        <span class="bar-row" aria-hidden="true">
          <span class="year">${context.year}</span>
          <span class="mark p${item.pattern}" style=${styleMap({ '--_size': barSize(item.amount, max) })}></span>
          <span class="value">${compactAmount(item.amount, context.locale)}</span>
        </span>
        ${item.previous === undefined
          ? nothing
          : html`<span class="bar-row previous" aria-hidden="true">
              <span class="year">${context.year - 1}</span>
              <span class="mark previous-mark" style=${styleMap({ '--_size': barSize(item.previous, max) })}></span>
              <span class="value">${compactAmount(item.previous, context.locale)}</span>
            </span>`}
        <span class="change ${direction}" aria-hidden="true">${item.change === null
          ? context.strings.newLine
          : html`<span class="arrow">${direction === 'up' ? '▲' : direction === 'down' ? '▼' : '='}</span> ${changeInWords(item.change, context.locale)}`}</span>`,
    );
  });
}
