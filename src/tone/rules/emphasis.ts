/** Shouting: runs of capitals and repeated exclamation marks. */
import { accented } from '../dictionaries/accents.js';
import { LOCAL_ACRONYMS, WELL_KNOWN } from '../dictionaries/acronyms.js';
import type { Rule } from '../types.js';
import { isNameOrReference } from './acronyms.js';
import { scan } from './util.js';

/** « A LA FIBRE » → « À la fibre » : lower case that keeps the accents capitals dropped. */
function sentenceCase(text: string): string {
  let first = true;
  return text.replace(/\p{L}+/gu, (word, offset: number) => {
    const next = text.slice(offset + word.length).trimStart();
    const isPreposition = word === 'A' && /^(?:LA|L['’]|LE|LES|UN|UNE|PARTIR|COMPTER|NOTER|VOS|VOTRE|TOUS|TOUTES|PIED|\d)/u.test(next);
    let lower = isPreposition ? 'à' : (accented(word) ?? word.toLowerCase());
    if (first) lower = lower.charAt(0).toUpperCase() + lower.slice(1);
    first = false;
    return lower;
  });
}

const CAPS_WORD = /^[\p{Lu}\d'’-]*\p{Lu}[\p{Lu}\d'’-]*$/u;
const ROMAN = /^[IVXLCDM]+$/;
const LEGAL_FORM = /^(?:SARL|SAS|SASU|SA|EURL|SCI|SNC|GIE|SCOP|SEM|SPL)$/u;

export const capitals: Rule = {
  id: 'capitals',
  description: 'Suites de mots en capitales : moins lisibles, épelées par certains lecteurs d’écran.',
  defaultSeverity: 'warning',
  *check(context) {
    const acronyms = new Set([...WELL_KNOWN, ...Object.keys(LOCAL_ACRONYMS), ...context.config.knownAcronyms, ...Object.keys(context.config.acronyms)]);
    const words = context.words;
    let i = 0;
    while (i < words.length) {
      const first = words[i];
      if (first === undefined || !CAPS_WORD.test(first.text) || first.text.replace(/[^\p{L}]/gu, '').length < 2) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < words.length) {
        const current = words[j];
        const next = words[j + 1];
        if (current === undefined || next === undefined || !CAPS_WORD.test(next.text)) break;
        const gap = context.masked.slice(current.end, next.start);
        if (gap.includes('\n') || !/^[\s\p{P}]*$/u.test(gap)) break;
        j++;
      }
      const run = words.slice(i, j + 1).filter((w) => !/\d/u.test(w.text));
      const head = run[0] === undefined ? -1 : words.indexOf(run[0]);
      i = j + 1;
      // A company's registered name (« SARL DUBOIS & FILS »), a reference or a surname: not shouting.
      if (head === -1 || LEGAL_FORM.test(run[0]?.text ?? '') || isNameOrReference(context, words, head)) continue;
      const letters = run.reduce((n, w) => n + w.text.replace(/[^\p{L}]/gu, '').length, 0);
      const allAcronyms = run.every((w) => acronyms.has(w.text.toUpperCase()) || ROMAN.test(w.text) || w.text.length <= 3);
      const shouting = run.length >= 3 || (run.length === 2 && letters >= 9) || (run.length === 1 && letters >= 7);
      if (!shouting || allAcronyms) continue;
      const start = run[0]?.start ?? 0;
      const end = run[run.length - 1]?.end ?? start;
      const text = context.masked.slice(start, end);
      yield {
        start,
        end,
        message: 'Texte en capitales : plus difficile à lire et parfois épelé par les lecteurs d’écran. Écrivez en minuscules ; mettez en valeur avec un titre ou du gras.',
        suggestion: sentenceCase(text),
      };
    }
  },
};

const REPEATED = /[!?]*![!?]*!+[!?]*|\?+!+[!?]*|!+\?+[!?]*/gu;

export const exclamation: Rule = {
  id: 'exclamation',
  description: 'Points d’exclamation répétés (« !! », « ?! ») ou trop nombreux.',
  defaultSeverity: 'warning',
  *check(context) {
    const max = context.option('max', 2);
    for (const m of scan(REPEATED, context.masked)) {
      yield { start: m.index, end: m.index + m[0].length, message: `« ${m[0]} » : un seul point d’exclamation suffit, ou aucun.`, suggestion: '!' };
    }
    let count = 0;
    for (const sentence of context.sentences) {
      if (!/!\s*$/u.test(sentence.text) || /[!?]{2,}\s*$/u.test(sentence.text)) continue;
      count++;
      if (count > max) {
        yield {
          start: sentence.end - 1,
          end: sentence.end,
          severity: 'info',
          message: `Plus de ${max} phrases exclamatives : le ton officiel reste posé ; gardez le « ! » pour ce qui le mérite.`,
        };
      }
    }
  },
};
