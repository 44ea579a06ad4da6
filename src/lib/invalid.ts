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

/** At most this many problems are reported at once: a hostile feed can hold hundreds of thousands. */
export const MAX_REPORTED_PROBLEMS = 50;

/**
 * A report a person can read and a browser can handle, whatever the input: problems of the same
 * kind (same message on the same field, whatever the entry's index) become one, with their count,
 * and the list stops at `MAX_REPORTED_PROBLEMS`. A short list is returned as it is.
 */
export function boundProblems(problems: readonly InputProblem[]): readonly InputProblem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return problems;
  const kinds = new Map<string, { first: InputProblem; count: number }>();
  for (const found of problems) {
    const kind = `${found.field.replace(/\[\d+\]/g, '[]')}\u0000${found.message}`;
    const known = kinds.get(kind);
    if (known === undefined) kinds.set(kind, { first: found, count: 1 });
    else known.count += 1;
  }
  const groups = [...kinds.values()];
  const kept = groups.slice(0, MAX_REPORTED_PROBLEMS - 1).map(({ first, count }) =>
    count === 1 ? first : { ...first, message: `${first.message} (${count} fois)` },
  );
  const left = groups.slice(MAX_REPORTED_PROBLEMS - 1).reduce((sum, group) => sum + group.count, 0);
  if (left > 0) kept.push(problem('*', `Et ${left} autre(s) problème(s), non détaillé(s).`));
  return kept;
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
