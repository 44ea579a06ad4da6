/**
 * The library's own feed format: `{ "notices": [ { id, level, heading, message, published, … } ] }`
 * (see docs/formats/notices.md and schemas/notices.schema.json).
 */
import { jsonShapeProblem, neverThrows, textLengthProblem } from '../json-limits.js';
import { collectNotices, MAX_FEED_ENTRIES, unreadable, type FeedParseResult } from './model.js';

// Kept available here, where they have always been imported from (they moved to the model,
// which the offline copy of a feed also uses, so that this parser can be loaded on demand).
export { MAX_FEED_ENTRIES, noticeToJson } from './model.js';

/** Parses a JSON feed given as text or as an already-parsed value. Never throws. */
export function parseJsonFeed(body: unknown): FeedParseResult {
  let data: unknown = body;
  if (typeof body === 'string') {
    const tooLong = textLengthProblem(body);
    if (tooLong !== undefined) return unreadable('json', 'json', tooLong);
    try {
      data = JSON.parse(body.replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return unreadable('json', 'json', `Le flux n'est pas un JSON valide (${detail}).`, body);
    }
  }
  const shape = jsonShapeProblem(data);
  if (shape !== undefined) return unreadable('json', 'json', shape);
  return neverThrows(() => readFeedObject(data), (message) => unreadable('json', 'json', message));
}

function readFeedObject(data: unknown): FeedParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return unreadable('json', 'json', 'Le flux doit être un objet JSON de la forme { "notices": [ … ] }.', data);
  }
  const entries = (data as { notices?: unknown }).notices;
  if (!Array.isArray(entries)) {
    return unreadable('json', 'notices', 'Le flux doit contenir une liste « notices ».', entries);
  }
  return collectNotices(entries.slice(0, MAX_FEED_ENTRIES), entries.length, 'notices', 'json');
}
