/**
 * Pictograms of the event card. Always `aria-hidden` next to a visible text label: the
 * picture helps recognition, the words carry the meaning.
 *
 * Line drawings on a 24 × 24 grid, stroked with `currentColor` by the `.icon` rule of the card
 * styles: a few straight lines and arcs each, because every byte here ships with every card.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { AccessibilityFeature } from '../../lib/events/model.js';

const path = (d: string): SVGTemplateResult => svg`<path d=${d} />`;

export const calendarIcon = path('M3 5h18v16H3zm0 5h18M8 3v4m8-4v4');
export const placeIcon = path('M12 21s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12zm0-10a2 2 0 1 0 0-4 2 2 0 0 0 0 4');
export const priceIcon = path('M3 6h18v4a2 2 0 0 0 0 4v4H3v-4a2 2 0 0 0 0-4zm12 0v12');
export const onlineIcon = path('M3 4h18v12H3zm5 17h8m-4-5v5');
export const downloadIcon = path('M12 3v12m-5-5 5 5 5-5M4 20h16');

export const accessibilityIcons: Readonly<Record<AccessibilityFeature, SVGTemplateResult>> = {
  // Head, then seat and wheel.
  wheelchair: path('M13 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0M11 8v5h5l2 5M8 11a5 5 0 1 0 7 6'),
  // An open hand.
  'sign-language': path('M7 14V5m3 7V3m3 9V4m3 9V7M7 14l-3-2m3 2c0 4 2 7 5 7s5-3 5-8v-1'),
  // An ear, crossed out by the loop's usual diagonal.
  'hearing-loop': path('M7 9a5 5 0 0 1 10 0c0 4-4 5-4 9a3 3 0 0 1-6 0m3-9a2 2 0 0 1 4 0M3 3l18 18'),
  // « AD » in a frame.
  'audio-description': path('M2 5h20v14H2zm3 11 3-8 3 8m-4-3h2m4-5v8h1a4 4 0 0 0 0-8z'),
  // An open book.
  'easy-read': path('M12 6C10 4 7 4 3 4v14c4 0 7 0 9 2 2-2 5-2 9-2V4c-4 0-7 0-9 2zm0 0v14'),
};
