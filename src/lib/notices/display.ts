/**
 * From attributes to what `<loos-notice>` shows, and the dates as French readers expect them
 * (« 14 décembre 2026 à 9 h 30 »). Pure: the element renders the view and reports the problems.
 */
import { formatLongDate, formatTimeOfDay } from '../format.js';
import type { Locale } from '../i18n.js';
import { readHeadingLevel, type HeadingLevel } from '../heading-level.js';
import { problem, type InputProblem } from '../invalid.js';
import { propertyText } from '../property-values.js';
import { noticeStrings } from '../strings/notices.js';
import {
  dismissalKey,
  isNoticeLevel,
  MAX_HEADING_LENGTH,
  MAX_ID_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  readExpiry,
  readIsoDate,
  refusedDate,
  reportFold,
  readLink,
  readText,
  type Notice,
  type NoticeLevel,
} from './model.js';

/**
 * The attributes of `<loos-notice>` as the element received them: texts, or whatever a script set
 * (a `Date`, a `URL` are taken; other types are reported, see `propertyText`).
 */
export interface NoticeAttributes {
  readonly level?: unknown;
  readonly heading?: unknown;
  readonly href?: unknown;
  readonly linkLabel?: unknown;
  readonly published?: unknown;
  readonly expires?: unknown;
  readonly source?: unknown;
  readonly area?: unknown;
  readonly dismissible?: boolean;
  readonly noticeId?: unknown;
  /** As written (`"3"`) or as a number; checked here. */
  readonly headingLevel?: unknown;
}

export type { HeadingLevel };

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
  /** The language of the notice's texts, when its data says it (never guessed). */
  readonly lang?: string;
  readonly dismissible: boolean;
  /** Where the dismissal is remembered; absent without `notice-id` (then it holds for the page only). */
  readonly dismissKey?: string;
  readonly headingLevel: HeadingLevel;
}

/** An attribute that is absent, empty or only spaces counts as not given (texts go through `readText`, which does the same). */
const given = (value: string | null | undefined) => (value == null || value.trim() === '' ? undefined : value);

/** The rule of the short optional texts: link label, source, area, notice-id. */
const SHORT = { required: false, max: MAX_SHORT_TEXT_LENGTH } as const;

export function readNoticeAttributes(written: NoticeAttributes): { view: NoticeView; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report = (field: string, message: string, value?: unknown) => problems.push(problem(field, message, value));
  const text = (value: unknown, field: string) => propertyText(value, field, problems);
  const attributes = {
    level: text(written.level, 'level'),
    heading: written.heading,
    href: text(written.href, 'href'),
    linkLabel: written.linkLabel,
    published: text(written.published, 'published'),
    expires: text(written.expires, 'expires'),
    source: written.source,
    area: written.area,
    dismissible: written.dismissible,
    noticeId: written.noticeId,
    headingLevel: written.headingLevel,
  };
  const rawLevel = given(attributes.level);
  const level: NoticeLevel = isNoticeLevel(rawLevel) ? rawLevel : 'info';
  if (rawLevel !== undefined && rawLevel !== level) {
    report('level', 'Le niveau doit être « info », « warning » ou « alert » : l’avis est affiché comme une information.', rawLevel);
  }

  const heading = readText(attributes.heading, 'heading', 'Le titre (heading)', { required: true, max: MAX_HEADING_LENGTH }, problems);
  const href = readLink(given(attributes.href), 'href', problems);
  const linkLabel = readText(attributes.linkLabel, 'link-label', 'Le libellé du lien', SHORT, problems);
  const source = readText(attributes.source, 'source', 'La source', SHORT, problems);
  const area = readText(attributes.area, 'area', 'La zone', SHORT, problems);

  const rawPublished = given(attributes.published);
  const published = rawPublished === undefined ? null : readIsoDate(rawPublished);
  if (rawPublished !== undefined && published === null) {
    report('published', refusedDate(rawPublished, 'La date de publication n’est pas une date ISO 8601 valide : elle est ignorée.'), rawPublished);
  }
  reportFold(rawPublished, published, 'published', problems);
  const expires = readExpiry(given(attributes.expires), 'expires', problems);
  if (published && expires && expires.date <= published.date) {
    report('expires', 'La date d’expiration précède la date de publication : l’avis ne sera jamais affiché.', attributes.expires);
  }

  // Public safety: an alert stays in sight for as long as it holds.
  const dismissible = attributes.dismissible === true && level !== 'alert';
  if (attributes.dismissible === true && !dismissible) {
    report('dismissible', 'Une alerte ne peut pas être masquée (sécurité publique) : « dismissible » est ignoré.');
  }
  let dismissKey: string | undefined;
  if (dismissible) {
    const id = readText(attributes.noticeId, 'notice-id', 'L’identifiant (notice-id)', { required: false, max: MAX_ID_LENGTH }, problems);
    if (id === undefined) report('notice-id', 'Sans « notice-id », un avis masqué réapparaît au prochain chargement de la page.');
    else dismissKey = dismissalKey(id, published?.date);
  }

  // h2 unless told otherwise.
  const { level: headingLevel, problems: headingProblems } = readHeadingLevel(attributes.headingLevel, 2);
  problems.push(...headingProblems);

  return {
    problems,
    view: {
      level,
      heading,
      href,
      // A label without a link has nothing to label.
      linkLabel: href === undefined ? undefined : linkLabel,
      published: published?.date,
      publishedDateOnly: published?.dateOnly === true,
      expires: expires?.date,
      expiresDateOnly: expires?.dateOnly === true,
      source,
      area,
      dismissible,
      dismissKey,
      headingLevel,
    },
  };
}

/**
 * The view of a notice that a container (`<loos-notice-feed>`) has already validated: its
 * `<loos-notice>` children render it as it is, without reading attributes or reporting again.
 */
export function noticeViewOf(notice: Notice, { headingLevel, dismissible }: { headingLevel: HeadingLevel; dismissible: boolean }): NoticeView {
  const canDismiss = dismissible && notice.level !== 'alert';
  return {
    level: notice.level,
    heading: notice.heading,
    href: notice.href,
    linkLabel: notice.href === undefined ? undefined : notice.linkLabel,
    published: notice.published,
    publishedDateOnly: notice.publishedDateOnly === true,
    expires: notice.expires,
    expiresDateOnly: notice.expiresDateOnly === true,
    source: notice.source,
    area: notice.area,
    lang: notice.lang,
    dismissible: canDismiss,
    dismissKey: canDismiss ? dismissalKey(notice.id, notice.published) : undefined,
    headingLevel,
  };
}

/** Dates already written, per instant, precision and locale: writing one takes several `Intl` calls. */
const writtenDates = new Map<string, string>();

/** A publication instant as text: the day alone when no time was given. */
export function formatNoticeDate(date: Date, dateOnly: boolean, locale: Locale): string {
  const key = `${date.getTime()} ${dateOnly} ${locale}`;
  let text = writtenDates.get(key);
  if (text === undefined) {
    const day = formatLongDate(date, locale);
    text = dateOnly ? day : noticeStrings[locale].dateAtTime(day, formatTimeOfDay(date, locale));
    if (writtenDates.size >= 500) writtenDates.clear();
    // Until the English words are here (loaded on demand), an English date is written with the
    // French « à »: it is not remembered, so that the next render writes it in English.
    if (noticeStrings[locale] !== noticeStrings.fr || locale === 'fr') writtenDates.set(key, text);
  }
  return text;
}

/** An expiry as text; a day-long expiry is stored as the next midnight, so the day before is shown. */
export function formatExpiry(expires: Date, dateOnly: boolean, locale: Locale): string {
  return dateOnly ? formatLongDate(new Date(expires.getTime() - 1), locale) : formatNoticeDate(expires, false, locale);
}
