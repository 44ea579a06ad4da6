/**
 * French messages for the browser's own constraint validation: the browser decides what is wrong
 * (`required`, `type="email"`, `maxlength`…), this decides what a resident reads, in the page's
 * language rather than the browser's, and naming the field. Pure: no DOM, tested in Node.
 */
import type { Locale } from '../i18n.js';
import { formStrings } from '../strings/forms.js';

/** The part of `ValidityState` the messages depend on (all optional, so a plain object will do). */
export type ValiditySnapshot = Partial<Pick<ValidityState,
  'valueMissing' | 'typeMismatch' | 'patternMismatch' | 'tooLong' | 'tooShort' | 'rangeUnderflow'
  | 'rangeOverflow' | 'stepMismatch' | 'badInput' | 'customError' | 'valid'>>;

/** What the message needs to know about the control. */
export interface ControlFacts {
  /** The control's type (`text`, `email`, `select-one`, `radio`, `checkbox`, `textarea`…). */
  readonly type: string;
  /** The visible label (or legend) of the field, as a person reads it. */
  readonly label: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly min?: string;
  readonly max?: string;
  /** The browser's own message when a script set one (`setCustomValidity`): kept as written. */
  readonly customMessage?: string;
}

/** The message for a control that failed validation, or '' when it is valid. */
export function validationMessage(validity: ValiditySnapshot, control: ControlFacts, locale: Locale): string {
  const strings = formStrings[locale];
  const label = control.label.trim().replace(/\s*\*$/, '');
  if (validity.customError === true && control.customMessage !== undefined && control.customMessage !== '') return control.customMessage;
  if (validity.valueMissing === true) {
    return ['radio', 'checkbox', 'select-one', 'select-multiple'].includes(control.type) ? strings.chooseOne(label) : strings.required(label);
  }
  if (validity.badInput === true) return control.type === 'date' ? strings.date(label) : strings.number(label);
  if (validity.typeMismatch === true) {
    if (control.type === 'email') return strings.email;
    if (control.type === 'url') return strings.url;
    return strings.pattern(label);
  }
  if (validity.patternMismatch === true) return control.type === 'tel' ? strings.tel : strings.pattern(label);
  if (validity.tooLong === true && control.maxLength !== undefined) return strings.tooLong(label, control.maxLength);
  if (validity.tooShort === true && control.minLength !== undefined) return strings.tooShort(label, control.minLength);
  if (validity.rangeUnderflow === true && control.min !== undefined) return strings.rangeUnderflow(label, displayLimit(control.min, control.type));
  if (validity.rangeOverflow === true && control.max !== undefined) return strings.rangeOverflow(label, displayLimit(control.max, control.type));
  if (validity.valid === false) return strings.pattern(label);
  return '';
}

/** A `min`/`max` as a person reads it: an ISO date becomes 14/07/2026. */
function displayLimit(limit: string, type: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(limit);
  return type === 'date' && date !== null ? `${date[3]}/${date[2]}/${date[1]}` : limit;
}

/** Characters counted as a person counts them (an emoji is one), not UTF-16 units. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/** The sentence under a text area with a limit: how many characters are left, or how many too many. */
export function countMessage(text: string, limit: number, locale: Locale): { readonly text: string; readonly over: boolean } {
  const left = limit - characterCount(text);
  const strings = formStrings[locale];
  return left >= 0 ? { text: strings.charactersLeft(left), over: false } : { text: strings.charactersOver(-left), over: true };
}
