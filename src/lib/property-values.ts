/**
 * Properties set from script may hold any type, whatever the element declares. The obvious
 * forms of a text attribute are taken — a `Date` as its ISO 8601 instant, a `URL` as its address —
 * and anything else is reported and left out, so that an update never fails on a wrong type.
 */
import { problem, type InputProblem } from './invalid.js';

/** `value` as the text its attribute would hold; `undefined` (reported when given) otherwise. */
export function propertyText(value: unknown, field: string, problems: InputProblem[]): string | undefined {
  if (value === undefined || value === null || typeof value === 'string') return value ?? undefined;
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value.toISOString();
    problems.push(problem(field, `« ${field} » est une date invalide (Invalid Date) : elle est ignorée.`));
    return undefined;
  }
  if (value instanceof URL) return value.href;
  problems.push(problem(field, `« ${field} » doit être un texte (reçu : ${kindOf(value)}) : la valeur est ignorée.`, typeof value === 'symbol' ? value.toString() : value));
  return undefined;
}

/** The type of a value as an author would name it, in French. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'une liste';
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 'un nombre';
    case 'boolean':
      return 'un booléen';
    case 'symbol':
      return 'un symbole';
    case 'function':
      return 'une fonction';
    case 'object':
      return 'un objet';
    default:
      return typeof value;
  }
}

/**
 * Every text of an element's `input` read with `propertyText`, each reported under its attribute's
 * name (`fields`): a model reader then only ever sees text or nothing.
 */
export function propertyTexts<K extends string>(
  input: Readonly<Partial<Record<NoInfer<K>, unknown>>>,
  fields: Readonly<Record<K, string>>,
  problems: InputProblem[],
): Partial<Record<K, string>> {
  const texts: Partial<Record<K, string>> = {};
  for (const key of Object.keys(fields) as K[]) {
    const text = propertyText(input[key], fields[key], problems);
    if (text !== undefined) texts[key] = text;
  }
  return texts;
}
