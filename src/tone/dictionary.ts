/**
 * Phrase dictionaries (jargon, Latin, anglicisms…) and a fast matcher. Entries are indexed by
 * the first four letters of their first word, so a 1 MB text is scanned once, word by word,
 * instead of running one huge alternation at every character.
 */
import type { Word } from './segment.js';

export interface DictionaryEntry {
  /** The phrase to find, in its dictionary form (« procéder à la fermeture »). */
  readonly term: string;
  /** The plain wording to suggest (« fermer »). */
  readonly replacement: string;
  /** The first word is a verb: its conjugated forms match too (« procède », « procédera »). */
  readonly verb?: boolean;
}

/** Compact source form: `[term, replacement]` or `[term, replacement, 'v']` for a verb. */
export type EntrySource = readonly [string, string] | readonly [string, string, 'v'];

export function entries(sources: readonly EntrySource[]): DictionaryEntry[] {
  return sources.map(([term, replacement, flag]) => (flag === 'v' ? { term, replacement, verb: true } : { term, replacement }));
}

export interface DictionaryMatch {
  readonly entry: DictionaryEntry;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Compiled {
  readonly entry: DictionaryEntry;
  readonly pattern: RegExp;
}

export interface Matcher {
  readonly byKey: ReadonlyMap<string, readonly Compiled[]>;
}

const stripAccents = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '');

/** Lower case, no accents, straight apostrophe, first four characters. */
export function keyOf(word: string): string {
  const head = word.slice(0, 6).toLowerCase();
  // Most words start with plain ASCII letters: skip the Unicode normalisation.
  return (/^[ -~]*$/.test(head) ? head : stripAccents(head).replace(/’/g, "'")).slice(0, 4);
}

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function accentTolerant(value: string): string {
  return escape(value)
    .replace(/[eéèê]/g, '[eéèê]')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[-\\s]?');
}

function verbStem(infinitive: string): string | undefined {
  const match = /^(.*)(?:er|ir|re)$/u.exec(infinitive);
  const stem = match?.[1];
  return stem !== undefined && stem.length >= 4 ? stem : undefined;
}

/**
 * How the last word may vary: `inflect` accepts « -e », « -s », « -es », « -x » (jargon:
 * « susmentionnées »), `plural` only « -s » (anglicisms: « digitales » is French), `exact` nothing.
 */
export type Inflection = 'inflect' | 'plural' | 'exact';

const ENDINGS: Readonly<Record<Inflection, string>> = { inflect: '(?:e?s|e|x)?', plural: 's?', exact: '' };

/** « à » also matches « au », « aux »; a final « de » also « du », « des », « d’ » (« suite aux travaux », « compte tenu du »). */
function wordPattern(word: string, index: number, last: number, stem: string | undefined): string {
  if (index === 0 && stem !== undefined) return `${accentTolerant(stem)}\\p{L}+`;
  if (word === 'à') return '(?:à|au|aux)';
  if (index === last && index > 0 && word === 'de') return "(?:(?:de|du|des)(?![\\p{L}\\p{N}])|d['’](?=\\p{L}))";
  return accentTolerant(word);
}

function compile(entry: DictionaryEntry, inflection: Inflection): { key: string; pattern: RegExp } {
  const words = entry.term.trim().split(/\s+/);
  const first = words[0] ?? '';
  const stem = entry.verb === true ? verbStem(first) : undefined;
  const parts = words.map((w, i) => wordPattern(w, i, words.length - 1, stem));
  const last = words.at(-1) ?? '';
  const endsWithLetter = /\p{L}$/u.test(last) && !(words.length > 1 && last === 'de');
  const conjugatedAlone = stem !== undefined && words.length === 1;
  const ending = endsWithLetter ? `${conjugatedAlone ? '' : ENDINGS[inflection]}(?![\\p{L}\\p{N}])` : '';
  const source = parts.join(String.raw`[\s\u00A0\u202F]+`);
  return { key: keyOf(stem ?? first), pattern: new RegExp(`${source}${ending}`, 'iuy') };
}

export function compileDictionary(list: readonly DictionaryEntry[], inflection: Inflection = 'inflect'): Matcher {
  const byKey = new Map<string, Compiled[]>();
  for (const entry of list) {
    if (entry.term.trim().length === 0) continue;
    const { key, pattern } = compile(entry, inflection);
    const bucket = byKey.get(key);
    if (bucket === undefined) byKey.set(key, [{ entry, pattern }]);
    else bucket.push({ entry, pattern });
  }
  return { byKey };
}

const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/iu;

/** Every dictionary phrase in `text`, left to right, longest first, never overlapping. */
/** Where a dictionary phrase may start in each word, with its key: computed once per text for the four dictionaries. */
interface WordStart {
  readonly start: number;
  /** The key's prefixes of one to four characters: entries whose first word is short are keyed shorter (« sis »). */
  readonly prefixes: readonly string[];
}

/**
 * A word looks up its own key and the shorter keys of short first words it may inflect
 * (« sises » → « sis », « aux » → « à »), not every key it starts with: « avec » does not try
 * the fifteen phrases that start with « à ».
 */
function prefixesOf(key: string, length: number): string[] {
  const prefixes: string[] = [];
  for (let n = 1; n <= key.length; n++) if (n === key.length || length <= n + 2) prefixes.push(key.slice(0, n));
  return prefixes;
}

const startsCache = new WeakMap<readonly Word[], readonly (readonly WordStart[])[]>();

function wordStarts(text: string, words: readonly Word[]): readonly (readonly WordStart[])[] {
  let starts = startsCache.get(words);
  if (starts === undefined) {
    starts = words.map((word) => {
      const elided = ELISION.exec(word.text);
      const first = { start: word.start, prefixes: prefixesOf(keyOf(word.text), word.text.length) };
      if (elided === null) return [first];
      const start = word.start + elided[0].length;
      return [first, { start, prefixes: prefixesOf(keyOf(text.slice(start, word.end)), word.end - start) }];
    });
    startsCache.set(words, starts);
  }
  return starts;
}

export function findTerms(matcher: Matcher, text: string, words: readonly Word[]): DictionaryMatch[] {
  const found: DictionaryMatch[] = [];
  let consumedUntil = 0;
  const allStarts = wordStarts(text, words);
  for (const [index, word] of words.entries()) {
    if (word.start < consumedUntil) continue;
    let best: DictionaryMatch | undefined;
    for (const { start, prefixes } of allStarts[index] ?? []) {
      for (const prefix of prefixes) {
        const bucket = matcher.byKey.get(prefix);
        if (bucket === undefined) continue;
        for (const { entry, pattern } of bucket) {
          pattern.lastIndex = start;
          const m = pattern.exec(text);
          if (m !== null && (best === undefined || m[0].length > best.text.length)) {
            best = { entry, start, end: start + m[0].length, text: m[0] };
          }
        }
      }
      if (best !== undefined) break;
    }
    if (best !== undefined) {
      found.push(best);
      consumedUntil = best.end;
    }
  }
  return found;
}
