/**
 * Kandel & Moles (1958) readability for French, the adaptation of Flesch's Reading Ease:
 *   L = 207 − 1.015 × (words / sentences) − 73.6 × (syllables / words)
 * Higher is easier. The bands follow Flesch's, as Kandel & Moles kept his scale.
 */
import type { Sentence } from './segment.js';
import { countSyllables } from './syllables.js';

export type ReadabilityBand =
  | 'très facile' | 'facile' | 'assez facile' | 'standard' | 'assez difficile' | 'difficile' | 'très difficile';

export interface Readability {
  /** Score, rounded to one decimal; `null` when the text has no words. */
  readonly score: number | null;
  readonly band: ReadabilityBand | null;
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

export function kandelMoles(words: number, sentences: number, syllables: number): number {
  return 207 - 1.015 * (words / sentences) - 73.6 * (syllables / words);
}

export function bandOf(score: number): ReadabilityBand {
  if (score >= 90) return 'très facile';
  if (score >= 80) return 'facile';
  if (score >= 70) return 'assez facile';
  if (score >= 60) return 'standard';
  if (score >= 50) return 'assez difficile';
  if (score >= 30) return 'difficile';
  return 'très difficile';
}

/** The engine and the « readability » rule ask for the same sentences: count syllables once. */
const computed = new WeakMap<readonly Sentence[], Readability>();

export function readabilityOf(sentences: readonly Sentence[]): Readability {
  let result = computed.get(sentences);
  if (result === undefined) {
    result = measure(sentences);
    computed.set(sentences, result);
  }
  return result;
}

function measure(sentences: readonly Sentence[]): Readability {
  let words = 0;
  let syllables = 0;
  let counted = 0;
  for (const sentence of sentences) {
    if (sentence.words.length === 0) continue;
    counted++;
    words += sentence.words.length;
    for (const word of sentence.words) syllables += countSyllables(word.text);
  }
  if (words === 0) return { score: null, band: null, sentences: counted, words, syllables };
  const score = Math.round(kandelMoles(words, counted, syllables) * 10) / 10;
  return { score, band: bandOf(score), sentences: counted, words, syllables };
}
