/**
 * Reading a fetched feed body. Apart from the request (feed-source.ts) because it is only needed
 * once an answer has come: `<loos-notice-feed>` loads it while the request is out, and a page
 * whose notices come with it (no `src`) never downloads it.
 */
import type { CapOptions } from './cap.js';
import { PARSER_UNAVAILABLE, unreadable, type FeedParseResult } from './model.js';
import { detectSyntax, unknownSyntax } from './syntax.js';

/**
 * Reads a feed body like `parseFeed` (detect.ts), but loads only the parser it needs, when it
 * needs it: a page fed with JSON never downloads the XML reader and the CAP mapping. Never throws
 * (a parser that cannot be loaded, e.g. offline, is an unreadable feed).
 */
export async function parseFeedOnDemand(body: string, contentType: string | null, options: CapOptions = {}): Promise<FeedParseResult> {
  const syntax = detectSyntax(body, contentType);
  if (syntax === 'unknown') return unknownSyntax(body);
  try {
    return syntax === 'json' ? (await import('./json-feed.js')).parseJsonFeed(body) : (await import('./cap.js')).parseCap(body, options);
  } catch {
    return unreadable(syntax === 'json' ? 'json' : 'cap', 'body', PARSER_UNAVAILABLE);
  }
}
