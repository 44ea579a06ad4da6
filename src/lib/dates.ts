/**
 * Dates for a French city: ISO 8601 in, instants out, with local times read in `Europe/Paris`
 * (daylight-saving changes included) whatever the time zone of the reader's device.
 */

export const CITY_TIME_ZONE = 'Europe/Paris';

/**
 * A local time (no offset) that the city's clock does not show exactly once: `skipped` by the
 * spring change (02:30 on the last Sunday of March, read as 03:30), `repeated` by the autumn
 * change (02:30 on the last Sunday of October, read as the first, summer-time one).
 */
export type LocalTimeFold = 'skipped' | 'repeated';

/** An ISO 8601 value read as an instant, remembering whether it carried a time of day. */
export interface ParsedDateTime {
  readonly date: Date;
  /** `true` for `2026-12-14`, `false` for `2026-12-14T15:00`. */
  readonly dateOnly: boolean;
  /** Set when the local time needed a choice the author should know about (see `LocalTimeFold`). */
  readonly fold?: LocalTimeFold;
}

/**
 * Years 0000 to 0099 are refused: in a city's data they are a typo for 20xx, and JavaScript's
 * `Date.UTC` would silently read them as 1900 to 1999 anyway.
 */
export const FIRST_READ_YEAR = 100;

/** Calendar fields of an instant as seen on a wall clock in a time zone. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of `date` in `timeZone` (default `Europe/Paris`). */
export function wallClock(date: Date, timeZone: string = CITY_TIME_ZONE): WallClock {
  const fields: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    hour: fields.hour ?? NaN,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
  };
}

function offsetMinutesAt(instant: number, timeZone: string): number {
  const clock = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which a wall clock in `timeZone` shows the given local time. A time skipped by
 * the spring change (02:30 on the last Sunday of March) is pushed forward by the gap (03:30), as
 * Temporal's "compatible" disambiguation and RFC 5545 do; in the repeated autumn hour, the first.
 */
export function zonedTimeToDate(
  local: Omit<WallClock, 'second'> & { second?: number; millisecond?: number },
  timeZone: string = CITY_TIME_ZONE,
): Date {
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second ?? 0,
    local.millisecond ?? 0,
  );
  const firstGuess = asUtc - offsetMinutesAt(asUtc, timeZone) * 60_000;
  const offsetThere = offsetMinutesAt(firstGuess, timeZone);
  const candidate = asUtc - offsetThere * 60_000;
  // In the repeated autumn hour, prefer the earlier instant (the summer-time one).
  const earlier = candidate - 60 * 60_000;
  const earlierClock = wallClock(new Date(earlier), timeZone);
  if (earlierClock.hour === local.hour && earlierClock.minute === local.minute && earlierClock.day === local.day) {
    return new Date(earlier);
  }
  return new Date(candidate);
}

/** Whether the wall clock skips or repeats `local` (the instant `read` was chosen for it). */
function foldOf(local: Omit<WallClock, 'year' | 'month' | 'second'>, read: Date, timeZone: string): LocalTimeFold | undefined {
  const shown = wallClock(read, timeZone);
  if (shown.day !== local.day || shown.hour !== local.hour || shown.minute !== local.minute) return 'skipped';
  // zonedTimeToDate takes the earlier of two candidates: the clock showing the same time an hour
  // later means the hour is played twice.
  const later = wallClock(new Date(read.getTime() + 60 * 60_000), timeZone);
  return later.day === local.day && later.hour === local.hour && later.minute === local.minute ? 'repeated' : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an ISO 8601 date or date-time. Without an offset the time is local time in `timeZone`.
 * Returns `null` for anything that is not a real calendar date (`2026-02-30`, `25:00`, `NaN`) and
 * for years before `FIRST_READ_YEAR`; `dateNote` says why in French.
 */
export function parseIsoDateTime(value: unknown, timeZone: string = CITY_TIME_ZONE): ParsedDateTime | null {
  if (typeof value !== 'string') return null;
  const match = ISO_PATTERN.exec(value.trim());
  if (match === null) return null;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < FIRST_READ_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (h === undefined || mi === undefined) {
    return { date: zonedTimeToDate({ year, month, day, hour: 0, minute: 0 }, timeZone), dateOnly: true };
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (offset === undefined) {
    const date = zonedTimeToDate({ year, month, day, hour, minute, second, millisecond }, timeZone);
    const fold = foldOf({ day, hour, minute }, date, timeZone);
    return fold === undefined ? { date, dateOnly: false } : { date, dateOnly: false, fold };
  }
  let offsetMinutes = 0;
  if (offset.toUpperCase() !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = Number(digits.slice(2));
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offsetMinutes * 60_000;
  return { date: new Date(utc), dateOnly: false };
}

/** The last millisecond of the calendar day of `date` in `timeZone` (for « expires 2026-12-14 »). */
export function endOfDay(date: Date, timeZone: string = CITY_TIME_ZONE): Date {
  const clock = wallClock(date, timeZone);
  const next = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + 1));
  const startOfNext = zonedTimeToDate(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 },
    timeZone,
  );
  return new Date(startOfNext.getTime() - 1);
}

/** `YYYY-MM-DD` of `date` as a calendar day in `timeZone`. */
export function isoDay(date: Date, timeZone: string = CITY_TIME_ZONE): string {
  const { year, month, day } = wallClock(date, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
