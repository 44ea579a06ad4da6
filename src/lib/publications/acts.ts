/**
 * Official acts published online (arrêtés, délibérations, décisions): since 1 July 2022 a commune
 * publishes its regulatory acts on its website, in full, free, in a format that cannot be altered,
 * with the date they were put online. Pure: from what an author gave (JSON, a property) to checked
 * acts, newest first, and the problems found; then filters, a text search and facets that stay fast
 * on large lists (5,000 acts: `npm run bench -- acts`).
 */
import { problem, type InputProblem } from '../invalid.js';
import { readHref, readLabel, type Report } from '../services/fields.js';

export const ACT_TYPES = ['Arrêté', 'Délibération', 'Décision'] as const;
export type ActType = (typeof ACT_TYPES)[number];

export interface ActDocument {
  readonly href: string;
  /** `PDF`, `PDF/A`… in capitals. */
  readonly format?: string;
  /** Size in bytes. */
  readonly size?: number;
}

export interface OfficialAct {
  readonly type: ActType;
  readonly number: string;
  readonly title: string;
  /** Calendar dates, `YYYY-MM-DD`. */
  readonly signed: string;
  readonly published: string;
  readonly transmitted?: string;
  readonly document: ActDocument;
  readonly category?: string;
  /** Title and number, lower case and without accents, for the text search. */
  readonly searchKey: string;
}

export interface ActFilters {
  readonly type?: ActType;
  readonly year?: number;
  readonly category?: string;
  /** Words that must all appear in the title or the number. */
  readonly query?: string;
}

export interface ActFacets {
  readonly types: readonly ActType[];
  readonly years: readonly number[];
  readonly categories: readonly string[];
}

/** Beyond this, acts are ignored and the problem said: a page never holds more. */
export const MAX_ACTS = 20_000;

/** Latin letters with accents (À to ɏ) and their bare forms, built once: NFD plus a Unicode regex on every title costs 10 times more. */
const BARE = new Map<string, string>();
for (let code = 0xc0; code <= 0x24f; code += 1) {
  const letter = String.fromCharCode(code);
  BARE.set(letter, letter.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** Lower case, accents removed: « Arrêté » and « arrete » are the same word to a person searching. */
export function searchable(text: string): string {
  return text.toLowerCase().replace(/[\u00c0-\u024f]/g, (letter) => BARE.get(letter) ?? letter);
}

const TYPE_BY_KEY = new Map<string, ActType>(ACT_TYPES.map((type) => [searchable(type), type]));
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD` (a timestamp's day is accepted). */
function readDay(value: unknown, field: string, report: Report, required: boolean): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) report(field, 'Date absente : écrivez-la AAAA-MM-JJ, par exemple 2026-03-26.');
    return undefined;
  }
  const text = typeof value === 'string' ? value.trim().slice(0, 10) : '';
  const match = ISO_DAY.exec(text);
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return text;
  }
  report(field, 'Date illisible : écrivez-la AAAA-MM-JJ, par exemple 2026-03-26.', value);
  return undefined;
}

function readDocument(value: unknown, field: string, report: Report): ActDocument | undefined {
  const source = typeof value === 'string' ? { href: value } : typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const href = readHref(source.href, `${field}.href`, report);
  if (href === undefined) {
    report(`${field}.href`, 'Le document de l’acte (son adresse) manque ou est refusé : un acte est publié en entier.', source.href);
    return undefined;
  }
  const format = readLabel(source.format, `${field}.format`, report, 20)?.toUpperCase();
  let size: number | undefined;
  if (source.size !== undefined && source.size !== null) {
    if (typeof source.size === 'number' && Number.isFinite(source.size) && source.size >= 0) size = Math.round(source.size);
    else report(`${field}.size`, 'La taille du document est un nombre d’octets (245760) : elle n’est pas affichée.', source.size);
  }
  return { href, format, size };
}

function readAct(value: unknown, field: string, report: Report): OfficialAct | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(field, 'Chaque acte est un objet { type, number, title, signed, published, document }.', value);
    return undefined;
  }
  const act = value as Record<string, unknown>;
  const typeText = readLabel(act.type, `${field}.type`, report, 40);
  const type = typeText === undefined ? undefined : TYPE_BY_KEY.get(searchable(typeText));
  if (type === undefined) report(`${field}.type`, `Type d’acte inconnu : ${ACT_TYPES.join(', ')}.`, act.type);
  const number = readLabel(typeof act.number === 'number' ? String(act.number) : act.number, `${field}.number`, report, 40);
  if (number === undefined) report(`${field}.number`, 'Numéro de l’acte absent (2026-014, par exemple).', act.number);
  const title = readLabel(act.title, `${field}.title`, report, 500);
  if (title === undefined) report(`${field}.title`, 'Titre de l’acte absent : il dit ce que l’acte décide.', act.title);
  const signed = readDay(act.signed, `${field}.signed`, report, true);
  const published = readDay(act.published, `${field}.published`, report, true);
  const transmitted = readDay(act.transmitted, `${field}.transmitted`, report, false);
  const document = readDocument(act.document, `${field}.document`, report);
  const category = readLabel(act.category, `${field}.category`, report, 80);
  if (type === undefined || number === undefined || title === undefined || signed === undefined || published === undefined || document === undefined) {
    report(field, 'Acte incomplet : il n’est pas affiché (type, numéro, titre, dates de signature et de mise en ligne, document).', previewAct(act));
    return undefined;
  }
  if (published < signed) report(`${field}.published`, 'La mise en ligne précède la signature : vérifiez les deux dates.', published);
  return { type, number, title, signed, published, transmitted, document, category, searchKey: searchable(`${number} ${title}`) };
}

const previewAct = (act: Record<string, unknown>) => (typeof act.number === 'string' ? act.number : act.title);

/** One collator for every comparison: `localeCompare` with options builds a new one each call (1 s for 5,000 acts). */
const NUMBERS = new Intl.Collator('fr', { numeric: true });
const FRENCH = new Intl.Collator('fr');
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest put online first, then newest signed, then number: the order residents expect. */
export function compareActs(a: OfficialAct, b: OfficialAct): number {
  return byDate(b.published, a.published) || byDate(b.signed, a.signed) || NUMBERS.compare(b.number, a.number);
}

/** Reads acts given as a list or as `{ "acts": [ … ] }`. */
export function readActs(input: unknown): { acts: OfficialAct[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report: Report = (field, message, value) => problems.push(problem(field, message, value));
  const list: unknown = Array.isArray(input) ? input : typeof input === 'object' && input !== null ? (input as { acts?: unknown }).acts : undefined;
  if (!Array.isArray(list)) {
    report('acts', 'Aucun acte : donnez une liste d’actes (dans la page, en JSON, par src ou par la propriété acts).', input);
    return { acts: [], problems };
  }
  if (list.length > MAX_ACTS) report('acts', `Plus de ${MAX_ACTS} actes : les suivants sont ignorés ; publiez une liste par année.`, list.length);
  const acts = list.slice(0, MAX_ACTS).flatMap((act: unknown, index) => readAct(act, `acts[${index}]`, report) ?? []);
  return { acts: acts.sort(compareActs), problems };
}

/** The acts that match every filter given, in the order they came (newest first). */
export function filterActs(acts: readonly OfficialAct[], filters: ActFilters): OfficialAct[] {
  const words = searchable(filters.query ?? '').split(/\s+/).filter((word) => word !== '');
  const year = filters.year === undefined ? undefined : String(filters.year);
  return acts.filter(
    (act) =>
      (filters.type === undefined || act.type === filters.type) &&
      (year === undefined || act.published.startsWith(year)) &&
      (filters.category === undefined || act.category === filters.category) &&
      words.every((word) => act.searchKey.includes(word)),
  );
}

/** The values the filters offer: types in their usual order, years newest first, categories A–Z. */
export function actFacets(acts: readonly OfficialAct[]): ActFacets {
  const types = new Set<ActType>();
  const years = new Set<number>();
  const categories = new Set<string>();
  for (const act of acts) {
    types.add(act.type);
    years.add(Number(act.published.slice(0, 4)));
    if (act.category !== undefined) categories.add(act.category);
  }
  return {
    types: ACT_TYPES.filter((type) => types.has(type)),
    years: [...years].sort((a, b) => b - a),
    categories: [...categories].sort(FRENCH.compare),
  };
}

/** « PDF, 240 Ko »: the format and the size a person weighs before downloading (1 Ko = 1,000 bytes). */
export function documentDescription(document: ActDocument, locale: 'fr' | 'en' = 'fr'): string {
  const parts: string[] = [];
  if (document.format !== undefined) parts.push(document.format);
  if (document.size !== undefined) parts.push(fileSize(document.size, locale));
  return parts.join(', ');
}

function fileSize(bytes: number, locale: 'fr' | 'en'): string {
  const [unit, divisor] = bytes >= 1_000_000 ? ([locale === 'fr' ? 'Mo' : 'MB', 1_000_000] as const) : ([locale === 'fr' ? 'Ko' : 'KB', 1_000] as const);
  const value = Math.max(bytes / divisor, bytes === 0 ? 0 : 1);
  const digits = divisor === 1_000_000 && value < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(value);
  return `${number} ${unit}`;
}
