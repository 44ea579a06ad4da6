/**
 * Acronyms must be spelled out at first use, except the ones every reader knows. An acronym
 * is unexplained when it is unknown (not in the dictionaries or the configuration), not
 * expanded in the text, and not part of a reference (« 2024/MB/ARR »), a name (« Jean
 * DUPONT », « la société VEOLIA ») or a line in capitals (« AVIS DE COUPURE »).
 */
import { CAPS_WORDS, LOCAL_ACRONYMS, WELL_KNOWN } from '../dictionaries/acronyms.js';
import type { Rule, RuleContext } from '../types.js';
import type { Word } from '../segment.js';

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,6}\p{Ll}?$/u;
/** Roman numerals as texts use them (« XXIe siècle », « Louis XIV »): up to 99, not « DVI » or « CMI ». */
const TWO_CAPITALS = /\p{Lu}[\p{Lu}\d]/u;
const ROMAN = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ELISION = /^(?:[dljsnmc]|qu|jusqu|lorsqu|puisqu)['’]/iu;

/** A sentence mostly in capitals is shouting, not a list of acronyms (see « capitals »). */
export function mostlyCapitals(words: readonly { text: string }[]): boolean {
  const letters = words.filter((w) => /\p{L}{2,}/u.test(w.text));
  const caps = letters.filter((w) => w.text === w.text.toUpperCase());
  return letters.length >= 3 && caps.length / letters.length >= 0.6;
}

const MINOR = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'à', 'au', 'aux', 'pour', 'en', 'sur', 'd', 'l']);
const bare = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** True when `words` spell out `acronym` (its letters are the initials, in order): not « (CCAS, PMI) ». */
function expands(words: string, acronym: string): boolean {
  const initials = (bare(words).match(/\p{L}+/gu) ?? []).filter((w) => !MINOR.has(w)).map((w) => w.charAt(0)).join('');
  const letters = bare(acronym).replace(/[^a-z]/g, '');
  if (letters === '' || !initials.startsWith(letters.charAt(0))) return false;
  let at = 0;
  let matched = 0;
  for (const letter of letters) {
    const found = initials.indexOf(letter, at);
    if (found !== -1) {
      matched++;
      at = found + 1;
    }
  }
  return matched >= Math.ceil(letters.length * 0.6);
}

function isDefinedAt(context: RuleContext, start: number, end: number, expansion: string | undefined): boolean {
  const after = context.masked.slice(end, end + 3);
  const before = context.masked.slice(Math.max(0, start - 2), start);
  if (/^\s?\(/.test(after)) return expands(context.masked.slice(end, context.masked.indexOf(')', end) >>> 0), context.masked.slice(start, end)); // « MEL (Métropole européenne de Lille) »
  if (/\(\s?$/.test(before) && /^\s?\)/.test(after)) return true; // « Métropole européenne de Lille (MEL) », not « (CCAS, PMI) »
  if (/^\s?[:–—]/.test(after)) return true; // « CCAS : centre communal d’action sociale »
  return expansion !== undefined && context.masked.slice(0, start).toLowerCase().includes(expansion.toLowerCase());
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const FUNCTION_WORD = /^(?:le|la|les|l['’].*|un|une|des|du|de|d['’].*|au|aux|ce|cet|cette|ces|nos|notre|vos|votre|leur|leurs|son|sa|ses|pour|par|avec|sans|sur|sous|dans|en|et|ou|à|chez|depuis|selon|vers|entre|après|avant|contre|si|quand|lorsque|comme|tout|tous|toute|toutes|chaque|grâce|voici|voilà|merci|bienvenue)$/iu;
const NAME_BEFORE = /(?:société|entreprise|groupe|opérateur|prestataire|cabinet|association|marque|magasin|enseigne|M\.|Mme|Me|Dr)\s+$/u;

/** Part of a name (« Jean DUPONT », « SUEZ Eau France », « la société VEOLIA ») or a reference (« ARR/2024 »). */
export function isNameOrReference(context: RuleContext, words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (word === undefined) return false;
  const text = context.masked;
  if (/[-/_.#]$/u.test(text.slice(word.start - 1, word.start)) || /^[-/_.#]\w/u.test(text.slice(word.end, word.end + 2))) return true;
  if (/\d/u.test(word.text)) return true;
  const previous = words[index - 1];
  const next = words[index + 1];
  const sameLine = (a: Word, b: Word): boolean => !/[\n.;:!?]/u.test(text.slice(a.end, b.start));
  // « Jean DUPONT », « Bernard LEROY », but not « La MEL », « Pour le SIVOM »
  if (previous !== undefined && sameLine(previous, word) && CAPITALISED.test(previous.text) && !FUNCTION_WORD.test(previous.text)) return true;
  if (next !== undefined && sameLine(word, next) && CAPITALISED.test(next.text)) return true;
  return NAME_BEFORE.test(text.slice(Math.max(0, word.start - 14), word.start));
}

const gapIsBlank = (text: string, a: Word, b: Word): boolean => /^[\s\u00A0\u202F'’-]*$/u.test(text.slice(a.end, b.start));
const isCapsWord = (w: Word | undefined): w is Word => w !== undefined && /^\p{Lu}{2,}$/u.test(w.text) && !WELL_KNOWN.includes(w.text) && !(w.text in LOCAL_ACRONYMS);

/** Inside a run of capitals (« FERMETURE DU PONT »): shouting, which « capitals » reports. */
function inCapitalsRun(text: string, words: readonly Word[], index: number): boolean {
  const word = words[index];
  const previous = words[index - 1];
  const next = words[index + 1];
  if (word === undefined) return false;
  return (isCapsWord(previous) && gapIsBlank(text, previous, word)) || (isCapsWord(next) && gapIsBlank(text, word, next));
}

/** A line with no full stop that starts with the word: a title (« BUDGET 2025 », « ARTICLE 1 : objet »). */
function isTitleWord(context: RuleContext, word: Word): boolean {
  const lineStart = context.masked.lastIndexOf('\n', word.start - 1) + 1;
  const lineEnd = context.masked.indexOf('\n', word.start);
  const line = context.masked.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
  if (line.startsWith('#')) return true;
  return /^\s*$/u.test(context.masked.slice(lineStart, word.start)) && line.length <= 80 && !/[.!?]$/u.test(line);
}

export const acronyms: Rule = {
  id: 'acronyms',
  description: 'Sigles non définis à leur première apparition (MEL, CCAS, PLU…).',
  defaultSeverity: 'warning',
  *check(context) {
    const known = new Set([...WELL_KNOWN, ...CAPS_WORDS, ...context.config.knownAcronyms]);
    const local: Record<string, string> = { ...LOCAL_ACRONYMS, ...context.config.acronyms };
    const seen = new Set<string>();
    for (const sentence of context.sentences) {
      // Most sentences hold no two capitals in a row: nothing to look at.
      if (!TWO_CAPITALS.test(sentence.text) || mostlyCapitals(sentence.words)) continue;
      for (const [index, word] of sentence.words.entries()) {
        const elided = ELISION.exec(word.text)?.[0].length ?? 0;
        const text = word.text.slice(elided);
        const start = word.start + elided;
        if (!ACRONYM.test(text) || ROMAN.test(text.replace(/(?:e|er|re)$/u, ''))) continue;
        const upper = text.toUpperCase();
        if ((text.replace(/[^\p{Lu}]/gu, '').length < 2) || known.has(upper) || seen.has(upper)) continue;
        seen.add(upper);
        const expansion = local[upper];
        if (isDefinedAt(context, start, word.end, expansion)) continue;
        if (expansion === undefined && (isNameOrReference(context, sentence.words, index) || inCapitalsRun(context.masked, sentence.words, index) || (upper.length >= 6 && /[AEIOUY].*[AEIOUY]/u.test(upper)) || isTitleWord(context, word))) continue;
        yield {
          start,
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
