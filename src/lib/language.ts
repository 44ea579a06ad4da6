/**
 * The language a piece of data says it is written in, read as a BCP 47 tag (`en`, `en-GB`,
 * `fr-FR`). Only what the source states is kept: a language is never guessed from the words.
 */
import { problem, type InputProblem } from './invalid.js';

/**
 * A language tag as BCP 47 writes it, with an ISO 639 language of two or three letters (`anglais`
 * is a word, not a tag); not `und`, `zxx`, `mul` or `mis`, which name no language a voice can read.
 * Kept as written: `lang` ignores case.
 */
const TAG = /^(?!(?:und|zxx|mul|mis)\b)[a-z]{2,3}(?:-[a-z\d]{1,8}){0,4}$/i;

/** A well-formed language tag, trimmed, else `undefined`. Never throws. */
export function languageTag(value: unknown): string | undefined {
  const tag = typeof value === 'string' ? value.trim() : '';
  return TAG.test(tag) ? tag : undefined;
}

/** Reads an optional `lang` field; a value that is not a language tag is reported and left out. */
export function readLanguage(raw: unknown, field: string, problems: InputProblem[]): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const tag = languageTag(raw);
  if (tag === undefined) problems.push(problem(field, 'Langue illisible (fr, en, en-GB… attendu) : ignorée.', raw));
  return tag;
}
