/**
 * Whether a service is open at an instant, told the way a resident needs it: open until when,
 * or closed and opening when, and why it is closed today (a holiday, an exceptional closure).
 * Times are wall-clock times in Loos (`Europe/Paris`), whatever the reader's device says, and
 * stay right across the daylight-saving changes: every range is turned into instants on its own
 * date.
 */
import { wallClock, zonedTimeToDate } from '../dates.js';
import { scheduleOn, type DayReason, type OpeningHours } from './hours.js';
import { calendarDay } from './holidays.js';

/** From this many minutes before closing, the status says « ferme bientôt ». */
export const CLOSING_SOON_MINUTES = 30;
/** How far ahead the next opening is looked for. */
const HORIZON_DAYS = 366;

export type OpeningState = 'open' | 'closing-soon' | 'closed';

export interface OpeningStatus {
  readonly state: OpeningState;
  /** When it closes (open, closing soon). */
  readonly closesAt?: Date;
  /** When it opens next (closed), if within a year. */
  readonly opensAt?: Date;
  /** Days between today and the day of `opensAt` in Loos: 0 today, 1 tomorrow… */
  readonly opensInDays?: number;
  /** Why today is not a usual day, when it is not (closed or open at other hours). */
  readonly today?: DayReason;
  /** Whether today has any opening range (a holiday or a closure has none). */
  readonly openToday: boolean;
  /** The next instant at which this status (or its wording: « demain ») changes. */
  readonly nextChange: Date;
}

/** The instant of `minutes` after midnight on the day `dayOffset` days after `y-m-d`, in Loos. */
function instant(y: number, m: number, d: number, dayOffset: number, minutes: number): Date {
  const [year, month, day] = calendarDay(y, m, d + dayOffset).split('-').map(Number) as [number, number, number];
  return zonedTimeToDate({ year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

/** The opening status of `hours` at `now` (milliseconds since the epoch). */
export function openingStatus(hours: OpeningHours, now: number): OpeningStatus {
  const { year, month, day } = wallClock(new Date(now));
  const today = scheduleOn(hours, calendarDay(year, month, day));
  // The wording depends on the day (« aujourd'hui », « demain »): it changes at midnight at the latest.
  const midnight = instant(year, month, day, 1, 0);
  for (const range of today.ranges) {
    const opens = instant(year, month, day, 0, range.start);
    const closes = instant(year, month, day, 0, range.end);
    if (now >= opens.getTime() && now < closes.getTime()) {
      const soon = closes.getTime() - CLOSING_SOON_MINUTES * 60_000;
      const state = now >= soon ? 'closing-soon' : 'open';
      const change = state === 'open' ? soon : closes.getTime();
      return { state, closesAt: closes, today: today.reason, openToday: true, nextChange: new Date(Math.min(change, midnight.getTime())) };
    }
  }
  for (let offset = 0; offset <= HORIZON_DAYS; offset++) {
    const schedule = offset === 0 ? today : scheduleOn(hours, calendarDay(year, month, day + offset));
    for (const range of schedule.ranges) {
      const opens = instant(year, month, day, offset, range.start);
      if (opens.getTime() > now) {
        return { state: 'closed', opensAt: opens, opensInDays: offset, today: today.reason, openToday: today.ranges.length > 0, nextChange: new Date(Math.min(opens.getTime(), midnight.getTime())) };
      }
    }
  }
  return { state: 'closed', today: today.reason, openToday: today.ranges.length > 0, nextChange: midnight };
}
