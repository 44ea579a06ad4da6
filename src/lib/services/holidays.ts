/**
 * French public holidays (jours fériés) as the Code du travail lists them (article L3133-1), for
 * a town hall outside Alsace-Moselle: eight on fixed dates, three counted from Easter Sunday.
 * Places with other days off (a local saint's day, the Alsace-Moselle Good Friday and
 * 26 December) add them as local holidays in the opening hours.
 */

/** Identifiers of the national holidays; their names are in `lib/strings/services.ts`. */
export type PublicHolidayId =
  | 'new-year'
  | 'easter-monday'
  | 'labour-day'
  | 'victory-1945'
  | 'ascension'
  | 'whit-monday'
  | 'bastille-day'
  | 'assumption'
  | 'all-saints'
  | 'armistice-1918'
  | 'christmas';

export interface PublicHoliday {
  /** `YYYY-MM-DD`, a calendar day in Loos. */
  readonly date: string;
  readonly id: PublicHolidayId;
}

const FIXED: readonly (readonly [month: number, day: number, id: PublicHolidayId])[] = [
  [1, 1, 'new-year'],
  [5, 1, 'labour-day'],
  [5, 8, 'victory-1945'],
  [7, 14, 'bastille-day'],
  [8, 15, 'assumption'],
  [11, 1, 'all-saints'],
  [11, 11, 'armistice-1918'],
  [12, 25, 'christmas'],
];

/** Days after Easter Sunday: Monday, Ascension Thursday (40th day counting Easter) and Whit Monday. */
const FROM_EASTER: readonly (readonly [days: number, id: PublicHolidayId])[] = [
  [1, 'easter-monday'],
  [39, 'ascension'],
  [50, 'whit-monday'],
];

/** `YYYY-MM-DD` of a calendar date; the month and day may overflow (UTC arithmetic, no time zone involved). */
export function calendarDay(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/**
 * Easter Sunday of a Gregorian year: the anonymous Gregorian computus (Meeus/Jones/Butcher),
 * exact for every year of the Gregorian calendar.
 */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const byYear = new Map<number, readonly PublicHoliday[]>();

/** The eleven national holidays of `year`, in date order. */
export function frenchPublicHolidays(year: number): readonly PublicHoliday[] {
  let holidays = byYear.get(year);
  if (holidays === undefined) {
    const easter = easterSunday(year);
    holidays = [
      ...FIXED.map(([month, day, id]) => ({ date: calendarDay(year, month, day), id })),
      ...FROM_EASTER.map(([days, id]) => ({ date: calendarDay(year, easter.month, easter.day + days), id })),
    ].sort((x, y) => x.date.localeCompare(y.date));
    byYear.set(year, holidays);
  }
  return holidays;
}

/** The national holiday on `day` (`YYYY-MM-DD`), if any. */
export function publicHolidayOn(day: string): PublicHolidayId | undefined {
  return frenchPublicHolidays(Number(day.slice(0, 4))).find((holiday) => holiday.date === day)?.id;
}
