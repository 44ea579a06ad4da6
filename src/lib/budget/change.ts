/** A change from last year in words, shared by the chart and the key figure. */
import { figureStrings, type FigureStrings } from '../strings/budget-figure.js';
import { percentText } from './words.js';

export type ChangeDirection = 'up' | 'down' | 'flat';

/** Under half a percent, a change is said « stable » and drawn flat: the same threshold everywhere. */
const STABLE_UNDER = 0.5;

/** The arrow drawn next to a change (decoration: the words say the same). */
export const CHANGE_ARROWS: Readonly<Record<ChangeDirection, string>> = { up: '▲', down: '▼', flat: '=' };

export function changeDirection(change: number): ChangeDirection {
  return Math.abs(change) < STABLE_UNDER ? 'flat' : change > 0 ? 'up' : 'down';
}

/**
 * « en hausse de 12 % », « en baisse de 3,5 % », « stable » (under half a percent), in the
 * language of `strings` (French by default).
 */
export function changeInWords(change: number, strings: Pick<FigureStrings, 'locale' | 'up' | 'down' | 'stable'> = figureStrings.fr): string {
  const direction = changeDirection(change);
  if (direction === 'flat') return strings.stable;
  const percent = percentText(Math.abs(change), strings.locale, Math.abs(change) < 10 ? 1 : 0);
  return strings[direction](percent);
}
