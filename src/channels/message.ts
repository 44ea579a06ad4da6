/**
 * What every channel says, drawn once from a notice, an event or a key figure: the headline, when,
 * where, the body and the practical details. Channels only choose and arrange these pieces, so no
 * channel can contradict another or the website.
 */
import { formatEventDate, formatLocation, formatPrice } from '../lib/events/format-event.js';
import type { CivicEvent } from '../lib/events/model.js';
import { formatLongDate } from '../lib/format.js';
import type { Notice } from '../lib/notices/model.js';
import { eventStrings } from '../lib/strings/events.js';
import { noticeStrings } from '../lib/strings/notices.js';
import type { ChannelContent, KeyFigureContent } from './types.js';

export interface Detail {
  readonly label: string;
  readonly value: string;
}

export interface Message {
  readonly kind: 'notice' | 'event' | 'key-figure';
  readonly headline: string;
  /** A word said before the headline: a notice's level, an event's status. */
  readonly kicker?: string;
  /** A notice's level, which also picks the newsletter block's colours. */
  readonly level?: Notice['level'];
  /** French typography (no-break spaces); `plain()` gives the SMS form. */
  readonly when?: string;
  /** Shorter forms of `when` for the short, dated channels: without the year, then without weekdays too. */
  readonly whenForms: readonly string[];
  readonly where?: string;
  /** Paragraphs of the body, as written by the author. */
  readonly paragraphs: readonly string[];
  readonly details: readonly Detail[];
  readonly url?: string;
  /** The day the content is issued, for a press release. */
  readonly issued?: Date;
  /** Words that may become hashtags (category, area). */
  readonly topics: readonly string[];
  readonly source?: string;
  /** An event's picture, already checked (safe address; `alt` '' when decorative). */
  readonly image?: { readonly src: string; readonly alt: string };
}

export function isNotice(content: unknown): content is Notice {
  const c = content as Partial<Notice> | null;
  return typeof c === 'object' && c !== null && typeof c.heading === 'string' && typeof c.message === 'string' &&
    typeof c.level === 'string' && c.published instanceof Date && !Number.isNaN(c.published.getTime());
}

export function isEvent(content: unknown): content is CivicEvent {
  const c = content as Partial<CivicEvent> | null;
  return typeof c === 'object' && c !== null && typeof c.title === 'string' && c.start instanceof Date &&
    !Number.isNaN(c.start.getTime()) && typeof c.allDay === 'boolean';
}

export function isKeyFigure(content: unknown): content is KeyFigureContent {
  const c = content as Partial<KeyFigureContent> | null;
  return typeof c === 'object' && c !== null && c.kind === 'key-figure' && typeof c.label === 'string' &&
    typeof c.figure?.compact === 'string' && c.figure.compact !== '';
}

const paragraphsOf = (text: string | undefined): string[] =>
  (text ?? '').split(/\n+/u).map((line) => line.trim()).filter((line) => line !== '');

/** A notice's period read like an event's: « du lundi 11 janvier 2027, 7 h au … ». */
function noticeWhen(notice: Notice): string {
  const allDay = notice.publishedDateOnly === true && (notice.expires === undefined || notice.expiresDateOnly === true);
  if (notice.expires === undefined) {
    return `à partir du ${formatEventDate({ start: notice.published, allDay }).replace(/, toute la journée$/u, '')}`;
  }
  // A day-long expiry is stored as the start of the next day: the last day is the one before.
  const end = notice.expiresDateOnly === true ? new Date(notice.expires.getTime() - 1) : notice.expires;
  const phrase = formatEventDate({ start: notice.published, end, allDay });
  return phrase.startsWith('du ') ? phrase : `le ${phrase}`;
}

function fromNotice(notice: Notice): Message {
  const level = noticeStrings.fr.levels[notice.level];
  return {
    kind: 'notice',
    headline: notice.heading,
    ...(notice.level === 'info' ? {} : { kicker: level }),
    level: notice.level,
    when: noticeWhen(notice),
    whenForms: shorterForms(noticeWhen(notice)),
    ...(notice.area === undefined ? {} : { where: notice.area }),
    paragraphs: paragraphsOf(notice.message),
    details: [
      { label: 'Niveau', value: level },
      { label: 'Période', value: noticeWhen(notice) },
      ...(notice.area === undefined ? [] : [{ label: 'Secteur concerné', value: notice.area }]),
    ],
    ...(notice.href === undefined ? {} : { url: notice.href }),
    issued: notice.published,
    topics: notice.area === undefined ? [] : [notice.area],
    ...(notice.source === undefined ? {} : { source: notice.source }),
  };
}

function fromEvent(event: CivicEvent): Message {
  const words = eventStrings.fr;
  // « 11 h – 13 h » is the card's compact form; running text says « de 11 h à 13 h ».
  const when = formatEventDate(event).replace(/, (\d[^,–]*?)\u00a0– (\d.*)$/u, ', de $1 à $2');
  const where = event.location === undefined ? undefined : formatLocation(event.location);
  const details: Detail[] = [{ label: 'Date', value: when }];
  if (where !== undefined) details.push({ label: words.placeLabel, value: where });
  if (event.price !== undefined) details.push({ label: words.priceLabel, value: formatPrice(event.price) });
  if (event.accessibility.length > 0) {
    details.push({ label: words.accessibilityHeading, value: event.accessibility.map((f) => words.accessibility[f]).join(', ') });
  }
  if (event.registrationUrl !== undefined) details.push({ label: 'Inscription', value: event.registrationUrl });
  if (event.organizer !== undefined) details.push({ label: words.organizerLabel, value: event.organizer });
  const status = event.status === undefined || event.status === 'scheduled' ? undefined : words.status[event.status];
  return {
    kind: 'event',
    headline: event.title,
    ...(status === undefined ? {} : { kicker: status }),
    when: `le ${when}`.replace(/^le du /u, 'du '),
    whenForms: shorterForms(`le ${when}`.replace(/^le du /u, 'du ')),
    ...(where === undefined ? {} : { where }),
    paragraphs: paragraphsOf(event.description),
    details,
    ...(event.href === undefined ? {} : { url: event.href }),
    topics: event.category === undefined ? [] : [event.category],
    ...(event.organizer === undefined ? {} : { source: event.organizer }),
    ...(event.image === undefined ? {} : { image: event.image }),
  };
}

function fromKeyFigure(figure: KeyFigureContent): Message {
  const { compact, full, change } = figure.figure;
  // The words come from the key figure's model (« millions d'euros »): French apostrophe here.
  const paragraphs = [`${figure.label}\u00a0: ${full.replace(/'/gu, '’')}.`];
  if (change !== undefined) paragraphs.push(`${change.words.charAt(0).toUpperCase()}${change.words.slice(1)}.`);
  return {
    kind: 'key-figure',
    headline: `${figure.label}\u00a0: ${compact}`,
    ...(figure.period === undefined ? {} : { when: figure.period }),
    whenForms: figure.period === undefined ? [] : [figure.period],
    paragraphs,
    details: [
      { label: 'Chiffre', value: compact },
      ...(figure.period === undefined ? [] : [{ label: 'Période', value: figure.period }]),
      ...(figure.source === undefined ? [] : [{ label: 'Source', value: figure.source }]),
    ],
    ...(figure.href === undefined ? {} : { url: figure.href }),
    ...(figure.date === undefined ? {} : { issued: figure.date }),
    topics: [],
  };
}

export function toMessage(content: ChannelContent): Message {
  if ('kind' in content) return fromKeyFigure(content);
  return 'heading' in content ? fromNotice(content) : fromEvent(content);
}

const WEEKDAY = /(?<!\p{L})(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) /gu;

/**
 * A date phrase, then the same without the year (« du lundi 11 janvier à 7 h… »), then without
 * weekdays either: SMS, push and Instagram captions are read the day they are sent.
 */
function shorterForms(when: string): string[] {
  const withoutYear = when.replace(/ \d{4}(?!\d)/gu, '');
  return [...new Set([when, withoutYear, withoutYear.replace(WEEKDAY, '')])];
}

/** « 11 janvier 2027 », with the French ordinal for the first day (« 1er janvier 2027 »). */
export function longDay(date: Date): string {
  return formatLongDate(date).replace(/^1 /u, '1er ');
}

/** Generated typography made plain for SMS: no-break spaces and dashes are outside GSM-7. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/gu, ' ').replace(/[–—]/gu, '-');
}
