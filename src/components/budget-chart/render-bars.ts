/** `type="bars"`: horizontal bars sorted by amount, the label above each bar so long French labels wrap. */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { compactAmount, percentText } from '../../lib/budget/words.js';
import type { ChartItem } from '../../lib/budget/view.js';
import { barSize, itemText, type RenderContext } from './context.js';

export function renderOption(context: RenderContext, item: ChartItem, index: number, content: unknown) {
  const active = index === context.active;
  return html`<div
    role="option"
    id=${item.id}
    class=${active ? 'item active' : 'item'}
    aria-selected=${active ? 'true' : 'false'}
    data-index=${index}
    data-amount=${item.amount}
  >
    ${content}<span class="visually-hidden">${itemText(context, item).slice(item.label.length)}</span>
  </div>`;
}

export function renderBars(context: RenderContext) {
  const max = Math.max(0, ...context.items.map((item) => item.amount));
  return context.items.map((item, index) =>
    renderOption(
      context,
      item,
      index,
      html`<span class="label">${item.label}</span>${item.members === undefined ? nothing : html` <span class="count" aria-hidden="true">(${item.members.length})</span>`}
        <span class="bar-row" aria-hidden="true">
          <span class="mark p${item.pattern}" style=${styleMap({ '--_size': barSize(item.amount, max) })}></span>
          <span class="value">${compactAmount(item.amount, context.locale)}${context.showShare ? html` <span class="share">${percentText(item.share, context.locale, 1)}</span>` : nothing}</span>
        </span>`,
    ),
  );
}
