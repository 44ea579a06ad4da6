/**
 * Cleaning author text. Text is only ever rendered through escaping bindings, so this is about
 * readability and files (control characters are invisible, break iCalendar and CSV files and are
 * a favourite of hostile copy-paste), not about security.
 */

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Bidirectional overrides and isolates, which can make a text read differently from what it is. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Line breaks of every origin become `\n`; other control characters (but tabs) are removed. */
export function normaliseText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '');
}

/** Removes bidirectional overrides and isolates. */
export function withoutBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

/** `text` ending a sentence: a full stop is added unless it already ends with one, or with « ? », « ! » or « … ». */
export function endSentence(text: string): string {
  return /[.?!…]\s*$/.test(text) ? text.trimEnd() : `${text}.`;
}
