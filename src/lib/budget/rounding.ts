/**
 * Largest-remainder rounding (Hamilton's method): « Pour 100 € dépensés » must add up to exactly
 * 100 €, which rounding each share on its own does not guarantee (three shares of 33,3 give 99).
 */

/**
 * Splits `total` (default 100) in proportion to `values`, in whole units (or `1/10^decimals`), so
 * that the parts add up to exactly `total`. Negative, non-finite or missing values count as zero.
 * When every value is zero there is nothing to share: every part is zero.
 * Ties on the remainder go to the larger value, then to the earlier one, so the result is stable.
 */
export function largestRemainder(values: readonly number[], total = 100, decimals = 0): number[] {
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  const weights = values.map((value) => (Number.isFinite(value) && value > 0 ? value : 0));
  const sum = weights.reduce((accumulator, value) => accumulator + value, 0);
  if (sum === 0 || units <= 0) return weights.map(() => 0);
  const exact = weights.map((value) => (value / sum) * units);
  const parts = exact.map((value) => Math.floor(value));
  let left = units - parts.reduce((accumulator, value) => accumulator + value, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value), weight: weights[index] ?? 0 }))
    .sort((a, b) => {
      // Remainders equal up to floating-point noise (1/6 vs 4/6 of 100) are a tie.
      const byRemainder = Math.abs(b.remainder - a.remainder) < 1e-9 ? 0 : b.remainder - a.remainder;
      return byRemainder || b.weight - a.weight || a.index - b.index;
    });
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left--;
  }
  return parts.map((value) => value / scale);
}
