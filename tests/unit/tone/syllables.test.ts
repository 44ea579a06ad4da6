import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bandOf, countSyllables, kandelMoles, readabilityOf, splitSentences } from '../../../src/tone/index.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/tone/syllables.json', import.meta.url), 'utf8')) as { words: Record<string, number> };
const words = Object.entries(reference.words);

describe('countSyllables', () => {
  it('has a reference list of at least 100 words', () => {
    expect(words.length).toBeGreaterThanOrEqual(100);
  });

  it('agrees with the reference list on at least 97 % of the words', () => {
    const wrong = words.filter(([word, count]) => countSyllables(word) !== count);
    // Known limit: verbs in « -ent » (« parlent ») cannot be told from nouns without a dictionary.
    expect(wrong.length / words.length).toBeLessThanOrEqual(0.03);
  });

  it.each([
    ['table', 1], ['rue', 1], ['réalité', 4], ['naïf', 2], ['crayon', 2], ['pays', 2], ['guerre', 1], ['musique', 2], ['investissement', 5],
  ])('counts « %s » as %i', (word, count) => {
    expect(countSyllables(word)).toBe(count);
  });

  it('ignores case, apostrophes and hyphens', () => {
    expect(countSyllables('AUJOURD’HUI')).toBe(3);
    expect(countSyllables('peut-être')).toBe(2);
  });

  it('counts a number as one syllable per digit at least and never returns a negative value', () => {
    expect(countSyllables('2025')).toBeGreaterThanOrEqual(1);
    expect(countSyllables('—')).toBe(0);
  });
});

describe('Kandel & Moles', () => {
  it('applies L = 207 − 1.015 × words/sentences − 73.6 × syllables/words', () => {
    expect(kandelMoles(20, 2, 30)).toBeCloseTo(207 - 1.015 * 10 - 73.6 * 1.5, 10);
  });

  it('names the band in words', () => {
    expect(bandOf(95)).toBe('très facile');
    expect(bandOf(65)).toBe('standard');
    expect(bandOf(10)).toBe('très difficile');
  });

  it('scores a short plain text higher than an administrative one', () => {
    const plain = readabilityOf(splitSentences('La piscine ferme lundi. Elle rouvre en juin. Venez nager !'));
    const heavy = readabilityOf(splitSentences('Conformément aux dispositions réglementaires applicables, la collectivité procédera ultérieurement à la réhabilitation intégrale des équipements aquatiques intercommunaux.'));
    expect(plain.score).not.toBeNull();
    expect(heavy.score).not.toBeNull();
    expect(plain.score!).toBeGreaterThan(heavy.score!);
    expect(plain.sentences).toBe(3);
  });

  it('returns no score for a text without words', () => {
    expect(readabilityOf(splitSentences('  … !! ')).score).toBeNull();
  });
});
