import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, changePercent, compactAmount, numberInWords, percentText } from '../../../src/lib/budget/words.js';

describe('amountInWords (French)', () => {
  it.each([
    [11_700_000, "11,7 millions d'euros"],
    [1_000_000, "1 million d'euros"],
    [1_500_000, "1,5 million d'euros"],
    [2_000_000, "2 millions d'euros"],
    [28_400_000, "28,4 millions d'euros"],
    [1_200_000_000, "1,2 milliard d'euros"],
    [3_000_000_000, "3 milliards d'euros"],
    [999_960_000, "1 milliard d'euros"],
    [999_999.6, "1 million d'euros"],
    [412, '412 euros'],
    [1, '1 euro'],
    [0, '0 euro'],
    [1500, '1\u202f500 euros'],
    [412_500, '412 mille 500 euros'],
    [950_000, '950 mille euros'],
    [-2_100_000, "moins 2,1 millions d'euros"],
  ])('%d → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('separates digits only with the French thousands separator, in groups of three (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (amount) => {
        const words = amountInWords(amount);
        // An ordinary or no-break space between digits reads as two numbers; the narrow no-break
        // space of the French number format, before exactly three digits, is a thousands separator.
        expect(words).not.toMatch(/\d[ \t\n\u00a0]\d/);
        expect(words).not.toMatch(/\d\u202f(?!\d{3}(?!\d))/);
      }),
    );
  });

  it('returns an empty string for non-finite amounts rather than « NaN euros »', () => {
    expect(amountInWords(Number.NaN)).toBe('');
    expect(amountInWords(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('numberInWords with other units', () => {
  it("elides « de » before a vowel or h and keeps it otherwise", () => {
    expect(numberInWords(1_200_000, { plural: 'habitants' })).toBe("1,2 million d'habitants");
    expect(numberInWords(3_000_000, { plural: 'repas' })).toBe('3 millions de repas');
    expect(numberInWords(22_500, { plural: 'habitants' })).toBe('22 mille 500 habitants');
  });
});

describe('English forms', () => {
  it('uses million and billion with a decimal point', () => {
    expect(amountInWords(11_700_000, 'en')).toBe('11.7 million euros');
    expect(amountInWords(1_200_000_000, 'en')).toBe('1.2 billion euros');
    expect(amountInWords(1, 'en')).toBe('1 euro');
  });
});

describe('compactAmount and percentages', () => {
  it('writes « 28,4 M€ » and « 1,2 Md€ » and plain euros below a million', () => {
    expect(compactAmount(28_400_000)).toBe('28,4 M€');
    expect(compactAmount(1_200_000_000)).toBe('1,2 Md€');
    expect(compactAmount(412_500).replace(/[\u00a0\u202f]/g, ' ')).toBe('412 500 €');
  });

  it('writes percentages with the French no-break space', () => {
    expect(percentText(24).replace(/[\u00a0\u202f]/g, ' ')).toBe('24 %');
  });

  it('computes the change only when there is a previous amount', () => {
    expect(changePercent(110, 100)).toBeCloseTo(10);
    expect(changePercent(90, 100)).toBeCloseTo(-10);
    expect(changePercent(100, 0)).toBeNull();
    expect(changePercent(100, undefined)).toBeNull();
  });
});
