import { describe, expect, it } from 'vitest';
import { activeNotices, compareNotices, MAX_TIMER_DELAY, nextChange, noticePhase, timerDelay } from '../../../src/lib/notices/active.js';
import type { NoticeLevel } from '../../../src/lib/notices/model.js';

const at = (iso: string) => new Date(iso);
const notice = (id: string, level: NoticeLevel, published: string, expires?: string) => ({
  id,
  level,
  published: at(published),
  ...(expires === undefined ? {} : { expires: at(expires) }),
});

describe('noticePhase', () => {
  const window = { published: at('2026-03-14T09:00:00Z'), expires: at('2026-03-14T12:00:00Z') };
  it('is pending before publication, active from publication, expired from expiry', () => {
    expect(noticePhase(window, Date.parse('2026-03-14T08:59:59.999Z'))).toBe('pending');
    expect(noticePhase(window, Date.parse('2026-03-14T09:00:00Z'))).toBe('active');
    expect(noticePhase(window, Date.parse('2026-03-14T11:59:59.999Z'))).toBe('active');
    expect(noticePhase(window, Date.parse('2026-03-14T12:00:00Z'))).toBe('expired');
  });
  it('holds for ever without expiry', () => {
    expect(noticePhase({ published: at('2026-01-01T00:00:00Z') }, Date.parse('2099-01-01T00:00:00Z'))).toBe('active');
  });
});

describe('nextChange', () => {
  it('is the earliest future publication or expiry', () => {
    const now = Date.parse('2026-03-14T10:00:00Z');
    const list = [
      notice('a', 'info', '2026-03-14T09:00:00Z', '2026-03-14T15:00:00Z'),
      notice('b', 'info', '2026-03-14T11:00:00Z'),
    ];
    expect(nextChange(list, now)).toBe(Date.parse('2026-03-14T11:00:00Z'));
    expect(nextChange(list, Date.parse('2026-03-14T11:00:00Z'))).toBe(Date.parse('2026-03-14T15:00:00Z'));
    expect(nextChange(list, Date.parse('2026-03-14T16:00:00Z'))).toBeUndefined();
  });
});

describe('timerDelay', () => {
  it('never exceeds what setTimeout can wait, never goes negative', () => {
    expect(timerDelay(Date.parse('2027-01-01T00:00:00Z'), Date.parse('2026-01-01T00:00:00Z'))).toBe(MAX_TIMER_DELAY);
    expect(timerDelay(5, 10)).toBe(0);
    expect(timerDelay(1500, 1000)).toBe(500);
  });
});

describe('activeNotices', () => {
  it('sorts alert > warning > info, then newest first, and applies max', () => {
    const now = Date.parse('2026-03-14T10:00:00Z');
    const list = [
      notice('old-info', 'info', '2026-03-10T00:00:00Z'),
      notice('new-info', 'info', '2026-03-14T09:00:00Z'),
      notice('warning', 'warning', '2026-03-01T00:00:00Z'),
      notice('alert', 'alert', '2026-03-02T00:00:00Z'),
      notice('expired-alert', 'alert', '2026-03-01T00:00:00Z', '2026-03-14T09:00:00Z'),
      notice('future-alert', 'alert', '2026-03-15T00:00:00Z'),
    ];
    expect(activeNotices(list, now).map((n) => n.id)).toEqual(['alert', 'warning', 'new-info', 'old-info']);
    expect(activeNotices(list, now, 2).map((n) => n.id)).toEqual(['alert', 'warning']);
    expect(activeNotices(list, now, 0)).toEqual([]);
  });
  it('orders equal notices by id so the list does not jump between refreshes', () => {
    const a = notice('a', 'info', '2026-03-14T09:00:00Z');
    const b = notice('b', 'info', '2026-03-14T09:00:00Z');
    expect(compareNotices(a, b)).toBeLessThan(0);
    expect(compareNotices(b, a)).toBeGreaterThan(0);
  });
});
