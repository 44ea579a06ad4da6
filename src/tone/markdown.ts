/**
 * Masking: parts of a text that are not prose (front matter, code, HTML tags, link targets,
 * URLs, e-mail addresses) are replaced by spaces, line breaks kept, so that rules never
 * flag a URL or a code sample and every offset still points into the original text.
 */
import type { Span } from './types.js';

export interface Masked {
  readonly masked: string;
  /** URLs and e-mail addresses, in order (the X length rule counts each as 23). */
  readonly urls: readonly Span[];
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE_OPEN = /^[ \t]{0,3}(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)[^`\n](?:[^\n]*?[^`\n])?\1(?!`)/g;
const HTML = /<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g;
const LINK_TARGET = /\]\((?:<[^>\n]*>|[^()\s]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)/g;
const REFERENCE_DEFINITION = /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S+.*$/gm;
const URL = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>()"«»“”\u00A0\u202F]+|\bmailto:[^\s<>()"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** The same without e-mail addresses: much faster on the many texts that hold no « @ ». */
const WEB_ADDRESS = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>()"«»“”\u00A0\u202F]+|\bmailto:[^\s<>()"]+/gu;
const addresses = (text: string): RegExp => (text.includes('@') ? URL : WEB_ADDRESS);
const TRAILING_PUNCTUATION = /[.,;:!?’'»”)\]]+$/;

function fencedBlocks(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  let open: { start: number; fence: string } | undefined;
  for (const line of text.split('\n')) {
    const match = FENCE_OPEN.exec(line);
    if (open === undefined && match?.[1] !== undefined) {
      open = { start: offset, fence: match[1] };
    } else if (open !== undefined && match?.[1] !== undefined && match[1].startsWith(open.fence.charAt(0)) && match[1].length >= open.fence.length && line.trim() === match[1]) {
      spans.push({ start: open.start, end: offset + line.length });
      open = undefined;
    }
    offset += line.length + 1;
  }
  if (open !== undefined) spans.push({ start: open.start, end: text.length });
  return spans;
}

function matches(pattern: RegExp, text: string, trim = false): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    let value = m[0];
    if (trim) value = value.replace(TRAILING_PUNCTUATION, '');
    if (value.length > 0) spans.push({ start: m.index, end: m.index + value.length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}

/** Replaces every span by spaces (line breaks kept). Spans may overlap. */
function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, cursor);
    if (span.end <= start) continue;
    out += text.slice(cursor, start) + text.slice(start, span.end).replace(/[^\n\r]/g, ' ');
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

export interface MaskOptions {
  /** Also mask Markdown constructs (front matter, code, HTML, link targets). Default true. */
  readonly markdown?: boolean;
}

export function maskText(text: string, options: MaskOptions = {}): Masked {
  let masked = text;
  if (options.markdown !== false) {
    const front = FRONT_MATTER.exec(masked);
    const structural: Span[] = front === null ? [] : [{ start: 0, end: front[0].length }];
    masked = blank(masked, [...structural, ...fencedBlocks(blank(masked, structural))]);
    masked = blank(masked, matches(INLINE_CODE, masked));
    masked = blank(masked, [...matches(HTML, masked), ...matches(REFERENCE_DEFINITION, masked)]);
    const targets = matches(LINK_TARGET, masked).map((s) => ({ start: s.start + 1, end: s.end }));
    masked = blank(masked, targets);
    const urls = matches(addresses(masked), masked, true);
    return { masked: blank(masked, urls), urls: [...targets, ...urls].sort((a, b) => a.start - b.start) };
  }
  const urls = matches(addresses(masked), masked, true);
  return { masked: blank(masked, urls), urls };
}
