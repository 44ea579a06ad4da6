/**
 * Sentences and words. Sentences come from `Intl.Segmenter('fr')` (Unicode UAX #29), then
 * pieces that end on a French abbreviation (« M. », « févr. », « n° ») are glued back,
 * because the segmenter cuts after any full stop followed by a capital.
 */

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly Word[];
}

/**
 * Abbreviations after which a full stop does not end a sentence. Lower case; compared with
 * the word before the full stop. « etc. » is absent on purpose: it usually does end one.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste',
  'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim',
  'n°', 'no', 'nos', 'p', 'pp', 'art', 'al', 'cf', 'éd', 'vol', 'chap', 'env', 'tél', 'hab',
  'min', 'max', 'ex', 'réf', 'coll', 'dir', 'cie', 'bd', 'av', 'boul', 'fg', 'pl', 'esp',
  'apr', 'av. j.-c', 'j.-c', 'c.-à-d', 'resp', 'suppl', 'vs',
]);

/** Words: letters or digits, joined by apostrophes or hyphens (« l’an », « peut-être »). */
const WORD = /[\p{L}\p{N}]+(?:[-'’\u00B7][\p{L}\p{N}]+)*/gu;

export function wordsIn(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return words;
}

const ABBREVIATION_END = /([\p{L}°.-]+)\.\s*$/u;
const INITIAL_END = /(?:^|[\s(])\p{Lu}\.\s*$/u;

function endsOnAbbreviation(piece: string): boolean {
  if (INITIAL_END.test(piece)) return true;
  const match = ABBREVIATION_END.exec(piece);
  return match?.[1] !== undefined && ABBREVIATIONS.has(match[1].toLowerCase());
}

/**
 * V8's `Intl.Segmenter` slows down sharply on long strings (a 100 kB text takes seconds),
 * so long texts are cut into pieces at places where a boundary is certain, and segmented
 * piece by piece.
 */
const CHUNK = 4000;
const FALLBACK_CHUNK = 500;

/**
 * Cuts `text` into pieces of about CHUNK characters, each at a place `safeCut` accepts. When
 * there is none near (one long unbroken word, a run of accented letters), the piece is cut at a
 * place `fallbackCut` accepts, else at CHUNK — never inside a surrogate pair: the search for a cut
 * is bounded, so the work stays linear in the length of the text whatever its content.
 */
function* chunks(
  text: string,
  safeCut: (text: string, index: number) => boolean,
  fallbackCut: (text: string, index: number) => boolean = () => false,
): Generator<{ piece: string; offset: number }> {
  let start = 0;
  while (text.length - start > CHUNK) {
    // Without a safe cut, pieces are shorter: the segmenter is slowest on text without boundaries.
    const cut = findCut(text, start + CHUNK, safeCut) ?? findCut(text, start + FALLBACK_CHUNK, fallbackCut) ?? hardCut(text, start + FALLBACK_CHUNK);
    yield { piece: text.slice(start, cut), offset: start };
    start = cut;
  }
  yield { piece: text.slice(start), offset: start };
}

function findCut(text: string, from: number, accepts: (text: string, index: number) => boolean): number | undefined {
  const last = Math.min(text.length, from + CHUNK);
  for (let cut = from; cut < last; cut++) if (accepts(text, cut)) return cut;
  return undefined;
}

/** A cut that keeps a surrogate pair whole. */
function hardCut(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

/**
 * Between two words: where no sentence boundary is sure, a sentence of thousands of characters
 * is cut at a space (the parts are still far too long for any reader, and reported as such).
 */
const atSpace = (text: string, index: number): boolean => /\s/u.test(text.charAt(index - 1));
/** Before a character that cannot join the previous one (see CLUSTERING): a grapheme boundary. */
const beforePlainCharacter = (text: string, index: number): boolean => {
  const previous = text.charCodeAt(index - 1);
  const code = text.charCodeAt(index);
  if (previous === 0x200d || previous === 13 || (previous >= 0xd800 && previous <= 0xdbff) || (code >= 0xdc00 && code <= 0xdfff)) return false;
  return !CLUSTERING.test(text.charAt(index));
};

/** A sentence always ends after a line feed (UAX #29, SB4). */
const afterLineFeed = (text: string, index: number): boolean => text.charCodeAt(index - 1) === 10;
/** Two ASCII characters other than CR LF are always separate graphemes (UAX #29, GB999). */
const betweenAscii = (text: string, index: number): boolean =>
  text.charCodeAt(index - 1) < 128 && text.charCodeAt(index) < 128 && !(text.charCodeAt(index - 1) === 13 && text.charCodeAt(index) === 10);

let sentenceSegmenter: Intl.Segmenter | undefined;

function segmenter(): Intl.Segmenter {
  sentenceSegmenter ??= new Intl.Segmenter('fr', { granularity: 'sentence' });
  return sentenceSegmenter;
}

/** Splits a text into sentences with their words. Blank pieces are dropped. */
export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  let pending: { start: number; end: number } | undefined;
  const raw: { segment: string; index: number }[] = [];
  for (const { piece, offset } of chunks(text, afterLineFeed, atSpace)) {
    for (const { segment, index } of segmenter().segment(piece)) raw.push({ segment, index: index + offset });
  }
  for (const { segment, index } of raw) {
    const piece = pending === undefined ? { start: index, end: index + segment.length } : { start: pending.start, end: index + segment.length };
    const hasLineBreak = segment.includes('\n');
    if (!hasLineBreak && endsOnAbbreviation(segment)) {
      pending = piece;
      continue;
    }
    pending = undefined;
    pieces.push(piece);
  }
  if (pending !== undefined) pieces.push(pending);

  const sentences: Sentence[] = [];
  for (const piece of pieces.flatMap((p) => splitBeforeNumbers(text, p))) {
    let { start, end } = piece;
    while (start < end && /\s/u.test(text.charAt(start))) start++;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
    if (end <= start) continue;
    const body = text.slice(start, end);
    sentences.push({ start, end, text: body, words: wordsIn(body, start) });
  }
  return sentences;
}

/**
 * UAX #29 never ends a sentence before a digit (« …des fêtes. 29 élus… »): cut there, unless
 * the full stop ends an abbreviation (« n. 3 », « art. 12 ») or a number (« 3. 4 »).
 */
const BEFORE_NUMBER = /(?<=[\p{L})»][.!?])\s+(?=\d)/gu;

function splitBeforeNumbers(text: string, piece: { start: number; end: number }): { start: number; end: number }[] {
  const body = text.slice(piece.start, piece.end);
  const result: { start: number; end: number }[] = [];
  let from = piece.start;
  for (const m of body.matchAll(BEFORE_NUMBER)) {
    const cut = piece.start + m.index;
    if (endsOnAbbreviation(text.slice(from, cut))) continue;
    result.push({ start: from, end: cut });
    from = cut;
  }
  result.push({ start: from, end: piece.end });
  return result;
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** User-perceived characters: « é » written as e + accent, a family emoji… each count once. */
export function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter('fr', { granularity: 'grapheme' });
  const result: string[] = [];
  for (const { piece } of chunks(text, betweenAscii, beforePlainCharacter)) {
    for (const { segment } of graphemeSegmenter.segment(piece)) result.push(segment);
  }
  return result;
}

/**
 * Characters that can join a neighbour into one grapheme: combining marks, joiners, variation
 * selectors, emoji, regional indicators, Hangul jamo, prepended marks, CR (CR LF).
 */
const CLUSTERING = /\p{M}|\p{Grapheme_Extend}|\u200C|\u200D|[\uFE00-\uFE0F]|\p{RI}|\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0600-\u0605\u06DD\u070F\u08E2\r]/u;

/** Code points in `text.slice(start, end)` (a low surrogate belongs to the previous code point). */
function codePoints(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}

const CLUSTERING_ALL = new RegExp(CLUSTERING.source, 'gu');
/** A space, a tab or a line feed that does not end a CR LF pair: no grapheme crosses it. */
const isBoundary = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code === 32 || code === 9 || (code === 10 && text.charCodeAt(i - 1) !== 13);
};

/**
 * Number of graphemes. Code points are counted directly; only the words around a character
 * that can form a cluster (an emoji, a combining accent…) go through `Intl.Segmenter`, which is
 * slow on long strings. Windows run from a space (included) to the next space (excluded): no
 * grapheme crosses a space, except a mark that follows it, which stays inside the window.
 */
export function graphemeCount(text: string): number {
  let count = 0;
  let cursor = 0;
  CLUSTERING_ALL.lastIndex = 0;
  for (let m = CLUSTERING_ALL.exec(text); m !== null; m = CLUSTERING_ALL.exec(text)) {
    let start = m.index;
    while (start > cursor && !isBoundary(text, start)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isBoundary(text, end)) end++;
    count += codePoints(text, cursor, start);
    // A long window (one unbroken word of accents or emoji) is counted in bounded pieces.
    if (end - start > CHUNK) count += graphemes(text.slice(start, end)).length;
    else for (const piece of graphemeSegmenterFor().segment(text.slice(start, end))) count += piece.segment.length > 0 ? 1 : 0;
    cursor = end;
    CLUSTERING_ALL.lastIndex = end;
  }
  return count + codePoints(text, cursor, text.length);
}

function graphemeSegmenterFor(): Intl.Segmenter {
  graphemeSegmenter ??= new Intl.Segmenter('fr', { granularity: 'grapheme' });
  return graphemeSegmenter;
}
