import { checkText, type CheckOptions, type Finding } from '../../../src/tone/index.js';

/** Findings of one rule. */
export function findings(rule: string, text: string, options: CheckOptions = {}): Finding[] {
  return checkText(text, options).filter((f) => f.rule === rule);
}

/** The text each finding of `rule` points at. */
export function flagged(rule: string, text: string, options: CheckOptions = {}): string[] {
  return findings(rule, text, options).map((f) => text.slice(f.start, f.end));
}
