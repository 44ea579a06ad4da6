/** Sentence-level rules: length, commas, conjunctions, and the Kandel & Moles score. */
import { readabilityOf } from '../readability.js';
import type { Word } from '../segment.js';
import type { Report, Rule } from '../types.js';

/**
 * Words as a reader counts them: a phone number (« 03 20 12 34 56 »), an amount
 * (« 303 803,37 € »), a date (« 12/03/2025 »), a time (« 18 h 30 ») or a reference
 * (« 2024/MB/12 ») is one word, not five.
 */
export function countWords(words: readonly Word[], text: string): number {
  let count = 0;
  let previous: Word | undefined;
  for (const word of words) {
    const gap = previous === undefined ? '' : text.slice(previous.end, word.start);
    if (previous === undefined || !continuesNumber(previous.text, word.text, gap)) count++;
    previous = word;
  }
  return count;
}

const MONTH = /^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/iu;

/** True when `word` goes on the number, date or time that `previous` belongs to. */
function continuesNumber(previous: string, word: string, gap: string): boolean {
  const space = /^[\s\u00A0\u202F]{1,2}$/u.test(gap);
  if (/^\d/u.test(word)) {
    if (/^(?:n|n°|no|h)$/iu.test(previous) || (MONTH.test(previous) && space)) return true; // « n° 12 », « 8 h 30 », « mars 2025 »
    return /\d$/u.test(previous) && (space || /^[.,/:-]$/u.test(gap)); // « 03 20 12 », « 303 803,37 », « 12/03/2025 »
  }
  return /^\d+(?:er)?$/u.test(previous) && space && (word === 'h' || MONTH.test(word)); // « 18 h », « 3 mars »
}

export const sentenceLength: Rule = {
  id: 'sentence-length',
  description: 'Phrases trop longues (avertissement au-delà de 20 mots, erreur au-delà de 30 ; 12 et 20 en FALC).',
  defaultSeverity: 'warning',
  *check(context) {
    const warn = context.option('warn', 20);
    const error = context.option('error', 30);
    for (const sentence of context.sentences) {
      const count = countWords(sentence.words, context.masked);
      if (count <= warn) continue;
      const tooLong = count > error;
      yield {
        start: sentence.start,
        end: sentence.end,
        severity: tooLong ? 'error' : 'warning',
        message: `Phrase de ${count} mots (plus de ${tooLong ? error : warn}) : coupez-la en phrases plus courtes, une idée par phrase.`,
      };
    }
  },
};

export const commas: Rule = {
  id: 'commas',
  description: 'Trop de virgules dans une phrase : signe d’une énumération ou d’incises à découper.',
  defaultSeverity: 'warning',
  *check(context) {
    const max = context.option('max', 4);
    for (const sentence of context.sentences) {
      // A decimal comma (« 303 803,37 € ») does not separate clauses.
      const count = (sentence.text.match(/(?<!\d),|,(?!\d)/gu) ?? []).length;
      if (count > max) {
        yield {
          start: sentence.start,
          end: sentence.end,
          message: `${count} virgules dans cette phrase (${max} au plus) : faites une liste à puces ou plusieurs phrases.`,
        };
      }
    }
  },
};

const CONJUNCTIONS = new Set(['et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'puis']);

export const conjunctions: Rule = {
  id: 'conjunctions',
  description: 'Trop de conjonctions (« et », « ou », « mais »…) dans une phrase.',
  defaultSeverity: 'warning',
  *check(context) {
    const max = context.option('max', 3);
    for (const sentence of context.sentences) {
      const count = sentence.words.filter((w) => CONJUNCTIONS.has(w.text.toLowerCase())).length;
      if (count > max) {
        yield {
          start: sentence.start,
          end: sentence.end,
          message: `${count} conjonctions de coordination dans cette phrase (${max} au plus) : découpez-la.`,
        };
      }
    }
  },
};

export const readability: Rule = {
  id: 'readability',
  description: 'Lisibilité de Kandel et Moles (1958) trop basse pour le public visé.',
  defaultSeverity: 'warning',
  *check(context) {
    const min = context.option('min', 40);
    const minWords = context.option('minWords', 30);
    const result = readabilityOf(context.sentences);
    const first = context.sentences[0];
    if (result.score === null || result.band === null || first === undefined || result.words < minWords) return;
    if (result.score >= min) return;
    const report: Report = {
      start: first.start,
      end: first.end,
      message: `Lisibilité ${result.band} (score de Kandel et Moles : ${result.score.toLocaleString('fr-FR')}, objectif ${min} ou plus) : phrases plus courtes, mots plus simples.`,
    };
    yield report;
  },
};
