/**
 * An event in words, for the card, the iCalendar file and JSON-LD (one module, so that bundles
 * hold one shared chunk for them). Dates as French readers expect them, always in Europe/Paris time:
 * « samedi 14 décembre 2024, 15 h – 18 h », « du 3 au 5 juillet 2025 »,
 * « du 30 décembre 2025 au 2 janvier 2026 », « samedi 1er mars 2025, toute la journée ».
 *
 * The result is a list of segments so that the element can wrap each date in
 * `<time datetime>` while the text reads as one phrase. Price and place: one line of text each.
 */
import { isoDay, wallClock } from '../dates.js';
import { dateFormat, dayOfMonth, formatMoney, formatTimeOfDay } from '../format.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n.js';
import { eventStrings } from '../strings/events.js';
import type { CivicEvent, EventLocation } from './model.js';

/** A piece of the date phrase; `datetime` is set for the pieces that name a date or time. */
export interface DateSegment {
  readonly text: string;
  readonly datetime?: string;
}

const NBSP = '\u00a0';
// A night event (« 21 h – 2 h ») ends on the next calendar day but is read as one evening.
const NIGHT_END_HOUR = 6;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `2024-12-14T15:00:00+01:00`: the local time in Europe/Paris with its offset. */
export function toCityIso(date: Date): string {
  const clock = wallClock(date);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const offset = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (value: number, length = 2): string => String(value).padStart(length, '0');
  return (
    `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

interface DayParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
}

function dayParts(date: Date, locale: Locale): DayParts {
  const parts: Record<string, string> = {};
  const formatter = dateFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, locale);
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return {
    weekday: parts.weekday ?? '',
    day: dayOfMonth(parts.day ?? '', locale),
    month: parts.month ?? '',
    year: parts.year ?? '',
  };
}

/** « samedi 14 décembre 2024 » / « Saturday 14 December 2024 ». */
export function formatEventDay(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  const { weekday, day, month, year } = dayParts(date, locale);
  return `${weekday} ${day} ${month} ${year}`;
}

function sameDay(a: Date, b: Date): boolean {
  return isoDay(a) === isoDay(b);
}

/** Reads as a single day: same calendar day, or a night that ends in the small hours. */
function readsAsOneDay(start: Date, end: Date): boolean {
  if (sameDay(start, end)) return true;
  return end.getTime() - start.getTime() < DAY_MS && wallClock(end).hour < NIGHT_END_HOUR;
}

function dayRange(start: Date, end: Date, locale: Locale): DateSegment[] {
  const strings = eventStrings[locale];
  const first = dayParts(start, locale);
  const last = dayParts(end, locale);
  const sameYear = first.year === last.year;
  const sameMonth = sameYear && first.month === last.month;
  const firstText = sameMonth ? first.day : sameYear ? `${first.day} ${first.month}` : `${first.day} ${first.month} ${first.year}`;
  return [
    { text: `${strings.from} ` },
    { text: firstText, datetime: isoDay(start) },
    { text: ` ${strings.to} ` },
    { text: `${last.day} ${last.month} ${last.year}`, datetime: isoDay(end) },
  ];
}

/** The date phrase of an event as segments (see the module comment for examples). */
export function eventDateSegments(
  event: Pick<CivicEvent, 'start' | 'end' | 'allDay'>,
  locale: Locale = DEFAULT_LOCALE,
): DateSegment[] {
  const strings = eventStrings[locale];
  const { start, end } = event;
  if (event.allDay) {
    if (end !== undefined && !sameDay(start, end)) return dayRange(start, end, locale);
    return [{ text: formatEventDay(start, locale), datetime: isoDay(start) }, { text: `, ${strings.allDay}` }];
  }
  const startText = `${formatEventDay(start, locale)}, ${formatTimeOfDay(start, locale)}`;
  if (end === undefined) return [{ text: startText, datetime: toCityIso(start) }];
  if (readsAsOneDay(start, end)) {
    return [
      { text: startText, datetime: toCityIso(start) },
      { text: `${NBSP}– ` },
      { text: formatTimeOfDay(end, locale), datetime: toCityIso(end) },
    ];
  }
  const at = (date: Date): string => `${formatEventDay(date, locale)} ${strings.at} ${formatTimeOfDay(date, locale)}`;
  return [
    { text: `${strings.from} ` },
    { text: at(start), datetime: toCityIso(start) },
    { text: ` ${strings.to} ` },
    { text: at(end), datetime: toCityIso(end) },
  ];
}

/** The date phrase as plain text (for iCalendar descriptions, tests, announcements). */
export function formatEventDate(event: Pick<CivicEvent, 'start' | 'end' | 'allDay'>, locale: Locale = DEFAULT_LOCALE): string {
  return eventDateSegments(event, locale)
    .map((segment) => segment.text)
    .join('');
}

/** `0` → « Gratuit », `5` → « 5 € », `7.5` → « 7,50 € », a text as written. */
export function formatPrice(price: number | string, locale: Locale = DEFAULT_LOCALE): string {
  if (typeof price === 'string') return price;
  if (price === 0) return eventStrings[locale].free;
  return formatMoney(price, 'EUR', locale);
}

/** « La Fileuse, 12 rue de Lille, Loos » — name first, the rest when known. */
export function formatLocation(location: EventLocation): string {
  return [location.name, location.address, location.city].filter((part) => part !== undefined).join(', ');
}
