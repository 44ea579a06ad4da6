/**
 * From the opening status to the sentence people read: « Ouvert — ferme à 17 h 30 »,
 * « Fermé — ouvre lundi à 8 h 30 », « Fermé aujourd'hui (jour férié : lundi de Pâques) — ouvre
 * mardi à 8 h 30 ». Pure, like the model: the element only renders it.
 */
import { zonedTimeToDate } from '../dates.js';
import { dateFormat, formatDate, formatTimeOfDay } from '../format.js';
import type { Locale } from '../i18n.js';
import { contactCardStrings } from '../strings/services.js';
import { calendarDay } from './holidays.js';
import { scheduleOn, weekdayOf, type DayReason, type OpeningHours } from './hours.js';
import type { OpeningStatus } from './status.js';
import type { TimeRange } from './time-ranges.js';

/** A minute count as « 8 h 30 » (or « 08:30 »), through the library's one time format. */
export function formatMinutes(minutes: number, locale: Locale): string {
  // Any date works: only the wall-clock hour and minute are written.
  return formatTimeOfDay(zonedTimeToDate({ year: 2026, month: 1, day: 5, hour: Math.floor(minutes / 60), minute: minutes % 60 }), locale);
}

/** « 8 h 30 – 12 h et 13 h 30 – 17 h 30 », or « Fermé ». */
export function formatRanges(ranges: readonly TimeRange[], locale: Locale): string {
  const strings = contactCardStrings[locale];
  if (ranges.length === 0) return strings.closedDay;
  return ranges.map((range) => strings.range(formatMinutes(range.start, locale), range.end >= 1440 ? (locale === 'fr' ? '24\u00a0h' : '24:00') : formatMinutes(range.end, locale))).join(strings.rangeSeparator);
}

/** The name of a holiday or the label of an exception, in the reader's words. */
export function reasonName(reason: DayReason, locale: Locale): string | undefined {
  const strings = contactCardStrings[locale];
  if (reason.kind === 'exception') return reason.label;
  if (reason.id !== undefined) return strings.holidays[reason.id];
  return reason.name === undefined || reason.name === '' ? strings.holidayFallback : reason.name;
}

function nextOpening(status: OpeningStatus, locale: Locale): string | undefined {
  const { opensAt, opensInDays } = status;
  if (opensAt === undefined || opensInDays === undefined) return undefined;
  const strings = contactCardStrings[locale];
  const time = formatTimeOfDay(opensAt, locale);
  if (opensInDays === 0) return strings.opensToday(time);
  if (opensInDays === 1) return strings.opensTomorrow(time);
  if (opensInDays < 7) return strings.opensOnWeekday(dateFormat({ weekday: 'long' }, locale).format(opensAt), time);
  return strings.opensOnDate(formatDate(opensAt, { weekday: 'long', day: 'numeric', month: 'long' }, locale), time);
}

/** The status sentence. */
export function statusText(status: OpeningStatus, locale: Locale): string {
  const strings = contactCardStrings[locale];
  const closes = status.closesAt === undefined ? '' : formatTimeOfDay(status.closesAt, locale);
  if (status.state === 'open' || status.state === 'closing-soon') {
    const text = status.state === 'open' ? strings.open(closes) : strings.closingSoon(closes);
    return status.today === undefined ? text : `${text} (${strings.specialHours(reasonName(status.today, locale))})`;
  }
  let state = strings.closed;
  const reason = status.today;
  // « Fermé aujourd'hui (…) » only when today is closed for that reason, not when its special hours are over.
  if (reason !== undefined && !status.openToday) {
    state = reason.kind === 'holiday' ? strings.closedHoliday(reasonName(reason, locale) ?? '') : strings.closedException(reason.label);
  }
  const next = nextOpening(status, locale);
  return next === undefined ? state : strings.then(state, next);
}

/** A special day coming up (holiday, closure, other hours), for the list under the table. */
export interface UpcomingDay {
  readonly day: string;
  readonly ranges: readonly TimeRange[];
  readonly reason: DayReason;
}

/**
 * The special days of the next `days` days that change something for a visitor: a closure on a
 * day normally open, or other hours. A holiday on a Sunday the service is closed anyway is left out.
 */
export function upcomingSpecialDays(hours: OpeningHours, today: string, days = 14): UpcomingDay[] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const found: UpcomingDay[] = [];
  for (let offset = 0; offset < days; offset++) {
    const day = calendarDay(y, m, d + offset);
    const { ranges, reason } = scheduleOn(hours, day);
    const usual = hours.weekly[weekdayOf(day)] ?? [];
    if (reason !== undefined && (ranges.length > 0 || usual.length > 0)) found.push({ day, ranges, reason });
  }
  return found;
}
