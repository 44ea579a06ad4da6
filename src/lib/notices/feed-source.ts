/**
 * Getting a feed: one request to `src` (never anything else), bounded in time, and an offline
 * copy of the last good list so that a network failure never empties the screen. Reading the
 * body is in feed-body.ts, which `<loos-notice-feed>` loads while the request is out.
 */
import { checkUrl } from '../url.js';
import type { Clock } from './clock.js';
import { collectNotices, MAX_FEED_ENTRIES, noticeToJson, type Notice } from './model.js';

export const FEED_TIMEOUT_MS = 10_000;
/** A feed bigger than this is refused unread (the notices of a city fit in a few kilobytes). */
export const MAX_FEED_BYTES = 5_000_000;

export type FetchFailure = 'refused' | 'network' | 'http' | 'timeout';

export type FetchOutcome =
  | { readonly ok: true; readonly body: string; readonly contentType: string | null }
  | { readonly ok: false; readonly failure: FetchFailure; readonly message: string };

export interface FetchOptions {
  readonly fetch: typeof globalThis.fetch;
  readonly clock: Clock;
  readonly timeout?: number;
}

const ACCEPT = 'application/json, application/cap+xml, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

/** Fetches `src` once. Never throws: every failure is described in French. */
export async function fetchFeedBody(src: string, options: FetchOptions): Promise<FetchOutcome> {
  const checked = checkUrl(src);
  if (!checked.ok) return { ok: false, failure: 'refused', message: `Adresse du flux refusée : ${checked.reason}` };
  if (/^(mailto|tel):/i.test(checked.url)) {
    return { ok: false, failure: 'refused', message: 'Adresse du flux refusée : une adresse web (https:) est attendue.' };
  }
  const timeout = options.timeout ?? FEED_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = options.clock.setTimeout(() => {
    controller.abort();
  }, timeout);
  try {
    const response = await options.fetch(checked.url, {
      signal: controller.signal,
      headers: { Accept: ACCEPT },
      credentials: 'same-origin',
    });
    if (!response.ok) {
      return { ok: false, failure: 'http', message: `Le serveur du flux a répondu ${response.status} ${response.statusText}`.trim() + '.' };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_FEED_BYTES) {
      return { ok: false, failure: 'http', message: `Le flux dépasse ${MAX_FEED_BYTES} octets.` };
    }
    const body = await response.text();
    if (controller.signal.aborted) return timeoutOutcome(timeout);
    return { ok: true, body, contentType: response.headers.get('content-type') };
  } catch (error) {
    if (controller.signal.aborted) return timeoutOutcome(timeout);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: 'network', message: `Le flux est injoignable (${detail}).` };
  } finally {
    options.clock.clearTimeout(timer);
  }
}

function timeoutOutcome(timeout: number): FetchOutcome {
  return { ok: false, failure: 'timeout', message: `Le flux n'a pas répondu en ${Math.round(timeout / 1000)} secondes.` };
}

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
