/**
 * When a notice holds, in which order notices are shown, and when the next change happens
 * (so that an element can wake up exactly at a publication or an expiry).
 */
import type { NoticeLevel } from './model.js';

/** The part of a notice that decides when it holds. */
export interface NoticeWindow {
  readonly published?: Date;
  /** First instant at which the notice no longer holds. */
  readonly expires?: Date;
}

export type NoticePhase = 'pending' | 'active' | 'expired';

/** Where a notice stands at instant `now` (milliseconds since the epoch). */
export function noticePhase(notice: NoticeWindow, now: number): NoticePhase {
  if (notice.published !== undefined && now < notice.published.getTime()) return 'pending';
  if (notice.expires !== undefined && now >= notice.expires.getTime()) return 'expired';
  return 'active';
}

export function isActive(notice: NoticeWindow, now: number): boolean {
  return noticePhase(notice, now) === 'active';
}

/** The next instant after `now` at which one of the notices is published or expires. */
export function nextChange(notices: Iterable<NoticeWindow>, now: number): number | undefined {
  let next: number | undefined;
  for (const notice of notices) {
    for (const moment of [notice.published?.getTime(), notice.expires?.getTime()]) {
      if (moment !== undefined && moment > now && (next === undefined || moment < next)) next = moment;
    }
  }
  return next;
}

/** `setTimeout` silently fires at once beyond 2^31 − 1 ms (about 24.8 days): longer waits are done in steps. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

export function timerDelay(target: number, now: number): number {
  return Math.min(Math.max(0, target - now), MAX_TIMER_DELAY);
}

const LEVEL_RANK: Record<NoticeLevel, number> = { alert: 0, warning: 1, info: 2 };

interface Sortable {
  readonly id: string;
  readonly level: NoticeLevel;
  readonly published: Date;
}

/** Alert before warning before information, then the newest first, then by id (a stable order). */
export function compareNotices(a: Sortable, b: Sortable): number {
  return (
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    b.published.getTime() - a.published.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The notices that hold at `now`, in display order, at most `max` of them. */
export function activeNotices<T extends Sortable & NoticeWindow>(notices: readonly T[], now: number, max = Infinity): T[] {
  return notices
    .filter((notice) => isActive(notice, now))
    .sort(compareNotices)
    .slice(0, Math.max(0, max));
}
