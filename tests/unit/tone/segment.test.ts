import { describe, expect, it } from 'vitest';
import { graphemes, splitSentences } from '../../../src/tone/index.js';

const texts = (value: string): string[] => splitSentences(value).map((s) => s.text);

describe('splitSentences', () => {
  it('does not cut after French abbreviations', () => {
    expect(texts('Bonjour M. Dupont. Le 3 févr. nous fermons. Voir le n° 12. Mme Durand viendra.')).toEqual([
      'Bonjour M. Dupont.', 'Le 3 févr. nous fermons.', 'Voir le n° 12.', 'Mme Durand viendra.',
    ]);
  });

  it('cuts at line breaks, so that headings and list items are sentences', () => {
    expect(texts('# Travaux\n- rue Foch\n- rue Gambetta')).toEqual(['# Travaux', '- rue Foch', '- rue Gambetta']);
  });

  it('keeps offsets pointing into the text', () => {
    const text = '  Première phrase.   Deuxième ?  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('counts words with elisions and hyphens as one', () => {
    const [sentence] = splitSentences('L’an dernier, aujourd’hui peut-être.');
    expect(sentence?.words.map((w) => w.text)).toEqual(['L’an', 'dernier', 'aujourd’hui', 'peut-être']);
  });

  it('counts graphemes, not code units', () => {
    expect(graphemes('e\u0301té 👨‍👩‍👧').length).toBe(5); // é t é, space, family
  });
});
