/**
 * The offline copy of a feed's last good list, so that a network failure never empties the
 * screen. Fetching is `lib/fetch-text.ts` (through the data-source controller); reading the body
 * is feed-body.ts, which `<loos-notice-feed>` loads while the request is out.
 */
import { collectNotices, MAX_FEED_ENTRIES, noticeToJson, type Notice } from './model.js';

/** The last good list of a feed, as kept for the next visit. */
export interface CachedFeed {
  readonly savedAt: Date;
  readonly notices: readonly Notice[];
}

export const FEED_CACHE_PREFIX = 'loos-notice-feed:';

/** Saves the list; returns `false` (without throwing) when storage refuses. */
export function saveFeedCache(storage: Storage | undefined, src: string, feed: CachedFeed): boolean {
  if (storage === undefined) return false;
  try {
    const record = { savedAt: feed.savedAt.toISOString(), notices: feed.notices.map(noticeToJson) };
    storage.setItem(FEED_CACHE_PREFIX + src, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the saved list back. Storage can be edited by anyone with the page open, so the copy
 * goes through the same validation as a feed; anything unreadable counts as no copy.
 */
export function loadFeedCache(storage: Storage | undefined, src: string): CachedFeed | undefined {
  try {
    const text = storage?.getItem(FEED_CACHE_PREFIX + src);
    if (text === null || text === undefined) return undefined;
    const record = JSON.parse(text) as { savedAt?: unknown; notices?: unknown };
    const savedAt = typeof record.savedAt === 'string' ? new Date(record.savedAt) : undefined;
    if (savedAt === undefined || Number.isNaN(savedAt.getTime())) return undefined;
    if (!Array.isArray(record.notices)) return undefined;
    return { savedAt, notices: collectNotices(record.notices.slice(0, MAX_FEED_ENTRIES), record.notices.length, 'notices', 'json').notices };
  } catch {
    return undefined;
  }
}
