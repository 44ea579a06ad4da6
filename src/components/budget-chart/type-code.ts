/**
 * Where the on-demand drawings (./chart-types.ts) land once loaded: one place for the whole page,
 * so that a second chart of the same type draws at once, and so that the server renderer, which
 * imports them up front, finds them without waiting.
 */
import type { renderBalance } from './render-balance.js';
import type { renderComparison } from './render-comparison.js';

export interface ChartTypeCode {
  readonly renderBalance: typeof renderBalance;
  readonly renderComparison: typeof renderComparison;
}

let loaded: ChartTypeCode | undefined;

/** The drawings of balance and comparison charts, once their module has been evaluated. */
export const chartTypeCode = (): ChartTypeCode | undefined => loaded;

/** Called by ./chart-types.ts when it is evaluated. */
export function provideChartTypes(code: ChartTypeCode): void {
  loaded = code;
}
