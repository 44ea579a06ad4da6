/**
 * Which parser a feed response needs. The body decides (a JSON document starts with `{`, an
 * XML one with `<`), since servers often send feeds as `text/plain` or `application/octet-stream`;
 * the content type only breaks the tie when the body says nothing.
 */
import { parseCap, type CapOptions } from './cap.js';
import { parseJsonFeed } from './json-feed.js';
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

/** Reads a feed body in whichever supported format it is. Never throws. */
export function parseFeed(body: unknown, contentType?: string | null, options: CapOptions = {}): FeedParseResult {
  if (typeof body !== 'string') return unreadable('unknown', 'body', 'La réponse du flux doit être un texte.');
  switch (detectSyntax(body, contentType)) {
    case 'json':
      return parseJsonFeed(body);
    case 'xml':
      return parseCap(body, options);
    default:
      return unreadable(
        'unknown',
        'body',
        body.trim() === '' ? 'La réponse du flux est vide.' : "Format de flux inconnu : ni JSON ni XML (CAP 1.2 ou Atom).",
        body,
      );
  }
}
