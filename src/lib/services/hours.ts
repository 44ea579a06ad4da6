/**
 * Opening hours of a public service: the usual week (several ranges a day), exceptional closures
 * and openings by date, the national holidays (computed, on by default) and local ones. Pure:
 * `readOpeningHours` checks what an author wrote and returns the model with the problems found.
 */
import { parseIsoDateTime } from '../dates.js';
import { problem, type InputProblem } from '../invalid.js';
import { readDirectoryHours } from './directory.js';
import { readLabel, weekdayIndex, type Report } from './fields.js';
import { calendarDay, publicHolidayOn, type PublicHolidayId } from './holidays.js';
import { normaliseRanges, parseRange, type TimeRange } from './time-ranges.js';

/** Monday first, as French calendars and ISO 8601 count: index 0 is Monday, 6 is Sunday. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A day that does not follow the usual week: closed (no range) or open at other hours. */
export interface SpecialDay {
  readonly ranges: readonly TimeRange[];
  readonly label?: string;
}

export interface LocalHoliday {
  /** `MM-DD` every year, or `YYYY-MM-DD` once. */
  readonly date: string;
  readonly name: string;
}

export interface OpeningHours {
  /** Seven days, Monday first; a day without ranges is closed. */
  readonly weekly: readonly (readonly TimeRange[])[];
  /** Per `YYYY-MM-DD`: these dates win over holidays and the usual week. */
  readonly exceptions: ReadonlyMap<string, SpecialDay>;
  readonly localHolidays: readonly LocalHoliday[];
  /** Closed on the national holidays (default `true`). */
  readonly publicHolidays: boolean;
  /** Remarks of the directory (« Permanence état civil le samedi »), shown as written. */
  readonly comments: readonly string[];
}

/** Why a date does not follow the usual week. */
export type DayReason =
  | { readonly kind: 'exception'; readonly label?: string }
  | { readonly kind: 'holiday'; readonly id?: PublicHolidayId; readonly name?: string };

/** The ranges of one date and, when it differs from the usual week, why. */
export interface DaySchedule {
  readonly ranges: readonly TimeRange[];
  readonly reason?: DayReason;
}

/** What an author writes, as a property or in a `<script type="application/json">` child. */
export interface OpeningHoursInput {
  /** `{ "lundi": ["08:30-12:00", "13:30-17:30"], … }`; a day left out is closed. */
  readonly weekly?: unknown;
  /** `[{ "date": "2026-12-24", "hours": ["08:30-12:00"], "label": "Veille de Noël" }, { "date": "2026-08-10", "to": "2026-08-14", "label": "Inventaire" }]`. */
  readonly exceptions?: unknown;
  /** `[{ "date": "09-07", "name": "Braderie de Loos" }]`. */
  readonly localHolidays?: unknown;
  readonly publicHolidays?: unknown;
  /** The national directory's `plage_ouverture` (array or its JSON text), used when `weekly` is absent. */
  readonly plage_ouverture?: unknown;
}

export const EMPTY_WEEK: readonly (readonly TimeRange[])[] = [[], [], [], [], [], [], []];
const MAX_EXCEPTION_DAYS = 400;
const MAX_LIST = 200;

/** A list of range texts (« 08:30-12:00 ») into sorted, joined ranges; bad ones are reported. */
export function readRangeList(value: unknown, field: string, report: Report): TimeRange[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    report(field, 'Les horaires doivent être une liste de plages « 08:30-12:00 ».', value);
    return [];
  }
  const ranges: TimeRange[] = [];
  list.slice(0, 24).forEach((text: unknown, index) => {
    const range = typeof text === 'string' ? parseRange(text) : undefined;
    if (range === undefined) {
      report(`${field}[${index}]`, 'Plage horaire illisible : écrivez « 08:30-12:00 » (la fin après le début, sans passer minuit). Elle est ignorée.', text);
    } else ranges.push(range);
  });
  return normaliseRanges(ranges);
}

function readWeekly(value: unknown, report: Report): TimeRange[][] {
  const week: TimeRange[][] = [[], [], [], [], [], [], []];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('weekly', 'Les horaires de la semaine doivent être un objet { "lundi": ["08:30-12:00"], … }.', value);
    return week;
  }
  for (const [name, ranges] of Object.entries(value)) {
    const index = weekdayIndex(name);
    if (index === undefined) report(`weekly.${name}`, 'Jour inconnu (lundi à dimanche) : ces horaires sont ignorés.', name);
    else week[index] = normaliseRanges([...(week[index] ?? []), ...readRangeList(ranges, `weekly.${name}`, report)]);
  }
  return week;
}

/** A `YYYY-MM-DD` day, or `undefined` (reported) for anything else. */
function readDay(value: unknown, field: string, report: Report): string | undefined {
  const parsed = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? parseIsoDateTime(value) : null;
  if (parsed === null) {
    report(field, 'La date doit être un jour AAAA-MM-JJ réel : cette ligne est ignorée.', value);
    return undefined;
  }
  return value as string;
}

function asList(value: unknown, field: string, report: Report): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report(field, 'Ce champ doit être une liste : il est ignoré.', value);
    return [];
  }
  if (value.length > MAX_LIST) report(field, `Plus de ${MAX_LIST} lignes : les suivantes sont ignorées.`, value.length);
  return value.slice(0, MAX_LIST);
}

function readExceptions(value: unknown, report: Report): Map<string, SpecialDay> {
  const days = new Map<string, SpecialDay>();
  asList(value, 'exceptions', report).forEach((entry, index) => {
    const field = `exceptions[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      report(field, 'Chaque exception doit être un objet { "date", "hours" ou "closed", "label" }.', entry);
      return;
    }
    const { date, to, hours, closed, label } = entry as Record<string, unknown>;
    const from = readDay(date, `${field}.date`, report);
    if (from === undefined) return;
    const until = to === undefined ? from : readDay(to, `${field}.to`, report);
    if (until === undefined) return;
    if (hours !== undefined && closed === true) report(`${field}.hours`, 'Une fermeture n’a pas d’horaires : les horaires sont ignorés.', hours);
    const special: SpecialDay = {
      ranges: hours === undefined || closed === true ? [] : readRangeList(hours, `${field}.hours`, report),
      label: readLabel(label, `${field}.label`, report),
    };
    const [y, m, d] = from.split('-').map(Number) as [number, number, number];
    for (let offset = 0, day = from; day <= until; day = calendarDay(y, m, d + ++offset)) {
      if (offset >= MAX_EXCEPTION_DAYS) {
        report(`${field}.to`, `Une exception dure au plus ${MAX_EXCEPTION_DAYS} jours : la suite est ignorée.`, to);
        break;
      }
      days.set(day, special);
    }
    if (until < from) report(`${field}.to`, 'La fin précède le début : cette exception est ignorée.', to);
  });
  return days;
}

function readLocalHolidays(value: unknown, report: Report): LocalHoliday[] {
  return asList(value, 'localHolidays', report).flatMap((entry, index) => {
    const field = `localHolidays[${index}]`;
    const { date, name } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const text = typeof date === 'string' ? date.trim() : '';
    const yearly = /^\d{2}-\d{2}$/.test(text) && parseIsoDateTime(`2024-${text}`) !== null;
    if (!yearly && (!/^\d{4}-\d{2}-\d{2}$/.test(text) || parseIsoDateTime(text) === null)) {
      report(`${field}.date`, 'Un jour férié local a une date MM-JJ (chaque année) ou AAAA-MM-JJ : il est ignoré.', date);
      return [];
    }
    const label = readLabel(name, `${field}.name`, report);
    if (label === undefined) report(`${field}.name`, 'Un jour férié local a un nom : « jour férié » est affiché.');
    return [{ date: text, name: label ?? '' }];
  });
}

/** Reads opening hours written by an author (our format, or the national directory's). */
export function readOpeningHours(input: unknown): { hours: OpeningHours; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report: Report = (field, message, value) => problems.push(problem(field, message, value));
  // A bare array, or a directory record: the directory's `plage_ouverture`.
  const source: OpeningHoursInput = Array.isArray(input) ? { plage_ouverture: input } : typeof input === 'object' && input !== null ? input : {};
  if (typeof input !== 'object' || input === null) report('hours', 'Les horaires doivent être un objet JSON : aucun horaire n’est connu.', input);
  let weekly: readonly (readonly TimeRange[])[] = EMPTY_WEEK;
  let comments: string[] = [];
  if (source.weekly !== undefined) weekly = readWeekly(source.weekly, report);
  else if (source.plage_ouverture !== undefined) ({ weekly, comments } = readDirectoryHours(source.plage_ouverture, report));
  else if (typeof input === 'object' && input !== null) report('weekly', 'Aucun horaire habituel (weekly ou plage_ouverture) : le service est affiché fermé.');
  if (source.publicHolidays !== undefined && typeof source.publicHolidays !== 'boolean') {
    report('publicHolidays', '« publicHolidays » vaut true ou false : les jours fériés restent fermés.', source.publicHolidays);
  }
  return {
    problems,
    hours: {
      weekly,
      exceptions: readExceptions(source.exceptions, report),
      localHolidays: readLocalHolidays(source.localHolidays, report),
      publicHolidays: source.publicHolidays !== false,
      comments,
    },
  };
}

/** Day of the week of a `YYYY-MM-DD` day, Monday = 0. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The ranges of a calendar day: an exception first, then a local or national holiday, then the week. */
export function scheduleOn(hours: OpeningHours, day: string): DaySchedule {
  const special = hours.exceptions.get(day);
  if (special !== undefined) return { ranges: special.ranges, reason: { kind: 'exception', label: special.label } };
  const local = hours.localHolidays.find((holiday) => holiday.date === day || holiday.date === day.slice(5));
  if (local !== undefined) return { ranges: [], reason: { kind: 'holiday', name: local.name } };
  const id = hours.publicHolidays ? publicHolidayOn(day) : undefined;
  if (id !== undefined) return { ranges: [], reason: { kind: 'holiday', id } };
  return { ranges: hours.weekly[weekdayOf(day)] ?? [] };
}
