/**
 * Small text helpers for event data: cleaning author text and making file-name slugs.
 * Author text is only ever rendered through escaping bindings, so cleaning here is about
 * readability (control characters, runaway lengths), not about security.
 */

// Control characters other than tab and newline: they are invisible, break iCalendar files
// and are a favourite of hostile copy-paste. Newlines are kept for descriptions.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control characters (and bidirectional overrides) and trims; newlines become `\n`. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').trim();
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
