/** A change from last year in words, shared by the chart and the key figure. */
import { figureStrings, type FigureStrings } from '../strings/budget-figure.js';
import { percentText } from './words.js';

/**
 * « en hausse de 12 % », « en baisse de 3,5 % », « stable » (under half a percent), in the
 * language of `strings` (French by default).
 */
export function changeInWords(change: number, strings: Pick<FigureStrings, 'locale' | 'up' | 'down' | 'stable'> = figureStrings.fr): string {
  if (Math.abs(change) < 0.5) return strings.stable;
  const percent = percentText(Math.abs(change), strings.locale, Math.abs(change) < 10 ? 1 : 0);
  return change > 0 ? strings.up(percent) : strings.down(percent);
}
