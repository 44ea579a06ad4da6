/**
 * `heading-level`: elements take the heading level that fits the page outline, 2 to 6 (the page
 * title is the only h1). Anything else is reported and the element's default is used.
 */
import { problem, type InputProblem } from './invalid.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function readHeadingLevel(
  raw: unknown,
  fallback: HeadingLevel,
  field = 'heading-level',
): { level: HeadingLevel; problems: InputProblem[] } {
  if (raw === undefined || raw === null || raw === '') return { level: fallback, problems: [] };
  // Only a number or its text can be a level; an object or a symbol is refused, never converted.
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  if (Number.isInteger(value) && value >= 2 && value <= 6) return { level: value as HeadingLevel, problems: [] };
  return {
    level: fallback,
    problems: [problem(field, `Le niveau de titre doit être un entier de 2 à 6 : ${fallback} est utilisé.`, raw)],
  };
}
