/**
 * From attributes to what `<loos-notice>` shows, and the dates as French readers expect them
 * (« 14 décembre 2026 à 9 h 30 »). Pure: the element renders the view and reports the problems.
 */
import { parseIsoDateTime, wallClock } from '../dates.js';
import { dateFormat, formatLongDate } from '../format.js';
import type { Locale } from '../i18n.js';
import { problem, type InputProblem } from '../invalid.js';
import { noticeStrings } from '../strings/notices.js';
import {
  dismissalKey,
  isNoticeLevel,
  MAX_HEADING_LENGTH,
  MAX_ID_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  readExpiry,
  readLink,
  readText,
  type NoticeLevel,
} from './model.js';

/** The attributes of `<loos-notice>` as the element received them. */
export interface NoticeAttributes {
  readonly level?: string | null;
  readonly heading?: string | null;
  readonly href?: string | null;
  readonly linkLabel?: string | null;
  readonly published?: string | null;
  readonly expires?: string | null;
  readonly source?: string | null;
  readonly area?: string | null;
  readonly dismissible?: boolean;
  readonly noticeId?: string | null;
  readonly headingLevel?: number;
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** What `<loos-notice>` renders: only checked values. */
export interface NoticeView {
  readonly level: NoticeLevel;
  readonly heading?: string;
  readonly href?: string;
  readonly linkLabel?: string;
  readonly published?: Date;
  readonly publishedDateOnly: boolean;
  readonly expires?: Date;
  readonly expiresDateOnly: boolean;
  readonly source?: string;
  readonly area?: string;
  readonly dismissible: boolean;
  /** Where the dismissal is remembered; absent without `notice-id` (then it holds for the page only). */
  readonly dismissKey?: string;
  readonly headingLevel: HeadingLevel;
}

/** A heading level between 2 and 6 (the page title is the h1); anything else is reported. */
export function readHeadingLevel(raw: unknown, problems: InputProblem[]): HeadingLevel {
  if (raw === undefined || raw === null) return 2;
  if (raw === 2 || raw === 3 || raw === 4 || raw === 5 || raw === 6) return raw;
  problems.push(problem('heading-level', 'Le niveau de titre doit être un entier de 2 à 6 : 2 est utilisé.', raw));
  return 2;
}

const blankToUndefined = (value: string | null | undefined) => (value === null || value === undefined || value.trim() === '' ? undefined : value);

export function readNoticeAttributes(attributes: NoticeAttributes): { view: NoticeView; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  let level: NoticeLevel = 'info';
  const rawLevel = blankToUndefined(attributes.level);
  if (isNoticeLevel(rawLevel)) level = rawLevel;
  else if (rawLevel !== undefined) {
    problems.push(problem('level', 'Le niveau doit être « info », « warning » ou « alert » : l’avis est affiché comme une information.', rawLevel));
  }

  const heading = readText(attributes.heading ?? undefined, 'heading', 'Le titre (heading)', { required: true, max: MAX_HEADING_LENGTH }, problems);
  const href = readLink(blankToUndefined(attributes.href), 'href', problems);
  const linkLabel = readText(blankToUndefined(attributes.linkLabel), 'link-label', 'Le libellé du lien', { required: false, max: MAX_SHORT_TEXT_LENGTH }, problems);
  const source = readText(blankToUndefined(attributes.source), 'source', 'La source', { required: false, max: MAX_SHORT_TEXT_LENGTH }, problems);
  const area = readText(blankToUndefined(attributes.area), 'area', 'La zone', { required: false, max: MAX_SHORT_TEXT_LENGTH }, problems);

  const rawPublished = blankToUndefined(attributes.published);
  const published = rawPublished === undefined ? null : parseIsoDateTime(rawPublished);
  if (rawPublished !== undefined && published === null) {
    problems.push(problem('published', 'La date de publication n’est pas une date ISO 8601 valide : elle est ignorée.', rawPublished));
  }
  const expires = readExpiry(blankToUndefined(attributes.expires), 'expires', problems);
  if (published !== null && expires !== undefined && expires.date.getTime() <= published.date.getTime()) {
    problems.push(problem('expires', 'La date d’expiration précède la date de publication : l’avis ne sera jamais affiché.', attributes.expires));
  }

  let dismissible = attributes.dismissible === true;
  let key: string | undefined;
  if (dismissible && level === 'alert') {
    // Public safety: an alert stays in sight for as long as it holds.
    problems.push(problem('dismissible', 'Une alerte ne peut pas être masquée (sécurité publique) : « dismissible » est ignoré.'));
    dismissible = false;
  }
  if (dismissible) {
    const id = readText(blankToUndefined(attributes.noticeId), 'notice-id', 'L’identifiant (notice-id)', { required: false, max: MAX_ID_LENGTH }, problems);
    if (id === undefined) {
      problems.push(problem('notice-id', 'Sans « notice-id », un avis masqué réapparaît au prochain chargement de la page.'));
    } else {
      key = dismissalKey(id, published?.date);
    }
  }

  const headingLevel = readHeadingLevel(attributes.headingLevel, problems);

  return {
    problems,
    view: {
      level,
      headingLevel,
      publishedDateOnly: published?.dateOnly ?? false,
      expiresDateOnly: expires?.dateOnly ?? false,
      dismissible,
      ...(heading === undefined ? {} : { heading }),
      ...(href === undefined ? {} : { href }),
      ...(href !== undefined && linkLabel !== undefined ? { linkLabel } : {}),
      ...(published === null ? {} : { published: published.date }),
      ...(expires === undefined ? {} : { expires: expires.date }),
      ...(source === undefined ? {} : { source }),
      ...(area === undefined ? {} : { area }),
      ...(key === undefined ? {} : { dismissKey: key }),
    },
  };
}

/** « 9 h 30 » in French typography, « 09:30 » in English. */
export function formatTime(date: Date, locale: Locale): string {
  if (locale === 'fr') {
    const { hour, minute } = wallClock(date);
    return `${hour} h ${String(minute).padStart(2, '0')}`;
  }
  return dateFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, locale).format(date);
}

/** A publication instant as text: the day alone when no time was given. */
export function formatNoticeDate(date: Date, dateOnly: boolean, locale: Locale): string {
  const day = formatLongDate(date, locale);
  return dateOnly ? day : noticeStrings[locale].dateAtTime(day, formatTime(date, locale));
}

/** An expiry as text; a day-long expiry is stored as the next midnight, so the day before is shown. */
export function formatExpiry(expires: Date, dateOnly: boolean, locale: Locale): string {
  return dateOnly ? formatLongDate(new Date(expires.getTime() - 1), locale) : formatNoticeDate(expires, false, locale);
}
