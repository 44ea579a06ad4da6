/** What the site header checks in the markup the CMS wrote. */
import { problem, type InputProblem } from '../invalid.js';
import { checkUrl } from '../url.js';

/** Beyond seven entries a main menu is hard to scan, and no longer fits one line on a laptop. */
export const MAX_NAV_ENTRIES = 7;

export function navEntriesProblems(count: number): InputProblem[] {
  if (count === 0) return [problem('nav', 'L’en-tête n’a pas de menu principal (<nav> avec une liste de liens).')];
  if (count <= MAX_NAV_ENTRIES) return [];
  return [problem('nav', `Le menu principal compte ${count} entrées : ${MAX_NAV_ENTRIES} au plus restent faciles à parcourir. Regroupez les autres dans des pages de rubrique.`, count)];
}

/** The address the search form sends its GET request to, when the author configures one. */
export function readSearchAction(value: unknown): { action?: string; problems: InputProblem[] } {
  if (value === undefined || value === null) return { problems: [] };
  const check = checkUrl(value);
  if (check.ok) return { action: check.url, problems: [] };
  return { problems: [problem('search-action', `Adresse de recherche refusée : ${check.reason}`, value)] };
}
