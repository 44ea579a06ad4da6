import { describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../../src/lib/notices/clock.js';
import { FEED_CACHE_PREFIX, FEED_TIMEOUT_MS, fetchFeedBody, loadFeedCache, saveFeedCache } from '../../../src/lib/notices/feed-source.js';
import { parseJsonFeed } from '../../../src/lib/notices/json-feed.js';
import { fixture, FIXTURE_NOW } from './fixtures.js';
import { memoryStorage } from './storage.js';

const clock = () => manualClock(FIXTURE_NOW);

describe('fetchFeedBody', () => {
  it('requests src and nothing else, and gives the body and its type', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{"notices":[]}', { headers: { 'content-type': 'application/json' } })));
    const outcome = await fetchFeedBody('/avis.json', { fetch, clock: clock() });
    expect(outcome).toEqual({ ok: true, body: '{"notices":[]}', contentType: 'application/json' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]).toEqual(['/avis.json', expect.objectContaining({ signal: expect.any(AbortSignal) as unknown })]);
  });

  it('reports an HTTP error', async () => {
    const fetch = () => Promise.resolve(new Response('panne', { status: 500, statusText: 'Internal Server Error' }));
    const outcome = await fetchFeedBody('/avis.json', { fetch, clock: clock() });
    expect(outcome).toMatchObject({ ok: false, failure: 'http', message: 'Le serveur du flux a répondu 500 Internal Server Error.' });
  });

  it('reports a network error', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchFeedBody('/avis.json', { fetch, clock: clock() })).toMatchObject({ ok: false, failure: 'network' });
  });

  it('gives up after 10 seconds', async () => {
    const time = clock();
    const fetch = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    const pending = fetchFeedBody('/avis.json', { fetch, clock: time });
    time.advance(FEED_TIMEOUT_MS - 1);
    time.advance(1);
    expect(await pending).toMatchObject({ ok: false, failure: 'timeout', message: "Le flux n'a pas répondu en 10 secondes." });
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'mailto:x@y.fr', '  '])('never requests a refused src %j', async (src) => {
    const fetch = vi.fn();
    expect(await fetchFeedBody(src, { fetch, clock: clock() })).toMatchObject({ ok: false, failure: 'refused' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('clears its timer once answered', async () => {
    const time = clock();
    await fetchFeedBody('/a', { fetch: () => Promise.resolve(new Response('x')), clock: time });
    expect(time.pending).toBe(0);
  });
});

describe('feed cache', () => {
  const { notices } = parseJsonFeed(fixture('notices-valid.json'));

  it('keeps the last good list with its time, per src', () => {
    const storage = memoryStorage();
    const savedAt = new Date(FIXTURE_NOW);
    expect(saveFeedCache(storage, '/a.json', { savedAt, notices })).toBe(true);
    expect(loadFeedCache(storage, '/a.json')).toEqual({ savedAt, notices });
    expect(loadFeedCache(storage, '/b.json')).toBeUndefined();
  });

  it('treats a tampered copy like a feed: validated, never trusted', () => {
    const storage = memoryStorage();
    storage.setItem(
      `${FEED_CACHE_PREFIX}/a.json`,
      JSON.stringify({ savedAt: '2026-03-14T09:00:00Z', notices: [{ id: 'x', level: 'alert', heading: 'H', message: 'M', published: '2026-03-14', href: 'javascript:alert(1)' }] }),
    );
    expect(loadFeedCache(storage, '/a.json')?.notices[0]?.href).toBeUndefined();
    storage.setItem(`${FEED_CACHE_PREFIX}/a.json`, '{pas du json');
    expect(loadFeedCache(storage, '/a.json')).toBeUndefined();
  });

  it('does not throw when storage refuses', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('Quota', 'QuotaExceededError');
    };
    expect(saveFeedCache(storage, '/a.json', { savedAt: new Date(), notices })).toBe(false);
    expect(saveFeedCache(undefined, '/a.json', { savedAt: new Date(), notices })).toBe(false);
    expect(loadFeedCache(undefined, '/a.json')).toBeUndefined();
  });
});
