/** Acronyms must be spelled out at first use, except the ones every reader knows. */
import { LOCAL_ACRONYMS, WELL_KNOWN } from '../dictionaries/acronyms.js';
import type { Rule, RuleContext } from '../types.js';

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,6}\p{Ll}?$/u;
const ROMAN = /^[IVXLCDM]+$/;

/** A sentence mostly in capitals is shouting, not a list of acronyms (see « capitals »). */
function mostlyCapitals(words: readonly { text: string }[]): boolean {
  const letters = words.filter((w) => /\p{L}{2,}/u.test(w.text));
  const caps = letters.filter((w) => w.text === w.text.toUpperCase());
  return letters.length >= 3 && caps.length / letters.length >= 0.6;
}

function isDefinedAt(context: RuleContext, start: number, end: number, expansion: string | undefined): boolean {
  const after = context.masked.slice(end, end + 3);
  const before = context.masked.slice(Math.max(0, start - 2), start);
  if (/^\s?\(/.test(after)) return true; // « MEL (Métropole européenne de Lille) »
  if (/\(\s?$/.test(before)) return true; // « Métropole européenne de Lille (MEL) »
  if (/^\s?[:–—]/.test(after)) return true; // « CCAS : centre communal d’action sociale »
  return expansion !== undefined && context.masked.slice(0, start).toLowerCase().includes(expansion.toLowerCase());
}

export const acronyms: Rule = {
  id: 'acronyms',
  description: 'Sigles non définis à leur première apparition (MEL, CCAS, PLU…).',
  defaultSeverity: 'warning',
  *check(context) {
    const known = new Set([...WELL_KNOWN, ...context.config.knownAcronyms]);
    const local: Record<string, string> = { ...LOCAL_ACRONYMS, ...context.config.acronyms };
    const seen = new Set<string>();
    for (const sentence of context.sentences) {
      if (mostlyCapitals(sentence.words)) continue;
      for (const word of sentence.words) {
        const text = word.text;
        if (!ACRONYM.test(text) || ROMAN.test(text.replace(/(?:e|er|re)$/u, ''))) continue;
        const upper = text.toUpperCase();
        if ((text.replace(/[^\p{Lu}]/gu, '').length < 2) || known.has(upper) || seen.has(upper)) continue;
        seen.add(upper);
        const expansion = local[upper];
        if (isDefinedAt(context, word.start, word.end, expansion)) continue;
        yield {
          start: word.start,
          end: word.end,
          message: expansion === undefined
            ? `« ${text} » : sigle non défini. À la première mention, écrivez le nom en entier suivi du sigle entre parenthèses.`
            : `« ${text} » : sigle non défini. À la première mention, écrivez « ${expansion} (${text}) ».`,
          ...(expansion === undefined ? {} : { suggestion: `${expansion} (${text})` }),
        };
      }
    }
  },
};
