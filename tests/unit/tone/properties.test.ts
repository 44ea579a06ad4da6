import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, applyFixes, CHANNEL_IDS, checkText, graphemeCount, graphemes } from '../../../src/tone/index.js';

const frenchish = fc.array(
  fc.constantFrom('Le', 'la', 'MEL', 'afin de', ' ', '  ', '\n', '# ', '!', '?', ':', '«', '»', '12500', '€', '2ème', '...', '#fete', '🎉', 'é', '’', 'https://loos.fr/a?b', '`', '```', '---', '![](', ')', '·e·s', '.e.s', 'ne', 'pas'),
  { maxLength: 60 },
).map((parts) => parts.join(''));

const inputs = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), frenchish);

describe('properties', () => {
  it('counts graphemes like Intl.Segmenter, even when only the words around emoji and accents are segmented', () => {
    const pieces = fc.constantFrom('a', 'é', 'e\u0301', ' ', '\n', '\r\n', '\r', '\t', '👨‍👩‍👧', '🇫🇷', '👍🏽', '❤️', 'ﬁ', '\u200D', '\u0301', '한', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces, { maxLength: 80 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 120 })), (text) => {
        expect(graphemeCount(text)).toBe(graphemes(text).length);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and keeps every offset inside the text, on every channel', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom(...CHANNEL_IDS), (text, channel) => {
        const result = analyse(text, { channel });
        expect(result.problems.filter((p) => p.includes('a échoué'))).toEqual([]);
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('typography fixes never change a word and are idempotent', () => {
    // Words not glued to a number: an ordinal suffix (« 2ème » → « 2e ») is the one change a fix may make to letters.
    const words = (text: string) => text.match(/(?<![\p{L}\p{N}])\p{L}+/gu) ?? [];
    fc.assert(
      fc.property(frenchish, (text) => {
        const once = applyFixes(text, checkText(text)).text;
        expect(words(once)).toEqual(words(text));
        const twice = applyFixes(once, checkText(once)).text;
        expect(applyFixes(twice, checkText(twice)).text).toBe(twice);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts anything as input without throwing', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) expect(() => checkText(value)).not.toThrow();
  });
});
