/** Small helpers shared by the rules. */
import type { RuleContext } from '../types.js';

/** Start and end of a « word » for patterns: JavaScript's `\b` ignores accented letters. */
export const WB = String.raw`(?<![\p{L}\p{N}])`;
export const WE = String.raw`(?![\p{L}\p{N}])`;

/** Non-breaking spaces: U+00A0 (word space) and U+202F (narrow, « fine »). */
export const NBSP = '\u00A0';
export const NNBSP = '\u202F';
export const isNbsp = (c: string): boolean => c === NBSP || c === NNBSP;

/** All matches of a global pattern. */
export function* scan(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    yield m;
  }
}

/** True when `[start, end)` is prose in the original text (not a masked URL or code). */
export function isProse(context: RuleContext, start: number, end: number): boolean {
  return context.text.slice(start, end) === context.masked.slice(start, end);
}

/** The text shortened for a message. */
export function quote(value: string, max = 40): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export const plural = (n: number, one: string, many: string): string => (n > 1 ? many : one);

let quotedFor = '';
let quoted: readonly (readonly [number, number])[] = [];

/** True when `index` is inside a quotation « … » or “ … ” (a law or a person quoted is not rewritten). */
export function inQuotation(text: string, index: number): boolean {
  if (quotedFor !== text) {
    quotedFor = text;
    quoted = [...text.matchAll(/«[^«»]{0,600}»|“[^“”]{0,600}”/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  }
  return quoted.some(([start, end]) => index > start && index < end);
}
