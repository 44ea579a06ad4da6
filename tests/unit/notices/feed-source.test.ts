import { describe, expect, it } from 'vitest';
import { FEED_CACHE_PREFIX, loadFeedCache, saveFeedCache } from '../../../src/lib/notices/feed-source.js';
import { parseJsonFeed } from '../../../src/lib/notices/json-feed.js';
import { fixture, FIXTURE_NOW } from './fixtures.js';
import { memoryStorage } from './storage.js';


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
