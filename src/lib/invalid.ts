import { LoosInvalidEvent } from '../events/invalid.js';

/**
 * Reporting bad input. Elements never throw on bad data: they render what they can,
 * say in French what they could not, warn once in the console and fire `loos-invalid`.
 */

/** One problem found in an element's input. */
export interface InputProblem {
  /** The attribute, property or data field at fault, e.g. `href` or `events[3].start`. */
  readonly field: string;
  /** A sentence in French that an author can act on. */
  readonly message: string;
  /** The offending value, shortened so that logs stay readable. */
  readonly value?: string;
}

export { LoosInvalidEvent, type InvalidDetail } from '../events/invalid.js';

const PREVIEW_LENGTH = 80;

/** A value turned into a short, printable string for a problem report. */
export function previewValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
  else if (value === undefined) text = 'undefined';
  else {
    try {
      // JSON.stringify gives undefined for functions and symbols, whatever its declared type says.
      const json = JSON.stringify(value) as unknown;
      text = typeof json === 'string' ? json : typeof value;
    } catch {
      text = typeof value; // cyclic structures
    }
  }
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
}

/** Builds a problem, shortening the value. */
export function problem(field: string, message: string, value?: unknown): InputProblem {
  return value === undefined ? { field, message } : { field, message, value: previewValue(value) };
}

/** A stable key for a list of problems, so that the same report is not repeated on every render. */
export function problemsKey(problems: readonly InputProblem[]): string {
  return problems.map((p) => `${p.field}\u0000${p.message}\u0000${p.value ?? ''}`).join('\u0001');
}

/**
 * Warns once in the console (naming the element and the fields) and fires `loos-invalid`.
 * Does nothing when `problems` is empty. Safe on the server: it only runs where `dispatchEvent` exists.
 */
export function reportInvalid(target: HTMLElement, problems: readonly InputProblem[]): void {
  if (problems.length === 0) return;
  const element = target.localName;
  const fields = [...new Set(problems.map((p) => p.field))].join(', ');
  console.warn(`<${element}> : données invalides (${fields})`, problems);
  target.dispatchEvent(new LoosInvalidEvent({ element, problems }));
}
