/** Small readers shared by the services models: day names and author texts. */
import { childScript } from '../data-sources.js';
import { normaliseText, withoutBidiControls } from '../text.js';
import { problem, type InputProblem } from '../invalid.js';
import { checkUrl } from '../url.js';

/** Collects a problem: the field, a French sentence, the value at fault. */
export type Report = (field: string, message: string, value?: unknown) => void;

/** A short author text, cleaned; `undefined` when absent, reported when not text or too long. */
export function readLabel(value: unknown, field: string, report: Report, max = 200): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(field, 'Ce texte doit être une chaîne de caractères : il est ignoré.', value);
    return undefined;
  }
  const text = withoutBidiControls(normaliseText(value)).replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  if (text.length > max) {
    report(field, `Ce texte dépasse ${max} caractères : il est coupé.`, value);
    return `${text.slice(0, max - 1)}…`;
  }
  return text;
}

/** Day names an author may write, French or English, any case, with or without accents. */
const DAY_NAMES: Readonly<Record<string, number>> = {
  lundi: 0, mardi: 1, mercredi: 2, jeudi: 3, vendredi: 4, samedi: 5, dimanche: 6,
  monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6,
};

/** Index (Monday = 0) of a day name, `undefined` when it is not one. */
export function weekdayIndex(name: unknown): number | undefined {
  if (typeof name !== 'string') return undefined;
  return DAY_NAMES[name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase()];
}


/** A link an author gave: checked by `checkUrl` (no `javascript:`), reported and left out when refused. */
export function readHref(value: unknown, field: string, report: Report): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const checked = checkUrl(value);
  if (checked.ok) return checked.url;
  report(field, `Lien refusé : ${checked.reason}`, value);
  return undefined;
}

/**
 * The `<script type="application/json">` child of an element, parsed, with the problem found when
 * it cannot be read (a problem, not an exception). Browser only (it reads the DOM): elements call
 * it from `connectedCallback`.
 */
export function readJsonChild(host: Element): { data: unknown; problems: InputProblem[] } {
  const script = childScript(host, ['application/json']);
  if (script === undefined) return { data: undefined, problems: [] };
  try {
    return { data: JSON.parse(script.text) as unknown, problems: [] };
  } catch {
    return { data: undefined, problems: [problem('script', 'Le JSON du <script type="application/json"> est illisible : le contenu écrit dans la page est utilisé.', script.text)] };
  }
}

/** Text of an element, spaces collapsed; `undefined` for no element. */
export const textOf = (element: Element | null | undefined): string | undefined => (element == null ? undefined : element.textContent.replace(/\s+/g, ' ').trim());
