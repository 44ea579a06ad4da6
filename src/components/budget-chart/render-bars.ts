/** `type="bars"`: horizontal bars sorted by amount, the label above each bar so long French labels wrap. */
import { html, nothing } from 'lit';
import { compactAmount, percentText } from '../../lib/budget/words.js';
import type { ChartItem } from '../../lib/budget/view.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProperties } from '../../styles/css-properties.js';
import { barSize, itemLang, itemText, type RenderContext } from './context.js';

/**
 * One option of the listbox: what sighted people see (`content`, partly aria-hidden) and, hidden,
 * the rest of the sentence a screen reader announces after the label.
 */
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

/**
 * A bar and its value, shared by every chart type (decoration: the option's hidden sentence says
 * the same in words). `markClass` picks the colour and pattern; `before` is e.g. the year.
 */
export function barRow(amount: number, max: number, markClass: string, value: unknown, before: unknown = nothing, rowClass = 'bar-row') {
  return html`<span class=${rowClass} aria-hidden="true"
    >${before}<span class="mark ${markClass}" style=${cssProperties({ '--_size': barSize(amount, max) })}></span
    ><span class="value">${value}</span></span
  >`;
}

/** The largest amount the bars are scaled to. */
export function maxAmount(amounts: readonly number[]): number {
  return Math.max(0, ...amounts);
}

export function renderBars(context: RenderContext) {
  const max = maxAmount(context.items.map((item) => item.amount));
  return context.items.map((item, index) =>
    renderOption(
      context,
      item,
      index,
      html`<span class="label" lang=${ifDefined(itemLang(context.locale, item))}>${item.label}</span>${item.members === undefined ? nothing : html` <span class="count" aria-hidden="true">(${item.members.length})</span>`}
        ${barRow(
          item.amount,
          max,
          `p${item.pattern}`,
          html`${compactAmount(item.amount, context.locale)}${context.showShare ? html` <span class="share">${percentText(item.share, context.locale, 1)}</span>` : nothing}`,
        )}`,
    ),
  );
}
