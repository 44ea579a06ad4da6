/**
 * What a CAP `<alert>` and an Atom or RSS entry about an alert have in common once read: the
 * severity scale, the status and message types that are never shown, and the tidying of text
 * written for other displays (pagers, sirens, teletext) before it reaches a resident.
 */
import { problem, type InputProblem } from '../invalid.js';
import { normaliseText } from '../text.js';
import type { Notice, NoticeLevel } from './model.js';

const SEVERITY_LEVEL: Record<string, NoticeLevel> = {
  Extreme: 'alert',
  Severe: 'alert',
  Moderate: 'warning',
  Minor: 'info',
  Unknown: 'info',
};

/** A reference in `<references>`: `sender,identifier,sent`. */
export interface CapReference {
  readonly sender: string;
  readonly identifier: string;
}

/** What reading one alert (or one feed entry) gives. */
export type AlertOutcome =
  | { kind: 'notice'; notice: Notice; sender: string | undefined; problems: InputProblem[]; withdraws: CapReference[] }
  | { kind: 'ignored' | 'invalid'; problems: InputProblem[]; withdraws: CapReference[] };

/** The notice level of a CAP severity; an unknown or missing one is shown as information, and said. */
export function levelOfSeverity(severity: string | undefined, field: string, problems: InputProblem[]): NoticeLevel {
  const level = severity === undefined ? undefined : SEVERITY_LEVEL[severity];
  if (level !== undefined) return level;
  problems.push(
    problem(
      field,
      severity === undefined
        ? 'Gravité CAP absente (severity) : affichée comme une information.'
        : 'Gravité CAP inconnue (Extreme, Severe, Moderate, Minor ou Unknown) : affichée comme une information.',
      severity,
    ),
  );
  return 'info';
}

/**
 * Test, Exercise, System and Draft messages must never reach the public as real ones; Ack and
 * Error messages say nothing to residents. (`Cancel` is handled by the caller: it withdraws.)
 */
export function isNeverShown(status: string | undefined, msgType: string | undefined): boolean {
  return (status !== undefined && status !== 'Actual') || msgType === 'Ack' || msgType === 'Error';
}

/** A line made only of separator characters (« ### », « ***** », « ------ », « ==== »). */
const SEPARATOR_LINE = /^[\s#*=_~\-–—.]*[#*=_~\-–—]{3,}[\s#*=_~\-–—.]*$/;

/**
 * Alert text as agencies write it: CRLF line ends, runs of empty lines, separator lines between
 * parts. Separators become a paragraph break, at most one empty line is kept, ends are trimmed.
 */
export function tidyAlertText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const tidy = normaliseText(text)
    .split('\n')
    .map((line) => (SEPARATOR_LINE.test(line) ? '' : line.trimEnd()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return tidy === '' ? undefined : tidy;
}

/**
 * The message of an alert: its description and instruction (CAP 1.2 makes both optional), else
 * its headline, else its event — an alert that has something to say is never dropped for want of
 * a description.
 */
export function alertMessage(parts: readonly (string | undefined)[], fallbacks: readonly (string | undefined)[]): string | undefined {
  const message = parts.map(tidyAlertText).filter((part) => part !== undefined).join('\n\n');
  return message === '' ? fallbacks.find((text) => text !== undefined) : message;
}
