import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder } from '../../../src/lib/budget/rounding.js';

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('largestRemainder', () => {
  it('gives three equal thirds 34 + 33 + 33, not 33 + 33 + 33 = 99', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('keeps exact shares unchanged', () => {
    expect(largestRemainder([50, 30, 20])).toEqual([50, 30, 20]);
  });

  it('gives the leftover unit to the largest remainder, not to the largest value', () => {
    // Exact: 66.6…, 16.6…, 16.6… → floors 66, 16, 16 (98); the two units go to the largest remainders (ties → larger value, earlier).
    expect(largestRemainder([4, 1, 1])).toEqual([67, 17, 16]);
  });

  it('shares another total with decimals', () => {
    expect(largestRemainder([1, 2], 10, 1)).toEqual([3.3, 6.7]);
  });

  it('counts negative and non-finite values as zero and returns zeros when nothing is to be shared', () => {
    expect(largestRemainder([Number.NaN, -5, 10])).toEqual([0, 0, 100]);
    expect(largestRemainder([0, 0])).toEqual([0, 0]);
  });

  it('always sums to exactly 100 with whole parts within one unit of the exact share (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 60 }), (values) => {
        const parts = largestRemainder(values);
        expect(sum(parts)).toBe(100);
        const total = sum(values);
        parts.forEach((part, index) => {
          expect(Number.isInteger(part)).toBe(true);
          expect(Math.abs(part - ((values[index] ?? 0) / total) * 100)).toBeLessThan(1);
        });
      }),
      { numRuns: 500 },
    );
  });
});
