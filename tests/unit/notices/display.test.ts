import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale } from '../../../src/lib/strings/locales.js';
import { formatExpiry, formatNoticeDate, readNoticeAttributes } from '../../../src/lib/notices/display.js';

// The English words are loaded on demand, as an element in an English page does.
beforeAll(() => loadLocale('en'));

describe('readNoticeAttributes', () => {
  it('reads a complete, valid set of attributes without problems', () => {
    const { view, problems } = readNoticeAttributes({
      level: 'warning',
      heading: 'Route fermée',
      href: '/travaux',
      linkLabel: 'Voir la déviation',
      published: '2026-03-14T09:00',
      expires: '2026-03-15',
      dismissible: true,
      noticeId: 'route',
    });
    expect(problems).toEqual([]);
    expect(view).toMatchObject({ level: 'warning', heading: 'Route fermée', href: '/travaux', linkLabel: 'Voir la déviation', dismissible: true });
    expect(view.dismissKey).toBe('route@2026-03-14T08:00:00.000Z');
  });

  it('never lets an alert be dismissed, and says so', () => {
    const { view, problems } = readNoticeAttributes({ level: 'alert', heading: 'Évacuation', dismissible: true, noticeId: 'x' });
    expect(view.dismissible).toBe(false);
    expect(problems.map((p) => p.field)).toEqual(['dismissible']);
    expect(problems[0]?.message).toContain('sécurité publique');
  });

  it('warns that a dismissal without notice-id holds for the page only', () => {
    const { view, problems } = readNoticeAttributes({ level: 'info', heading: 'T', dismissible: true });
    expect(view.dismissible).toBe(true);
    expect(view.dismissKey).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['notice-id']);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd'])(
    'refuses the link %j',
    (href) => {
      const { view, problems } = readNoticeAttributes({ heading: 'T', href });
      expect(view.href).toBeUndefined();
      expect(problems[0]?.field).toBe('href');
    },
  );

  it('reports an unknown level and a missing heading, showing the notice as information', () => {
    const { view, problems } = readNoticeAttributes({ level: 'rouge' });
    expect(view.level).toBe('info');
    expect(problems.map((p) => p.field)).toEqual(['level', 'heading']);
  });

  it('reports unreadable dates', () => {
    const { view, problems } = readNoticeAttributes({ heading: 'T', published: 'hier', expires: '2026-13-01' });
    expect(view.published).toBeUndefined();
    expect(view.expires).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['published', 'expires']);
  });
});

describe('dates in French', () => {
  it('writes a publication time the French way, as the agenda does (no-break spaces, « 10 h » on the hour)', () => {
    expect(formatNoticeDate(new Date('2026-03-14T08:30:00Z'), false, 'fr')).toBe('14 mars 2026 à 9\u00a0h\u00a030');
    expect(formatNoticeDate(new Date('2026-03-14T09:00:00Z'), false, 'fr')).toBe('14 mars 2026 à 10\u00a0h');
    expect(formatNoticeDate(new Date('2026-03-13T23:00:00Z'), true, 'fr')).toBe('14 mars 2026');
    expect(formatNoticeDate(new Date('2026-03-14T08:30:00Z'), false, 'en')).toBe('14 March 2026 at 09:30');
  });
  it('writes a day-long expiry as the day itself', () => {
    // Stored as the next midnight in Paris.
    expect(formatExpiry(new Date('2026-03-14T23:00:00Z'), true, 'fr')).toBe('14 mars 2026');
  });
});
