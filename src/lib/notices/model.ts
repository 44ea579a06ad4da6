/**
 * The official notice as the library understands it, and the one function that turns raw
 * data (a JSON entry, a CAP block, attributes) into it. Everything here is pure: no DOM, no
 * storage, no clock, so the same rules hold in the browser, on the server and in unit tests.
 */
import { endOfDay, isoDay, parseIsoDateTime, type ParsedDateTime } from '../dates.js';
import { dateNote } from '../date-notes.js';
import { problem, type InputProblem } from '../invalid.js';
import { normaliseText } from '../text.js';
import { checkUrl } from '../url.js';
import { formatCount } from '../format.js';
import { readLanguage } from '../language.js';

export const NOTICE_LEVELS = ['info', 'warning', 'alert'] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

/** Longest texts accepted: generous for real notices, bounded so a broken feed cannot freeze a page. */
export const MAX_ID_LENGTH = 200;
export const MAX_HEADING_LENGTH = 300;
export const MAX_MESSAGE_LENGTH = 10_000;
export const MAX_SHORT_TEXT_LENGTH = 300;
/** More entries than this is not a list of notices any more; the rest is reported and left out. */
export const MAX_FEED_ENTRIES = 500;

/**
 * Reading a date in Europe/Paris costs several `Intl` calls, and the notices of a page repeat the
 * same few dates: each distinct value is read once. A `Date` is mutable, so every caller gets its
 * own copy; the memory is bounded.
 */
const readDates = new Map<string, ParsedDateTime | null>();

function remembered(key: string, read: () => ParsedDateTime | null): ParsedDateTime | null {
  let known = readDates.get(key);
  if (known === undefined) {
    if (readDates.size >= 500) readDates.clear();
    known = read();
    readDates.set(key, known);
  }
  return known && { ...known, date: new Date(known.date.getTime()) };
}

/** Why a date was refused when `dateNote` knows (a year 00xx), else the field's own sentence. */
export function refusedDate(raw: unknown, fallback: string): string {
  return dateNote(raw, null) ?? fallback;
}

/** A local time the clock skips or plays twice is kept; the author is told which instant was taken. */
export function reportFold(raw: unknown, parsed: ParsedDateTime | null, field: string, problems: InputProblem[]): void {
  const note = parsed?.fold === undefined ? undefined : dateNote(raw, parsed);
  if (note !== undefined) problems.push(problem(field, note, raw));
}

/** `parseIsoDateTime` (no offset: Europe/Paris), remembered per distinct value (keys: `0` + value; expiries `1` + value). */
export function readIsoDate(raw: unknown): ParsedDateTime | null {
  return typeof raw === 'string' ? remembered(`0${raw}`, () => parseIsoDateTime(raw)) : null;
}

/** A validated notice: every field is present and well-formed, or absent. */
export interface Notice {
  readonly id: string;
  readonly level: NoticeLevel;
  readonly heading: string;
  /** Plain text; line breaks are `\n`; never HTML. */
  readonly message: string;
  /** When the notice starts to hold (a date alone: the start of that day in Europe/Paris). */
  readonly published: Date;
  /**
   * The first instant at which the notice no longer holds. For a date alone (`2026-12-14`)
   * this is the start of the next day in Europe/Paris, i.e. the notice holds all day long.
   */
  readonly expires?: Date;
  /** `true` when `expires` was given as a date without a time (shown as a day, not an hour). */
  readonly expiresDateOnly?: boolean;
  /** `true` when `published` was given as a date without a time. */
  readonly publishedDateOnly?: boolean;
  readonly href?: string;
  readonly linkLabel?: string;
  /** The place concerned, as free text (« Quartier du Centre »). */
  readonly area?: string;
  /** Who speaks; « Ville de Loos » when absent. */
  readonly source?: string;
  /** The language of its texts (BCP 47), when the data says it (a CAP `<language>`, a feed's `lang`). */
  readonly lang?: string;
}

/** What a validation step gives back: a model when one could be built, and every problem seen. */
export interface Validated<T> {
  readonly value?: T;
  readonly problems: readonly InputProblem[];
}

export function isNoticeLevel(value: unknown): value is NoticeLevel {
  return typeof value === 'string' && (NOTICE_LEVELS as readonly string[]).includes(value);
}

export { normaliseText };

export interface TextRule {
  readonly required: boolean;
  readonly max: number;
  /** Keep line breaks (a message) or fold all whitespace to single spaces (a heading). */
  readonly multiline?: boolean;
}

/** Reads one text field; `undefined` means absent or refused (the reason is in `problems`). */
export function readText(
  raw: unknown,
  field: string,
  label: string,
  rule: TextRule,
  problems: InputProblem[],
): string | undefined {
  if (raw === undefined || raw === null) {
    if (rule.required) problems.push(problem(field, `${label} est obligatoire.`));
    return undefined;
  }
  if (typeof raw !== 'string') {
    problems.push(problem(field, `${label} doit être un texte.`, raw));
    return undefined;
  }
  const text = rule.multiline === true ? normaliseText(raw).trim() : normaliseText(raw).replace(/\s+/g, ' ').trim();
  if (text === '') {
    if (rule.required) problems.push(problem(field, `${label} est vide.`));
    return undefined;
  }
  if (text.length > rule.max) {
    problems.push(problem(field, `${label} dépasse ${formatCount(rule.max)} caractères (${formatCount(text.length)}).`, text));
    return undefined;
  }
  return text;
}

/** The input of `validateNotice`: loose on purpose, since it comes from outside. */
export interface RawNotice {
  readonly id?: unknown;
  readonly level?: unknown;
  readonly heading?: unknown;
  readonly message?: unknown;
  readonly published?: unknown;
  readonly expires?: unknown;
  readonly href?: unknown;
  readonly linkLabel?: unknown;
  readonly area?: unknown;
  readonly source?: unknown;
  readonly lang?: unknown;
}

/**
 * Validates one notice. Missing or broken essentials (id, level, heading, message, published)
 * make it unusable: no `value`. A broken extra (a refused link, an unreadable expiry…) is
 * reported and left out, and the notice is still given: the city's word goes out.
 * `prefix` names the entry in problem reports (`notices[3]`).
 */
export function validateNotice(raw: unknown, prefix = ''): Validated<Notice> {
  const at = (name: string) => (prefix === '' ? name : `${prefix}.${name}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problems: [problem(prefix === '' ? 'notice' : prefix, "L'avis doit être un objet.", raw)] };
  }
  const input = raw as RawNotice;
  const fatal: InputProblem[] = [];
  const minor: InputProblem[] = [];

  const id = readText(input.id, at('id'), "L'identifiant", { required: true, max: MAX_ID_LENGTH }, fatal);
  let level: NoticeLevel | undefined;
  if (isNoticeLevel(input.level)) level = input.level;
  else {
    fatal.push(problem(at('level'), 'Le niveau doit être « info », « warning » ou « alert ».', input.level));
  }
  const heading = readText(input.heading, at('heading'), 'Le titre', { required: true, max: MAX_HEADING_LENGTH }, fatal);
  const message = readText(
    input.message,
    at('message'),
    'Le message',
    { required: true, max: MAX_MESSAGE_LENGTH, multiline: true },
    fatal,
  );

  const published = readIsoDate(input.published);
  if (published === null) {
    fatal.push(
      problem(
        at('published'),
        refusedDate(input.published, 'La date de publication est obligatoire, au format ISO 8601 (2026-12-14 ou 2026-12-14T09:30+01:00).'),
        input.published,
      ),
    );
  }
  reportFold(input.published, published, at('published'), minor);

  let expires = readExpiry(input.expires, at('expires'), minor);
  if (published !== null && expires !== undefined && expires.date.getTime() < published.date.getTime()) {
    // An expiry before publication would hide the notice for ever: that is a typo, not an intent.
    fatal.push(problem(at('expires'), "La date d'expiration précède la date de publication.", input.expires));
  } else if (published !== null && expires?.date.getTime() === published.date.getTime()) {
    // An instant notice (CAP agencies write `expires` = `sent`): its end is not known, so it holds
    // while the feed carries it, rather than vanishing the moment it appears.
    expires = undefined;
  }

  const href = readLink(input.href, at('href'), minor);
  const linkLabel = readText(input.linkLabel, at('linkLabel'), 'Le libellé du lien', { required: false, max: MAX_SHORT_TEXT_LENGTH }, minor);
  if (linkLabel !== undefined && href === undefined && input.href === undefined) {
    minor.push(problem(at('linkLabel'), 'Un libellé de lien sans adresse (href) est ignoré.', linkLabel));
  }
  const area = readText(input.area, at('area'), 'La zone', { required: false, max: MAX_SHORT_TEXT_LENGTH }, minor);
  const source = readText(input.source, at('source'), 'La source', { required: false, max: MAX_SHORT_TEXT_LENGTH }, minor);
  const lang = readLanguage(input.lang, at('lang'), minor);

  const problems = [...fatal, ...minor];
  if (fatal.length > 0 || id === undefined || level === undefined || heading === undefined || message === undefined || published === null) {
    return { problems };
  }
  return {
    problems,
    value: {
      id,
      level,
      heading,
      message,
      published: published.date,
      ...(published.dateOnly ? { publishedDateOnly: true } : {}),
      ...(expires === undefined ? {} : { expires: expires.date, expiresDateOnly: expires.dateOnly }),
      ...(href === undefined ? {} : { href }),
      ...(href !== undefined && linkLabel !== undefined ? { linkLabel } : {}),
      ...(area === undefined ? {} : { area }),
      ...(source === undefined ? {} : { source }),
      ...(lang === undefined ? {} : { lang }),
    },
  };
}

/** The instant a notice stops holding; a date alone holds until the end of that day in Europe/Paris. */
export function readExpiry(
  raw: unknown,
  field: string,
  problems: InputProblem[],
): { date: Date; dateOnly: boolean } | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  // A day alone ends at the start of the next day: remembered as such, under its own key.
  const parsed = typeof raw === 'string' ? remembered(`1${raw}`, () => {
    const read = parseIsoDateTime(raw);
    return read?.dateOnly === true ? { date: startOfNextDay(read.date), dateOnly: true } : read;
  }) : null;
  if (parsed === null) {
    problems.push(problem(field, `La date d'expiration est ignorée. ${refusedDate(raw, "Ce n'est pas une date ISO 8601 valide.")}`, raw));
    return undefined;
  }
  reportFold(raw, parsed, field, problems);
  return parsed;
}

/** Start of the day after `dayStart` in Europe/Paris (23, 24 or 25 hours later). */
function startOfNextDay(dayStart: Date): Date {
  // endOfDay gives the last millisecond of the day; one more is midnight of the next day.
  return new Date(endOfDay(dayStart).getTime() + 1);
}

/** A link through the library's one URL check; a refused link is reported and left out. */
export function readLink(raw: unknown, field: string, problems: InputProblem[]): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const checked = checkUrl(raw);
  if (!checked.ok) {
    problems.push(problem(field, `Lien refusé : ${checked.reason}`, raw));
    return undefined;
  }
  return checked.url;
}

/** The key under which a dismissal is remembered: a re-published notice is a new notice. */
export function dismissalKey(id: string, published: Date | undefined): string {
  return `${id}@${published === undefined ? '' : published.toISOString()}`;
}

/** Which kind of document a feed turned out to be. */
export type FeedFormat = 'json' | 'cap' | 'atom' | 'rss' | 'unknown';

/** What a feed parser gives back. It never throws: any input yields a list plus problems. */
export interface FeedParseResult {
  readonly format: FeedFormat;
  /** The valid notices, in document order (not filtered by date, not sorted). */
  readonly notices: readonly Notice[];
  readonly problems: readonly InputProblem[];
  /** Entries left out because they were invalid (each one is explained in `problems`). */
  readonly skipped: number;
  /** Entries deliberately not shown: a CAP test or exercise, a cancellation, an acknowledgement. */
  readonly ignored: number;
  /** `false` when the document itself could not be read: the last good list must stay on screen. */
  readonly readable: boolean;
}

/** Why a body was not read when the code that reads it could not be loaded (offline, say). */
export const PARSER_UNAVAILABLE = 'Le lecteur de ce format de flux n’a pas pu être chargé.';

/** Why a body was not read when reading it failed unexpectedly (the reader itself says more, see feed-body.ts). */
export const FEED_READ_FAILED = 'Le flux n’a pas pu être lu (erreur inattendue).';

/**
 * A readable body whose entries were all invalid: an error upstream, not « no notice today »
 * (that is an empty list), so it must not replace a good list nor its stored copy.
 */
export function isAllInvalid(result: FeedParseResult): boolean {
  return result.readable && result.notices.length === 0 && result.skipped > 0;
}

/** A result for a document that could not be read at all. */
export function unreadable(format: FeedFormat, field: string, message: string, value?: unknown): FeedParseResult {
  return { format, notices: [], problems: [problem(field, message, value)], skipped: 0, ignored: 0, readable: false };
}

/**
 * Validates each entry of a list (a JSON feed, the offline copy of a feed), keeps the valid ones,
 * drops duplicates, counts and explains the rest. `total` counts entries left out beforehand.
 */
export function collectNotices(entries: readonly unknown[], total: number, field: string, format: FeedFormat): FeedParseResult {
  const notices: Notice[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  entries.forEach((entry, index) => {
    const { value, problems: entryProblems } = validateNotice(entry, `${field}[${index}]`);
    problems.push(...entryProblems);
    if (value === undefined) {
      skipped += 1;
    } else if (seen.has(value.id)) {
      skipped += 1;
      problems.push(problem(`${field}[${index}].id`, `L'identifiant « ${value.id} » est déjà utilisé : cet avis est ignoré.`));
    } else {
      seen.add(value.id);
      notices.push(value);
    }
  });
  if (total > entries.length) {
    skipped += total - entries.length;
    problems.push(problem(field, `Le flux contient ${formatCount(total)} avis ; seuls les ${formatCount(entries.length)} premiers sont lus.`));
  }
  if (skipped > 0) {
    problems.push(problem(field, `${skipped} avis sur ${total} ignoré(s) car invalide(s) ; les autres sont affichés.`));
  }
  return { format, notices, problems, skipped, ignored: 0, readable: true };
}

/** One notice written back in the library's JSON format (used for the offline copy of a feed). */
export function noticeToJson(notice: Notice): Record<string, string> {
  const json: Record<string, string> = {
    id: notice.id,
    level: notice.level,
    heading: notice.heading,
    message: notice.message,
    published: notice.publishedDateOnly === true ? isoDay(notice.published) : notice.published.toISOString(),
  };
  if (notice.expires !== undefined) {
    // A day-long expiry is stored as the start of the next day: write back the day itself.
    json.expires = notice.expiresDateOnly === true ? isoDay(new Date(notice.expires.getTime() - 1)) : notice.expires.toISOString();
  }
  if (notice.href !== undefined) json.href = notice.href;
  if (notice.linkLabel !== undefined) json.linkLabel = notice.linkLabel;
  if (notice.area !== undefined) json.area = notice.area;
  if (notice.source !== undefined) json.source = notice.source;
  if (notice.lang !== undefined) json.lang = notice.lang;
  return json;
}
