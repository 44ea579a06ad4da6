/**
 * iCalendar (RFC 5545) writer for « Ajouter à mon agenda » and « Exporter l'agenda ».
 *
 * - Lines end with CRLF and are folded at 75 octets of UTF-8 (§3.1), never inside a
 *   multi-byte character: « é » or an emoji stays whole.
 * - TEXT values escape backslash, semicolon, comma and newlines (§3.3.11).
 * - Timed events are written in UTC (`DTSTART:20241214T140000Z`), which every calendar reads
 *   without a VTIMEZONE; all-day events use `VALUE=DATE` with an exclusive `DTEND` (§3.6.1).
 */
import { isoDay } from '../dates.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n.js';
import { eventStrings } from '../strings/events.js';
import { formatEventDate, formatLocation, formatPrice } from './format-event.js';
import type { CivicEvent, EventStatus } from './model.js';
import { absoluteUrl } from './urls.js';

// Re-exported for compatibility: it lived here first.
export { absoluteUrl } from './urls.js';

export interface IcsOptions {
  /** Time of the export (`DTSTAMP`); defaults to now. */
  readonly now?: Date;
  /** Base for relative `href`s (the page address); relative links are left out without it. */
  readonly baseUrl?: string;
  readonly locale?: Locale;
  /** `X-WR-CALNAME`, the name calendars show for an imported agenda. */
  readonly calendarName?: string;
  /** Right-hand side of the `UID` (`<id>@<uidDomain>`), so that UIDs are globally unique. */
  readonly uidDomain?: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
export const DEFAULT_UID_DOMAIN = 'agenda.ville-loos.fr';
const PRODUCT_ID = '-//Ville de Loos//@ville-de-loos/ui//FR';

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Folds one content line at 75 octets; continuation lines start with one space (§3.1). */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** Escapes a TEXT value: `\` `;` `,` and newlines (§3.3.11); drops other control characters. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n?|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/** `20241214T140000Z`. */
export function formatUtc(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** `20250703` for the Europe/Paris calendar day of `date`, shifted by `addDays`. */
function formatDay(date: Date, addDays = 0): string {
  const [year, month, day] = isoDay(date).split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + addDays));
  return `${pad(shifted.getUTCFullYear(), 4)}${pad(shifted.getUTCMonth() + 1)}${pad(shifted.getUTCDate())}`;
}

const ICS_STATUS: Record<EventStatus, 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE'> = {
  scheduled: 'CONFIRMED',
  cancelled: 'CANCELLED',
  // A postponed event has no new date yet: it may still happen, but not as announced.
  postponed: 'TENTATIVE',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  full: 'CONFIRMED',
};

function descriptionOf(event: CivicEvent, options: IcsOptions): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const strings = eventStrings[locale];
  const lines: string[] = [];
  if (event.status !== undefined && event.status !== 'scheduled') lines.push(`${strings.status[event.status]}.`);
  lines.push(formatEventDate(event, locale));
  if (event.description !== undefined) lines.push('', event.description, '');
  if (event.price !== undefined) lines.push(`${strings.priceLabel} : ${formatPrice(event.price, locale)}`);
  if (event.organizer !== undefined) lines.push(`${strings.organizerLabel} : ${event.organizer}`);
  if (event.accessibility.length > 0) {
    lines.push(`${strings.accessibilityHeading} : ${event.accessibility.map((feature) => strings.accessibility[feature]).join(', ')}`);
  }
  const registration = absoluteUrl(event.registrationUrl, options.baseUrl);
  if (registration !== undefined) lines.push(`${strings.register} : ${registration}`);
  const online = absoluteUrl(event.onlineUrl, options.baseUrl);
  if (online !== undefined) lines.push(`${strings.joinOnline} : ${online}`);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function locationOf(event: CivicEvent, options: IcsOptions): string | undefined {
  if (event.location !== undefined) return formatLocation(event.location);
  const online = absoluteUrl(event.onlineUrl, options.baseUrl);
  if (event.attendance === 'online' || event.status === 'moved-online') {
    return online ?? eventStrings[options.locale ?? DEFAULT_LOCALE].online;
  }
  return undefined;
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

function veventLines(event: CivicEvent, options: IcsOptions, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    property('UID', `${escapeText(event.id)}@${options.uidDomain ?? DEFAULT_UID_DOMAIN}`),
    property('DTSTAMP', formatUtc(stamp)),
  ];
  if (event.allDay) {
    lines.push(property('DTSTART;VALUE=DATE', formatDay(event.start)));
    // DTEND of a date is exclusive: the day after the last day.
    lines.push(property('DTEND;VALUE=DATE', formatDay(event.end ?? event.start, 1)));
  } else {
    lines.push(property('DTSTART', formatUtc(event.start)));
    if (event.end !== undefined) lines.push(property('DTEND', formatUtc(event.end)));
  }
  lines.push(property('SUMMARY', escapeText(event.title)));
  lines.push(property('DESCRIPTION', escapeText(descriptionOf(event, options))));
  const location = locationOf(event, options);
  if (location !== undefined) lines.push(property('LOCATION', escapeText(location)));
  const url = absoluteUrl(event.href, options.baseUrl);
  if (url !== undefined) lines.push(property('URL', url));
  if (event.category !== undefined) lines.push(property('CATEGORIES', escapeText(event.category)));
  lines.push(property('STATUS', ICS_STATUS[event.status ?? 'scheduled']));
  lines.push('END:VEVENT');
  return lines;
}

/** A complete iCalendar file (VCALENDAR) holding `events`, CRLF line ends included. */
export function eventsToIcs(events: readonly CivicEvent[], options: IcsOptions = {}): string {
  const stamp = options.now ?? new Date();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', property('PRODID', PRODUCT_ID), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName !== undefined) lines.push(property('X-WR-CALNAME', escapeText(options.calendarName)));
  for (const event of events) lines.push(...veventLines(event, options, stamp));
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}

/** A complete iCalendar file for one event. */
export function eventToIcs(event: CivicEvent, options: IcsOptions = {}): string {
  return eventsToIcs([event], options);
}

/** MIME type to give the Blob / the HTTP response. */
export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';
