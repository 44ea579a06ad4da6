/**
 * French forms the writer types quickly and wrong: times (« 8h », « 09h00 » → « 8 h »,
 * « 9 h »), accents dropped on capitals (« l’Etat », « A partir de »), spaces around
 * punctuation. Imprimerie nationale, « Lexique des règles typographiques », entries
 * « Heure », « Accents sur les capitales », « Espacement ». Every fix keeps the meaning.
 */
import { accented } from '../dictionaries/accents.js';
import type { Rule } from '../types.js';
import { french } from './typography.js';
import { isProse, NBSP, scan, WB, WE } from './util.js';


const TIME = String.raw`([01]?\d|2[0-4])[ \u00A0\u202F]?[hH](?:[ \u00A0\u202F]?([0-5]\d))?`;
const HOURS = new RegExp(String.raw`(?<![\p{L}\p{N}/.,'’-])${TIME}(?:[ \u00A0\u202F]?[-–—][ \u00A0\u202F]?${TIME})?(?![\p{L}\p{N}/])`, 'gu');

/** « 9 h », « 18 h 30 » with non-breaking spaces. */
function time(hours: string, minutes: string | undefined): string {
  const h = String(Number(hours));
  return minutes === undefined || minutes === '00' ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${minutes}`;
}

export const hours: Rule = {
  id: 'typo-hours',
  description: 'Heures à la française : « 8 h », « 18 h 30 », « de 8 h à 12 h » (pas « 8h », « 09h00 », « 8h-12h »).',
  defaultSeverity: 'warning',
  ...french,
  *check(context) {
    const text = context.masked;
    for (const m of scan(HOURS, text)) {
      const [whole, h1 = '', m1, h2, m2] = m;
      let right = time(h1, m1);
      if (h2 !== undefined) {
        const before = text.slice(Math.max(0, m.index - 7), m.index);
        const joined = `${right} à ${time(h2, m2)}`;
        right = /(?:^|[^\p{L}])(?:de|entre)\s$/iu.test(before) ? joined.replace(' à ', /entre\s$/iu.test(before) ? ' et ' : ' à ') : `de ${joined}`;
      }
      const current = whole.replace(/[ \u202F]/gu, NBSP);
      if (current === right) continue;
      yield {
        start: m.index,
        end: m.index + whole.length,
        message: `« ${whole} » : écrivez « ${right.replace(/\u00A0/gu, ' ')} » (h minuscule entre espaces, sans zéro inutile).`,
        suggestion: right,
        fix: { start: m.index, end: m.index + whole.length, text: right },
      };
    }
  },
};

/** « A » at the start of a sentence, before a word: the preposition « À ». */
const CAPITAL_A = /(?<![\p{L}\p{N}])A(?=[ \u00A0]+(?:\p{Ll}|l['’]|[A-Z]\p{Ll}))/gu;
/** What may come before that « A »: nothing, a line or a list item, an end of sentence, « : », « ( », « « »… */
const SENTENCE_START = /(?:[\n.!?:(«"—–-]\s*|\n\s*[-*•]\s*)$/u;
const CAPITALISED = new RegExp(`${WB}(E|A)(\\p{Ll}+)${WE}`, 'gu');

export const accentedCapitals: Rule = {
  id: 'typo-accents',
  description: 'Accents sur les capitales : « À partir de », « l’État », « Église » (pas « A partir de », « l’Etat »).',
  defaultSeverity: 'warning',
  *check(context) {
    const text = context.masked;
    const report = (start: number, word: string, right: string) => ({
      start, end: start + word.length,
      message: `« ${word} » : les capitales prennent l’accent, écrivez « ${right} ».`,
      suggestion: right,
      fix: { start, end: start + word.length, text: right },
    });
    for (const m of scan(CAPITAL_A, text)) {
      const atStart = /^[\s*•-]*$/u.test(text.slice(0, m.index));
      if (atStart || SENTENCE_START.test(text.slice(Math.max(0, m.index - 6), m.index))) yield report(m.index, 'A', 'À');
    }
    for (const m of scan(CAPITALISED, text)) {
      const right = accented(m[0]);
      if (right === undefined || right.startsWith(m[0].charAt(0).toLowerCase())) continue;
      yield report(m.index, m[0], right.charAt(0).toUpperCase() + right.slice(1));
    }
  },
};

const SPACING: readonly [RegExp, string, (match: string) => string][] = [
  [/(?<=[\p{L}\p{N})»])[ \u00A0\u202F]+(?=[.,](?:\s|$))/gu, 'Pas d’espace avant le point ni la virgule.', () => ''],
  [/(?<=\()[ \u00A0\u202F]+(?![;:!?»])|(?<![;:!?«(])[ \u00A0\u202F]+(?=\))/gu, 'Pas d’espace à l’intérieur des parenthèses.', () => ''],
  [/(?<=\p{Ll}{2},)(?=\p{L})/gu, 'Une espace après la virgule.', () => ' '],
  [/(?<=\d)(?: ?)(?=%)/gu, 'Espace insécable avant « % » : « 41,7 % ».', () => NBSP],
];

export const spacing: Rule = {
  id: 'typo-spacing',
  description: 'Espaces autour de la ponctuation : rien avant « . » et « , », une espace après « , », rien dans les parenthèses, insécable avant « % ».',
  defaultSeverity: 'warning',
  ...french,
  *check(context) {
    for (const [pattern, message, replace] of SPACING) {
      for (const m of scan(pattern, context.masked)) {
        const start = m.index;
        const end = start + m[0].length;
        if (!isProse(context, Math.max(0, start - 1), end + 1)) continue;
        const text = replace(m[0]);
        yield { start: Math.max(0, start - 1), end: end + 1, message, fix: { start, end, text } };
      }
    }
  },
};
