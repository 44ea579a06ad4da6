/**
 * The drawings of `type="balance"` and `type="comparison"`, loaded on demand: most pages show bars
 * or shares, and never download them. The server renderer imports this module up front
 * (src/ssr/index.ts), so that it writes these charts in full.
 */
import { renderBalance } from './render-balance.js';
import { renderComparison } from './render-comparison.js';
import { provideChartTypes } from './type-code.js';

provideChartTypes({ renderBalance, renderComparison });
