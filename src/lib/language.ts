/**
 * The language a piece of data says it is written in, read as a BCP 47 tag (`en`, `en-GB`,
 * `fr-FR`). Only what the source states is kept: a language is never guessed from the words.
 */
import { problem, type InputProblem } from './invalid.js';

/** Tags that name no language a voice could read: undetermined, no linguistic content, several. */
const NOT_A_LANGUAGE = new Set(['und', 'zxx', 'mul', 'mis']);

/** A well-formed language tag in its canonical form (`en-gb` → `en-GB`), else `undefined`. Never throws. */
export function languageTag(value: unknown): string | undefined {
  // The longest tags in use stay well under 35 characters; anything longer is not a language.
  if (typeof value !== 'string' || value.trim() === '' || value.length > 35) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim());
    const primary = tag?.split('-')[0] ?? '';
    // ISO 639 codes have two or three letters; longer « languages » (`anglais`) are words, not tags.
    return tag === undefined || primary.length > 3 || NOT_A_LANGUAGE.has(primary) ? undefined : tag;
  } catch {
    return undefined;
  }
}

/** Reads an optional `lang` field; a value that is not a language tag is reported and left out. */
export function readLanguage(raw: unknown, field: string, problems: InputProblem[]): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const tag = languageTag(raw);
  if (tag === undefined) problems.push(problem(field, 'La langue doit être une étiquette de langue (fr, en, en-GB…) : elle est ignorée.', raw));
  return tag;
}
