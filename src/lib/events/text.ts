/** Small text helpers for event data: cleaning author text (see ../text.ts) and file-name slugs. */
import { normaliseText, withoutBidiControls } from '../text.js';
import type { CivicEvent } from './model.js';

/** Removes control characters (and bidirectional overrides) and trims; newlines become `\n`. */
export function cleanText(value: string): string {
  return withoutBidiControls(normaliseText(value)).trim();
}

/** Cleans a single-line text: any run of white space, newlines included, becomes one space. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ');
}

/** Cuts `value` to `max` characters (code points, never half an emoji), adding « … ». */
export function truncate(value: string, max: number): string {
  const characters = Array.from(value);
  return characters.length <= max ? value : `${characters.slice(0, max - 1).join('')}…`;
}

/** Length in code points, as people count characters. */
export function characterCount(value: string): number {
  return Array.from(value).length;
}

/** « Concert à La Fileuse ! » → `concert-a-la-fileuse`; never empty (`evenement`). */
export function slugify(value: string, maxLength = 60): string {
  const slug = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug === '' ? 'evenement' : slug;
}

/** « evenement-concert-de-noel.ics »: the iCalendar file of one event, named after it. */
export function eventFileName(event: Pick<CivicEvent, 'title'>): string {
  return `evenement-${slugify(event.title)}.ics`;
}
