/**
 * The attributes of the form elements, as written, checked: a bad value is reported in French and
 * replaced by the behaviour without it (no count, first tab), never thrown.
 */
import { problem, type InputProblem } from '../invalid.js';
import { propertyText } from '../property-values.js';

/** A longer error message is not a message any more: shortened, the rest reported. */
export const MAX_ERROR_LENGTH = 300;
/** No text area needs more (a full letter is about 5 000 characters). */
export const MAX_CHARACTER_LIMIT = 100_000;

export interface FieldView {
  /** Characters allowed (the count shown under the field), when `max-length` is a positive integer. */
  readonly maxLength?: number;
  /** The message the server found (`error="…"`), shown as text. */
  readonly error?: string;
}

export function readFieldAttributes(raw: { readonly maxLength?: unknown; readonly error?: unknown }): { view: FieldView; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  let maxLength: number | undefined;
  if (raw.maxLength !== undefined && raw.maxLength !== null) {
    const text = typeof raw.maxLength === 'number' ? String(raw.maxLength) : typeof raw.maxLength === 'string' ? raw.maxLength.trim() : '';
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isInteger(value) && value > 0 && value <= MAX_CHARACTER_LIMIT) maxLength = value;
    else problems.push(problem('max-length', `« max-length » doit être un nombre entier de caractères entre 1 et ${MAX_CHARACTER_LIMIT} : le décompte n’est pas affiché.`, raw.maxLength));
  }
  let error = propertyText(raw.error, 'error', problems)?.trim();
  if (error === '') error = undefined;
  if (error !== undefined && error.length > MAX_ERROR_LENGTH) {
    problems.push(problem('error', `Le message d’erreur dépasse ${MAX_ERROR_LENGTH} caractères : il est coupé. Écrivez une phrase courte qui dit quoi corriger.`, error));
    error = `${error.slice(0, MAX_ERROR_LENGTH)}…`;
  }
  return { view: { ...(maxLength === undefined ? {} : { maxLength }), ...(error === undefined ? {} : { error }) }, problems };
}

/** `selected` of <loos-tabs>: the index (from 0) of the open tab, among `count` tabs. */
export function readSelectedTab(raw: unknown, count: number): { index: number; problems: InputProblem[] } {
  if (raw === undefined || raw === null || raw === '') return { index: 0, problems: [] };
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(value) && value >= 0 && (count === 0 || value < count)) return { index: value, problems: [] };
  const range = count > 0 ? `entre 0 et ${count - 1}` : 'un nombre entier à partir de 0';
  return { index: 0, problems: [problem('selected', `« selected » doit être le numéro d’un onglet (${range}) : le premier onglet est ouvert.`, raw)] };
}

/** <loos-tabs> needs sections to turn into tabs: fewer than two is reported, and nothing changes. */
export function tabsProblems(sections: number, untitled: number): InputProblem[] {
  const problems: InputProblem[] = [];
  if (sections < 2) problems.push(problem('children', 'Des onglets demandent au moins deux sections, chacune commençant par un titre (<h2>…<h6>) : la page reste en sections.', sections));
  if (untitled > 0) problems.push(problem('children', 'Chaque section doit commencer par un titre (<h2>…<h6>), qui devient le nom de son onglet : les sections sans titre restent hors des onglets.', untitled));
  return problems;
}
