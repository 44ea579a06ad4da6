/**
 * `type="share"`: « Pour 100 € dépensés », a 10×10 grid where each square is one euro, coloured and
 * patterned by category. The squares come from largest-remainder rounding, so there are exactly 100.
 * The grid is decoration for sighted readers; the legend items carry the figures for everyone.
 */
import { html } from 'lit';
import type { ChartItem } from '../../lib/budget/view.js';
import { renderOption } from './render-bars.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { itemLang, type RenderContext } from './context.js';

export function shareCells(items: readonly ChartItem[]): { pattern: number; index: number }[] {
  return items.flatMap((item, index) => Array.from({ length: Math.round(item.share) }, () => ({ pattern: item.pattern, index })));
}

export function renderShareGrid(context: RenderContext, heading: string) {
  return html`<div class="share-figure" aria-hidden="true">
    <p class="share-heading">${heading}</p>
    <div class="grid">
      ${shareCells(context.items).map(
        (cell) => html`<span class=${`cell mark p${cell.pattern}${cell.index === context.active ? ' highlighted' : ''}`}></span>`,
      )}
    </div>
  </div>`;
}

export function renderShareLegend(context: RenderContext) {
  return context.items.map((item, index) =>
    renderOption(
      context,
      item,
      index,
      html`<span class="swatch mark p${item.pattern}"></span>
        <strong class="euros" aria-hidden="true">${Math.round(item.share)} €</strong> <span class="label" lang=${ifDefined(itemLang(context.locale, item))}>${item.label}</span>`,
    ),
  );
}
