/**
 * The annotated corpus (tests/fixtures/tone/corpus): 60 municipal texts of every channel,
 * each with the findings an editor expects. At least 97 % of the findings must be right and
 * at least 90 % of the expected findings found; `npm run bench` prints the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS, checkText } from '../../../src/tone/index.js';
import { parseAnnotated, scoreCorpus, scoreText } from './corpus.js';

const DIR = new URL('../../fixtures/tone/corpus/', import.meta.url);
const docs = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort().map((f) => parseAnnotated(f, readFileSync(new URL(f, DIR), 'utf8')));

describe('annotated corpus', () => {
  it('holds at least 60 texts on every channel, some of which must stay clean', () => {
    expect(docs.length).toBeGreaterThanOrEqual(60);
    expect(new Set(docs.map((d) => d.channel))).toEqual(new Set(CHANNEL_IDS));
    expect(docs.filter((d) => d.expected.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('is right at least 97 % of the time and finds at least 90 % of the problems', () => {
    const score = scoreCorpus(docs, (text, channel) => checkText(text, { channel }));
    const wrong = score.perText.flatMap((t) => t.falseAlarms.map((f) => `${t.name} ${f.rule} « ${f.text} »`));
    expect(score.precision, wrong.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(score.recall, score.perText.flatMap((t) => t.misses.map((m) => `${t.name} ${m.rule} « ${m.text} »`)).join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('corpus annotations', () => {
  it('reads nested marks and the channel line', () => {
    const doc = parseAnnotated('x', 'canal: sms\n\n⟦sentence-length|Un ⟦jargon|nonobstant⟧ long.⟧\n');
    expect(doc).toEqual({
      name: 'x', channel: 'sms', text: 'Un nonobstant long.\n',
      expected: [{ rule: 'jargon', start: 3, end: 13 }, { rule: 'sentence-length', start: 0, end: 19 }],
    });
  });

  it('pairs each finding with one mark of the same rule that it overlaps', () => {
    const doc = parseAnnotated('x', 'A ⟦jargon|nonobstant⟧ B ⟦jargon|afin de⟧');
    const score = scoreText(doc, [
      { rule: 'jargon', start: 2, end: 12 },
      { rule: 'latin', start: 2, end: 12 },
      { rule: 'jargon', start: 4, end: 8 },
    ]);
    expect(score.right).toBe(1);
    expect(score.falseAlarms.map((f) => f.rule)).toEqual(['latin', 'jargon']);
    expect(score.misses).toEqual([{ rule: 'jargon', text: 'afin de' }]);
  });
});
