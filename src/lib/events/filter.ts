/**
 * Agenda logic: sort, hide past events, filter by category and period (weeks start on Monday,
 * in Europe/Paris time), group by month with French headings (« Décembre 2026 »).
 */
import { isoDay, wallClock, zonedTimeToDate } from '../dates.js';
import { dateFormat } from '../format.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n.js';
import { eventEndInstant, type CivicEvent } from './model.js';

export const PERIODS = ['week', 'month', 'all'] as const;
export type Period = (typeof PERIODS)[number];

export interface AgendaFilter {
  /** Only this category (exact match); `undefined` or `''` for all. */
  readonly category?: string;
  readonly period?: Period;
  /** Reference time for « past », « this week », « this month ». */
  readonly now: Date;
  /** Keep events that are over. */
  readonly showPast?: boolean;
}

/** Sorted by start, then by title: a stable order for events at the same time. */
export function sortByStart(events: readonly CivicEvent[]): CivicEvent[] {
  return [...events].sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'fr'));
}

export function isPast(event: CivicEvent, now: Date): boolean {
  return eventEndInstant(event).getTime() < now.getTime();
}

function cityMidnight(year: number, month: number, day: number): Date {
  return zonedTimeToDate({ year, month, day, hour: 0, minute: 0 });
}

/** `[start, end)` of the Monday-to-Sunday week of `now` in Europe/Paris. */
export function weekRange(now: Date): { start: Date; end: Date } {
  const { year, month, day } = wallClock(now);
  // getUTCDay on the calendar date itself: 0 = Sunday … 6 = Saturday.
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const daysSinceMonday = (weekday + 6) % 7;
  return {
    start: cityMidnight(year, month, day - daysSinceMonday),
    end: cityMidnight(year, month, day - daysSinceMonday + 7),
  };
}

/** `[start, end)` of the calendar month of `now` in Europe/Paris. */
export function monthRange(now: Date): { start: Date; end: Date } {
  const { year, month } = wallClock(now);
  return { start: cityMidnight(year, month, 1), end: cityMidnight(year, month + 1, 1) };
}

function overlaps(event: CivicEvent, range: { start: Date; end: Date }): boolean {
  return event.start.getTime() < range.end.getTime() && eventEndInstant(event).getTime() >= range.start.getTime();
}

/** Applies the agenda filter and returns the events sorted by start. */
export function filterEvents(events: readonly CivicEvent[], filter: AgendaFilter): CivicEvent[] {
  const period = filter.period ?? 'all';
  const range = period === 'week' ? weekRange(filter.now) : period === 'month' ? monthRange(filter.now) : undefined;
  const category = filter.category ?? '';
  return sortByStart(
    events.filter(
      (event) =>
        (filter.showPast === true || !isPast(event, filter.now)) &&
        (category === '' || event.category === category) &&
        (range === undefined || overlaps(event, range)),
    ),
  );
}

/** The categories present, sorted in French alphabetical order. */
export function categoriesOf(events: readonly CivicEvent[]): string[] {
  const categories = new Set<string>();
  for (const event of events) if (event.category !== undefined) categories.add(event.category);
  return [...categories].sort((a, b) => a.localeCompare(b, 'fr'));
}

export interface MonthGroup {
  /** `2026-12` */
  readonly key: string;
  /** « Décembre 2026 » */
  readonly label: string;
  readonly events: readonly CivicEvent[];
}

/** « Décembre 2026 »: month names are lower case in French, but a heading starts with a capital. */
export function monthLabel(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  const label = dateFormat({ month: 'long', year: 'numeric' }, locale).format(date);
  return label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);
}

/** Groups events (already sorted) by the month of their start in Europe/Paris. */
export function groupByMonth(events: readonly CivicEvent[], locale: Locale = DEFAULT_LOCALE): MonthGroup[] {
  const groups: { key: string; label: string; events: CivicEvent[] }[] = [];
  for (const event of events) {
    const key = isoDay(event.start).slice(0, 7);
    let group = groups.at(-1);
    if (group?.key !== key) {
      group = { key, label: monthLabel(event.start, locale), events: [] };
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
}
