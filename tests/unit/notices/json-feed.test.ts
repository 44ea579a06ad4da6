import { describe, expect, it } from 'vitest';
import { MAX_FEED_ENTRIES, noticeToJson, parseJsonFeed } from '../../../src/lib/notices/json-feed.js';
import { fixture } from './fixtures.js';

describe('parseJsonFeed', () => {
  it('reads every notice of a valid feed', () => {
    const result = parseJsonFeed(fixture('notices-valid.json'));
    expect(result).toMatchObject({ format: 'json', readable: true, skipped: 0, problems: [] });
    expect(result.notices.map((n) => n.id)).toEqual([
      'eau-coupure-2026-03-14',
      'tempete-2026-03-14',
      'route-fermee-2026-03-13',
      'marche-2026-03-10',
    ]);
  });

  it('keeps the valid entries of a partly invalid feed and explains every skipped one', () => {
    const result = parseJsonFeed(fixture('notices-partly-invalid.json'));
    expect(result.readable).toBe(true);
    expect(result.notices.map((n) => n.id)).toEqual(['valide-1', 'lien-dangereux', 'texte-hostile']);
    expect(result.skipped).toBe(4);
    const fields = result.problems.map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining(['notices[1].heading', 'notices[2].level', 'notices[3].published', 'notices[4].href', 'notices[6]']),
    );
    expect(result.problems.at(-1)?.message).toBe('4 avis sur 7 ignoré(s) car invalide(s) ; les autres sont affichés.');
  });

  it('keeps hostile text as text', () => {
    const hostile = parseJsonFeed(fixture('notices-partly-invalid.json')).notices.find((n) => n.id === 'texte-hostile');
    expect(hostile?.message).toBe('<img src=x onerror="window.__loosHacked = true"> reste du texte.');
  });

  it('says a malformed body is unreadable (so the last good list stays)', () => {
    const result = parseJsonFeed(fixture('notices-malformed.json'));
    expect(result.readable).toBe(false);
    expect(result.notices).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/^Le flux n'est pas un JSON valide/);
  });

  it.each([['[]'], ['{"avis": []}'], ['null'], ['"notices"']])('says %s is not a feed', (body) => {
    expect(parseJsonFeed(body).readable).toBe(false);
  });

  it('skips a second entry with the same id', () => {
    const entry = { id: 'x', level: 'info', heading: 'T', message: 'M', published: '2026-03-14' };
    const result = parseJsonFeed({ notices: [entry, { ...entry, heading: 'Autre' }] });
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]?.heading).toBe('T');
    expect(result.skipped).toBe(1);
  });

  it('reads at most MAX_FEED_ENTRIES entries and says so', () => {
    const entry = (i: number) => ({ id: `n${i}`, level: 'info', heading: 'T', message: 'M', published: '2026-03-14' });
    const result = parseJsonFeed({ notices: Array.from({ length: MAX_FEED_ENTRIES + 3 }, (_, i) => entry(i)) });
    expect(result.notices).toHaveLength(MAX_FEED_ENTRIES);
    expect(result.skipped).toBe(3);
  });
});

describe('noticeToJson', () => {
  it('round-trips every notice of the fixture, date-only days included', () => {
    const { notices } = parseJsonFeed(fixture('notices-valid.json'));
    const again = parseJsonFeed({ notices: notices.map(noticeToJson) });
    expect(again.problems).toEqual([]);
    expect(again.notices).toEqual(notices);
    expect(noticeToJson(notices[0]!).expires).toBe('2026-03-14');
  });
});
