/**
 * Which parser a feed response needs. The body decides (a JSON document starts with `{`, an
 * XML one with `<`), since servers often send feeds as `text/plain` or `application/octet-stream`;
 * the content type only breaks the tie when the body says nothing. Kept apart from the parsers
 * so that an element can load only the one it needs.
 */
import { unreadable, type FeedParseResult } from './model.js';

export type FeedSyntax = 'json' | 'xml' | 'unknown';

export function detectSyntax(body: string, contentType?: string | null): FeedSyntax {
  const first = /^[\uFEFF\s]*(.)/.exec(body)?.[1];
  if (first === '{' || first === '[') return 'json';
  if (first === '<') return 'xml';
  const type = (contentType ?? '').toLowerCase();
  if (/\bjson\b|\+json/.test(type)) return 'json';
  if (/\bxml\b|\+xml/.test(type)) return 'xml';
  return 'unknown';
}

/** The answer for a body that is neither JSON nor XML (an empty body, an HTML error page…). */
export function unknownSyntax(body: string): FeedParseResult {
  return unreadable(
    'unknown',
    'body',
    body.trim() === '' ? 'La réponse du flux est vide.' : 'Format de flux inconnu : ni JSON ni XML (CAP 1.2, Atom ou RSS).',
    body,
  );
}
