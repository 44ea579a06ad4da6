/**
 * Reads a feed body in whichever supported format it is, synchronously (both parsers loaded).
 * `<loos-notice-feed>` uses `parseFeedOnDemand` (feed-body.ts) instead, which loads one parser.
 */
import { parseCap, type CapOptions } from './cap.js';
import { parseJsonFeed } from './json-feed.js';
import { unreadable, type FeedParseResult } from './model.js';
import { detectSyntax, unknownSyntax } from './syntax.js';

export { detectSyntax, type FeedSyntax } from './syntax.js';

/** Reads a feed body in whichever supported format it is. Never throws. */
export function parseFeed(body: unknown, contentType?: string | null, options: CapOptions = {}): FeedParseResult {
  if (typeof body !== 'string') return unreadable('unknown', 'body', 'La réponse du flux doit être un texte.');
  switch (detectSyntax(body, contentType)) {
    case 'json':
      return parseJsonFeed(body);
    case 'xml':
      return parseCap(body, options);
    default:
      return unknownSyntax(body);
  }
}
