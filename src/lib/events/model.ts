/**
 * The civic event model: what an agenda entry of the Ville de Loos is made of, and the one
 * function that turns author input (JSON, attributes, JSON-LD ingest) into it.
 *
 * Rules: invalid fields are reported in French and left out, never guessed. An event needs a
 * title and a valid start to be shown as an event; without them `validateEvent` returns no
 * `event` (the card then shows a placeholder naming the problem, the list counts it and says
 * how many events could not be shown).
 */
import { parseIsoDateTime, zonedTimeToDate, wallClock, type ParsedDateTime } from '../dates.js';
import { dateNote } from '../date-notes.js';
import { problem, type InputProblem } from '../invalid.js';
import { checkUrl } from '../url.js';
import { readLanguage } from '../language.js';
import { characterCount, cleanLine, cleanText, slugify, truncate } from './text.js';

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online', 'full'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const ACCESSIBILITY_FEATURES = ['wheelchair', 'sign-language', 'hearing-loop', 'audio-description', 'easy-read'] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export interface EventLocation {
  readonly name: string;
  readonly address?: string;
  readonly city?: string;
}

export interface EventImage {
  readonly src: string;
  /** Text alternative; `''` marks a decorative image. */
  readonly alt: string;
}

/**
 * The input shape (as in `schemas/events.schema.json`): ISO 8601 strings for dates. Every
 * field is `unknown` on purpose in `validateEvent`; this type documents what is expected.
 */
export interface CivicEventInput {
  id?: string | number;
  title: string;
  start: string;
  end?: string;
  allDay?: boolean;
  location?: EventLocation;
  category?: string;
  description?: string;
  image?: EventImage;
  href?: string;
  /** `0` means free (« Gratuit »); a text such as « 5 € / 3 € tarif réduit » is shown as written. */
  price?: number | string;
  registrationUrl?: string;
  status?: EventStatus;
  attendance?: AttendanceMode;
  onlineUrl?: string;
  accessibility?: readonly AccessibilityFeature[];
  organizer?: string;
  /** Language of the event's texts (BCP 47: `en`, `en-GB`), when the source says it; the city's French otherwise. */
  lang?: string;
  /** Language of the description when it differs from `lang` (a JSON-LD value tagged with another). */
  descriptionLang?: string;
}

/** A validated event: dates are instants, texts are clean, URLs passed the shared check. */
export interface CivicEvent {
  readonly id: string;
  readonly title: string;
  /** First instant (midnight in Europe/Paris of the first day for an all-day event). */
  readonly start: Date;
  /**
   * Last instant for a timed event; for an all-day event, midnight of the LAST day (inclusive:
   * `end: '2025-07-05'` means the event runs on 5 July too).
   */
  readonly end?: Date;
  readonly allDay: boolean;
  readonly location?: EventLocation;
  readonly category?: string;
  readonly description?: string;
  readonly image?: EventImage;
  readonly href?: string;
  readonly price?: number | string;
  readonly registrationUrl?: string;
  readonly status?: EventStatus;
  readonly attendance?: AttendanceMode;
  readonly onlineUrl?: string;
  readonly accessibility: readonly AccessibilityFeature[];
  readonly organizer?: string;
  /** Language of the title and texts (BCP 47), when the source says it: never guessed. */
  readonly lang?: string;
  /** Language of the description when it differs from `lang`. */
  readonly descriptionLang?: string;
}

export interface EventValidation {
  /** The event, when it has at least a title and a valid start. */
  readonly event?: CivicEvent;
  /** The title when there was one, so that a placeholder can still name the event. */
  readonly title?: string;
  readonly problems: readonly InputProblem[];
}

export const TITLE_MAX_LENGTH = 300;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const SHORT_TEXT_MAX_LENGTH = 300;

/** No value given: absent, `null`, or an empty attribute. */
function isAbsent(raw: unknown): raw is undefined | null | '' {
  return raw === undefined || raw === null || raw === '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems with field names prefixed by the event's path (`events[3].start`). */
class Reporter {
  readonly problems: InputProblem[] = [];
  constructor(private readonly path: string) {}
  field(name: string): string {
    return this.path === '' ? name : `${this.path}.${name}`;
  }
  add(name: string, message: string, value?: unknown): void {
    this.problems.push(problem(this.field(name), message, value));
  }
}

function readText(
  raw: unknown,
  name: string,
  report: Reporter,
  options: { max: number; multiline?: boolean; label: string },
): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') {
    report.add(name, `${options.label} doit être un texte.`, raw);
    return undefined;
  }
  const cleaned = options.multiline === true ? cleanText(raw) : cleanLine(raw);
  if (cleaned === '') return undefined;
  if (characterCount(cleaned) > options.max) {
    report.add(name, `${options.label} dépasse ${options.max} caractères : il a été raccourci.`, raw);
    return truncate(cleaned, options.max);
  }
  return cleaned;
}

/** Reads one optional field; `name` is the field's name in problems. */
type FieldReader = (raw: unknown, name: string, report: Reporter) => unknown;

function readUrl(raw: unknown, name: string, report: Reporter): string | undefined {
  if (isAbsent(raw)) return undefined;
  const checked = checkUrl(raw);
  if (!checked.ok) {
    report.add(name, `Adresse refusée : ${checked.reason}`, raw);
    return undefined;
  }
  return checked.url;
}

function readEnum(raw: unknown, name: string, allowed: readonly string[], report: Reporter, label: string): string | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw === 'string' && allowed.includes(raw.trim())) return raw.trim();
  report.add(name, `${label} inconnu : valeurs possibles ${allowed.join(', ')}.`, raw);
  return undefined;
}

const NUMERIC_PRICE = /^\d+(?:[.,]\d+)?$/;

function readPrice(raw: unknown, name: string, report: Reporter): number | string | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw === 'number') {
    if (Number.isFinite(raw) && raw >= 0) return raw;
    report.add(name, 'Le tarif doit être un nombre positif ou nul (0 pour « Gratuit »), ou un texte.', raw);
    return undefined;
  }
  if (typeof raw === 'string') {
    const text = cleanLine(raw);
    if (text === '') return undefined;
    // An attribute always gives a string: `price="0"` must still mean « Gratuit ».
    if (NUMERIC_PRICE.test(text)) return Number(text.replace(',', '.'));
    return truncate(text, SHORT_TEXT_MAX_LENGTH);
  }
  report.add(name, 'Le tarif doit être un nombre ou un texte.', raw);
  return undefined;
}

function readLocation(raw: unknown, name: string, report: Reporter): EventLocation | undefined {
  if (isAbsent(raw)) return undefined;
  // A bare string is the place's name, as people write it (« Salle Jean Jaurès »).
  const fields: Record<string, unknown> = typeof raw === 'string' ? { name: raw } : isRecord(raw) ? raw : {};
  if (typeof raw !== 'string' && !isRecord(raw)) {
    report.add(name, 'Le lieu doit être un objet { name, address, city } ou un texte.', raw);
    return undefined;
  }
  const short = { max: SHORT_TEXT_MAX_LENGTH };
  const placeName = readText(fields.name, `${name}.name`, report, { ...short, label: 'Le nom du lieu' });
  const address = readText(fields.address, `${name}.address`, report, { ...short, label: "L'adresse du lieu" });
  const city = readText(fields.city, `${name}.city`, report, { ...short, label: 'La commune du lieu' });
  if (placeName === undefined) {
    if (address !== undefined || city !== undefined) {
      report.add(`${name}.name`, 'Le lieu a une adresse mais pas de nom : le nom est obligatoire.');
    }
    return undefined;
  }
  return { name: placeName, ...optional('address', address), ...optional('city', city) };
}

function readImage(raw: unknown, name: string, report: Reporter): EventImage | undefined {
  if (isAbsent(raw)) return undefined;
  if (!isRecord(raw)) {
    report.add(name, "L'image doit être un objet { src, alt }.", raw);
    return undefined;
  }
  const src = readUrl(raw.src, `${name}.src`, report);
  if (src === undefined) {
    if (raw.src === undefined || raw.src === '') report.add(`${name}.src`, "L'image n'a pas d'adresse (src).");
    return undefined;
  }
  if (typeof raw.alt !== 'string') {
    report.add(
      `${name}.alt`,
      "L'image n'a pas de texte alternatif (alt) : elle n'est pas affichée. Décrivez-la, ou indiquez alt: \"\" si elle est décorative.",
      raw.alt,
    );
    return undefined;
  }
  return { src, alt: truncate(cleanLine(raw.alt), SHORT_TEXT_MAX_LENGTH) };
}

function readAccessibility(raw: unknown, report: Reporter): AccessibilityFeature[] {
  if (isAbsent(raw)) return [];
  // Attributes give a space- or comma-separated list.
  const items: unknown[] = typeof raw === 'string' ? raw.split(/[\s,]+/).filter((item) => item !== '') : Array.isArray(raw) ? raw : [];
  if (typeof raw !== 'string' && !Array.isArray(raw)) {
    report.add('accessibility', "L'accessibilité doit être une liste.", raw);
    return [];
  }
  const features: AccessibilityFeature[] = [];
  items.forEach((item, index) => {
    if (typeof item === 'string' && (ACCESSIBILITY_FEATURES as readonly string[]).includes(item)) {
      if (!features.includes(item as AccessibilityFeature)) features.push(item as AccessibilityFeature);
    } else {
      report.add(`accessibility[${index}]`, `Équipement d'accessibilité inconnu : valeurs possibles ${ACCESSIBILITY_FEATURES.join(', ')}.`, item);
    }
  });
  return features;
}

/** Midnight in Europe/Paris of the calendar day of `date` there. */
function startOfCityDay(date: Date): Date {
  const { year, month, day } = wallClock(date);
  return zonedTimeToDate({ year, month, day, hour: 0, minute: 0 });
}

/** A date as `parseIsoDateTime` reads it; a local time the clock skips or plays twice is reported. */
function readDate(raw: unknown, name: string, report: Reporter): ParsedDateTime | null {
  const parsed = parseIsoDateTime(raw);
  const note = parsed?.fold === undefined ? undefined : dateNote(raw, parsed);
  if (note !== undefined) report.add(name, note, raw);
  return parsed;
}

function readDates(
  input: Record<string, unknown>,
  report: Reporter,
): { start?: Date; end?: Date; allDay: boolean } {
  if (input.allDay !== undefined && input.allDay !== null && typeof input.allDay !== 'boolean') {
    report.add('allDay', '« allDay » doit valoir true ou false.', input.allDay);
  }
  let start: Date | undefined;
  let allDay = input.allDay === true;
  if (isAbsent(input.start)) {
    report.add('start', "La date de début est obligatoire (format ISO 8601, par exemple 2026-12-14T15:00).");
  } else {
    const parsed = readDate(input.start, 'start', report);
    if (parsed === null) {
      report.add('start', dateNote(input.start, null) ?? 'La date de début est invalide (format attendu : ISO 8601, par exemple 2026-12-14T15:00).', input.start);
    } else {
      start = parsed.date;
      allDay ||= parsed.dateOnly;
    }
  }
  if (start === undefined) return { allDay };
  if (allDay) start = startOfCityDay(start);

  let end: Date | undefined;
  if (!isAbsent(input.end)) {
    const parsed = readDate(input.end, 'end', report);
    if (parsed === null) {
      report.add('end', `La date de fin est ignorée. ${dateNote(input.end, null) ?? 'Elle est invalide (format attendu : ISO 8601).'}`, input.end);
    } else {
      end = allDay ? startOfCityDay(parsed.date) : parsed.date;
      if (end.getTime() < start.getTime()) {
        report.add('end', 'La date de fin est antérieure à la date de début : elle est ignorée.', input.end);
        end = undefined;
      } else if (end.getTime() === start.getTime()) {
        // Same instant (or same day for an all-day event): nothing to show as a range.
        end = undefined;
      }
    }
  }
  return end === undefined ? { start, allDay } : { start, end, allDay };
}

function readId(raw: unknown, title: string | undefined, start: Date | undefined, report: Reporter): string {
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw === 'string' && cleanLine(raw) !== '') return truncate(cleanLine(raw), 200);
  // A stable fallback keeps the iCalendar UID the same from one download to the next.
  const derived = `${slugify(title ?? 'evenement')}-${start === undefined ? 'sans-date' : String(start.getTime())}`;
  report.add('id', `L'identifiant est manquant ou invalide : « ${derived} » est utilisé à la place.`, raw);
  return derived;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

const text =
  (label: string, max = SHORT_TEXT_MAX_LENGTH, multiline = false): FieldReader =>
  (raw, name, report) =>
    readText(raw, name, report, { max, multiline, label });

const oneOf =
  (allowed: readonly string[], label: string): FieldReader =>
  (raw, name, report) =>
    readEnum(raw, name, allowed, report, label);

const language: FieldReader = (raw, name, report) => readLanguage(raw, report.field(name), report.problems);

/** The optional fields, each with its reader, in the order of the event object and of problems. */
const OPTIONAL_FIELDS: readonly (readonly [keyof CivicEventInput, FieldReader])[] = [
  ['location', readLocation],
  ['category', text('La catégorie')],
  ['description', text('La description', DESCRIPTION_MAX_LENGTH, true)],
  ['image', readImage],
  ['href', readUrl],
  ['price', readPrice],
  ['registrationUrl', readUrl],
  ['status', oneOf(EVENT_STATUSES, 'Statut')],
  ['attendance', oneOf(ATTENDANCE_MODES, 'Mode de participation')],
  ['onlineUrl', readUrl],
  ['organizer', text("L'organisateur")],
  ['lang', language],
  ['descriptionLang', language],
];

const KNOWN_FIELDS = new Set<string>(['id', 'title', 'start', 'end', 'allDay', 'accessibility', ...OPTIONAL_FIELDS.map(([name]) => name)]);

/**
 * Validates one event. `path` prefixes the field names in problems (`events[3]`).
 * Never throws, whatever `input` is.
 */
export function validateEvent(input: unknown, path = ''): EventValidation {
  const report = new Reporter(path);
  if (!isRecord(input)) {
    return { problems: [problem(path === '' ? 'event' : path, "L'événement doit être un objet.", input)] };
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN_FIELDS.has(key) && !key.startsWith('$') && !key.startsWith('@')) {
      report.add(key, `Champ inconnu « ${key} » : il est ignoré.`);
    }
  }
  const title = readText(input.title, 'title', report, { max: TITLE_MAX_LENGTH, label: 'Le titre' });
  if (title === undefined && (input.title === undefined || input.title === null || typeof input.title === 'string')) {
    report.add('title', 'Le titre est obligatoire.');
  }
  const { start, end, allDay } = readDates(input, report);
  const id = readId(input.id, title, start, report);
  // Each reader returns the type of its field in `CivicEvent` (see OPTIONAL_FIELDS).
  const fields: Partial<CivicEvent> = {};
  for (const [name, read] of OPTIONAL_FIELDS) {
    const value = read(input[name], name, report);
    if (value !== undefined) Object.assign(fields, { [name]: value });
  }
  const accessibility = readAccessibility(input.accessibility, report);
  if (title === undefined || start === undefined) {
    return { ...optional('title', title), problems: report.problems };
  }
  const event: CivicEvent = { id, title, start, ...optional('end', end), allDay, ...fields, accessibility };
  return { event, title, problems: report.problems };
}

export interface EventsValidation {
  readonly events: readonly CivicEvent[];
  /** How many entries could not become an event (no title or no valid start, not an object). */
  readonly rejected: number;
  readonly problems: readonly InputProblem[];
}

/** Validates a list; one bad entry never hides the others. Duplicate ids are reported. */
export function validateEvents(input: unknown, path = 'events'): EventsValidation {
  if (!Array.isArray(input)) {
    return {
      events: [],
      rejected: 0,
      problems: [problem(path, 'La liste des événements doit être un tableau JSON.', input)],
    };
  }
  const events: CivicEvent[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  let rejected = 0;
  input.forEach((item, index) => {
    const result = validateEvent(item, `${path}[${index}]`);
    problems.push(...result.problems);
    if (result.event === undefined) {
      rejected += 1;
      return;
    }
    if (seen.has(result.event.id)) {
      problems.push(problem(`${path}[${index}].id`, `L'identifiant « ${result.event.id} » est déjà utilisé par un autre événement.`));
    }
    seen.add(result.event.id);
    events.push(result.event);
  });
  return { events, rejected, problems };
}

/** The instant after which an event is over (end of its last day for an all-day event). */
export function eventEndInstant(event: CivicEvent): Date {
  const last = event.end ?? event.start;
  if (!event.allDay) return last;
  const { year, month, day } = wallClock(last);
  return new Date(zonedTimeToDate({ year, month, day: day + 1, hour: 0, minute: 0 }).getTime() - 1);
}
