/**
 * Times of day and ranges of opening (« 08:30-12:00 »), in minutes after midnight on the wall
 * clock of Loos. Reading only: what the minutes mean on a given date is in `status.ts`.
 */

/** An opening range of one day, `start` included, `end` excluded, in minutes after midnight (end ≤ 1440). */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

export const MINUTES_PER_DAY = 24 * 60;

// « 8:30 », « 08:30 », « 08:30:00 » (the national directory), « 8h30 », « 8 h 30 », « 8h ».
const TIME = /^(\d{1,2})\s*(?::|h)\s*(\d{2})?(?::(\d{2}))?$/i;

/** Minutes after midnight of a time of day; `undefined` when it is not one (24:00 is allowed as an end). */
export function parseTimeOfDay(value: string): number | undefined {
  const match = TIME.exec(value.trim());
  if (match === null) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const second = Number(match[3] ?? 0);
  if (minute > 59 || second > 59 || hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return undefined;
  return hour * 60 + minute;
}

/** One range from its two ends; `undefined` unless both are times and the end comes after the start. */
export function makeRange(start: string, end: string): TimeRange | undefined {
  const from = parseTimeOfDay(start);
  const to = parseTimeOfDay(end);
  if (from === undefined || to === undefined || to <= from || from >= MINUTES_PER_DAY) return undefined;
  return { start: from, end: to };
}

/** « 08:30-12:00 », « 8 h 30 – 12 h »: a range written as one text. */
export function parseRange(value: string): TimeRange | undefined {
  const parts = value.split(/\s*[-–—]\s*|\s+à\s+/);
  return parts.length === 2 ? makeRange(parts[0] ?? '', parts[1] ?? '') : undefined;
}

/** Ranges sorted, overlapping and touching ones joined (8-12 and 12-14 make one opening, 8-14). */
export function normaliseRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TimeRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/** « 08:30 »: a minute count as schema.org and `<time datetime>` write it. */
export function isoTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
