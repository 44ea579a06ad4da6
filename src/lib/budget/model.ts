/**
 * The municipal budget model shared by `<loos-budget-chart>`, the SCDL CSV reader and the CSV
 * export: types, the closed vocabularies of French public accounting, and `validateBudget`, which
 * turns untrusted input (a JSON property, a fetched file) into a budget plus a list of problems.
 * Nothing is silently dropped: every line that cannot be used is named in a problem marked `ignored`.
 */
import { formatCount, numberFormat } from '../format.js';
import { problem, type InputProblem } from '../invalid.js';
import { checkUrl } from '../url.js';

export const BUDGET_STAGES = [
  'budget primitif',
  'budget supplémentaire',
  'décision modificative',
  'compte administratif',
  'compte financier unique',
] as const;
export type BudgetStage = (typeof BUDGET_STAGES)[number];

export const BUDGET_SECTIONS = ['fonctionnement', 'investissement'] as const;
export type BudgetSection = (typeof BUDGET_SECTIONS)[number];

export const BUDGET_FLOWS = ['dépenses', 'recettes'] as const;
export type BudgetFlow = (typeof BUDGET_FLOWS)[number];

/** How the lines are classified, which tells the CSV export which SCDL column holds the code. */
export const BUDGET_CLASSIFICATIONS = ['fonction', 'nature', 'compte'] as const;
export type BudgetClassification = (typeof BUDGET_CLASSIFICATIONS)[number];

/** One line of a budget: a category as people will read it, and its amount in euros. */
export interface BudgetLine {
  readonly label: string;
  readonly amount: number;
  /** Function (M57) or nature (chapter) code, e.g. `2` or `012`. */
  readonly code?: string;
  /** A grouping label, e.g. the chapter a nature belongs to. */
  readonly group?: string;
  /**
   * The same line in the previous year's budget (a second budget given to the chart, or the
   * author's JSON), for comparisons. Never SCDL's `BGT_MTBUDGPREC`, which is this year's credit
   * before the decision.
   */
  readonly previous?: number;
  /** Section of this line when the budget mixes sections (balance charts); else the budget's. */
  readonly section?: BudgetSection;
  /** Flow of this line when the budget mixes flows (balance charts); else the budget's. */
  readonly flow?: BudgetFlow;
}

/** The council decision that adopted the figures: always stated next to a chart. */
export interface BudgetSource {
  readonly text: string;
  readonly url?: string;
}

export interface Budget {
  readonly year: number;
  readonly stage: BudgetStage;
  /** The number of a décision modificative or budget supplémentaire (« Décision modificative n° 2 »). */
  readonly decisionNumber?: number;
  /** The year of the `previous` amounts, when they come from a second budget (else `year - 1`). */
  readonly previousYear?: number;
  readonly section: BudgetSection;
  readonly flow: BudgetFlow;
  readonly source?: BudgetSource;
  /** Number of inhabitants, for per-inhabitant amounts. */
  readonly population?: number;
  /** A total declared by the author, checked against the sum of the lines. */
  readonly total?: number;
  /** Name of the local authority (SCDL `BGT_NOM`). */
  readonly name?: string;
  /** SIRET of the local authority (SCDL `BGT_SIRET`). */
  readonly siret?: string;
  readonly classification?: BudgetClassification;
  readonly lines: readonly BudgetLine[];
}

/** A problem in budget input; `ignored` marks a line that could not be used and is not shown. */
export interface BudgetProblem extends InputProblem {
  readonly ignored?: boolean;
}

export interface BudgetResult {
  /** `null` only when the input is not a budget at all (not an object, no usable line list). */
  readonly budget: Budget | null;
  readonly problems: readonly BudgetProblem[];
}

const MAX_LABEL_LENGTH = 200;
const MAX_LINES = 50_000;
/** Amounts are in euros with cents: a difference under one cent is rounding, not an error. */
const TOTAL_TOLERANCE = 0.01;
const CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.-]{0,11}$/;


/** What a section and a flow must be, said the same way about the data and about the attributes. */
export const SECTION_RULE = 'La section doit être « fonctionnement » ou « investissement ».';
export const FLOW_RULE = 'Le sens doit être « dépenses » ou « recettes ».';

/** The problem of a budget without its source: said by `validateBudget` and by the loader's overrides. */
export function missingSourceProblem(): BudgetProblem {
  return problem('source', 'La source (délibération du conseil municipal) manque : indiquez toujours la source et sa date.');
}

/**
 * A number of inhabitants from the data or the `population` attribute: a positive whole number,
 * else `undefined` and a problem.
 */
export function readPopulation(value: unknown, problems: BudgetProblem[]): number | undefined {
  const population = readAmount(value);
  if (population !== undefined && Number.isInteger(population) && population > 0) return population;
  problems.push(problem('population', 'La population doit être un nombre entier positif.', value));
  return undefined;
}

/** « 1 234,56 € », for messages to authors. */
export function formatEuros(value: number): string {
  return numberFormat({ style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  const normalised = value.trim().toLowerCase();
  return allowed.find((candidate) => candidate === normalised);
}

/** Reads an amount: a finite number, or a numeric string in French or international notation. */
export function readAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  return parseDecimal(value);
}

/**
 * Parses `1 234,56`, `1234.56`, `1.234,56` or `-12,5` (spaces, no-break spaces and a trailing `€`
 * allowed). Returns `undefined` for anything else, including `Infinity` and empty strings.
 */
export function parseDecimal(text: string): number | undefined {
  let cleaned = text.trim().replace(/[\s\u00a0\u202f€]/g, '');
  if (cleaned === '') return undefined;
  if (cleaned.includes(',') && cleaned.includes('.')) {
    // Both marks: the last one is the decimal mark, the other one groups thousands.
    cleaned =
      cleaned.lastIndexOf(',') > cleaned.lastIndexOf('.')
        ? cleaned.replace(/\./g, '').replace(',', '.')
        : cleaned.replace(/,/g, '');
  } else {
    cleaned = cleaned.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return undefined;
  const number = Number(cleaned);
  return Number.isFinite(number) ? number : undefined;
}

function readText(value: unknown, field: string, problems: BudgetProblem[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  if (text.length > MAX_LABEL_LENGTH) {
    problems.push(problem(field, `Le texte dépasse ${MAX_LABEL_LENGTH} caractères ; il est raccourci.`, text));
    return `${text.slice(0, MAX_LABEL_LENGTH - 1)}…`;
  }
  return text;
}

/**
 * One line. A negative amount is kept: amending decisions reduce credits, and accounts record
 * reversals (interest accrued the year before, cancelled titles), which totals must include.
 */
function validateLine(raw: unknown, field: string, problems: BudgetProblem[]): BudgetLine | null {
  const ignore = (message: string, value?: unknown): null => {
    problems.push({ ...problem(field, message, value), ignored: true });
    return null;
  };
  if (!isRecord(raw)) return ignore("La ligne n'est pas un objet { label, amount }.", raw);
  const label = readText(raw.label, `${field}.label`, problems);
  if (label === undefined) return ignore("La ligne n'a pas de libellé (label).", raw);
  const amount = readAmount(raw.amount);
  if (amount === undefined) {
    return ignore(`Le montant de « ${label} » n'est pas un nombre fini.`, raw.amount);
  }
  const line: { -readonly [K in keyof BudgetLine]: BudgetLine[K] } = { label, amount };
  if (raw.code !== undefined && raw.code !== null && raw.code !== '') {
    const code = typeof raw.code === 'number' ? String(raw.code) : raw.code;
    if (typeof code === 'string' && CODE_PATTERN.test(code.trim())) line.code = code.trim();
    else problems.push(problem(`${field}.code`, `Le code de « ${label} » n'est pas un code de fonction ou de nature reconnu.`, raw.code));
  }
  const group = readText(raw.group, `${field}.group`, problems);
  if (group !== undefined) line.group = group;
  if (raw.previous !== undefined && raw.previous !== null && raw.previous !== '') {
    const previous = readAmount(raw.previous);
    if (previous === undefined) {
      problems.push(problem(`${field}.previous`, `Le montant de l'année précédente de « ${label} » n'est pas un nombre fini ; il est ignoré.`, raw.previous));
    } else line.previous = previous;
  }
  if (raw.section !== undefined) {
    const section = oneOf(BUDGET_SECTIONS, raw.section);
    if (section === undefined) return ignore(`La section de « ${label} » doit être « fonctionnement » ou « investissement ».`, raw.section);
    line.section = section;
  }
  if (raw.flow !== undefined) {
    const flow = oneOf(BUDGET_FLOWS, raw.flow);
    if (flow === undefined) return ignore(`Le sens de « ${label} » doit être « dépenses » ou « recettes ».`, raw.flow);
    line.flow = flow;
  }
  return line;
}

/** The lines of one section and flow (a line without its own section or flow takes the budget's). */
export function linesOf(budget: Budget, section: BudgetSection = budget.section, flow: BudgetFlow = budget.flow): BudgetLine[] {
  return budget.lines.filter((line) => (line.section ?? budget.section) === section && (line.flow ?? budget.flow) === flow);
}

/** Sum of amounts, added in cents so that `0.1 + 0.2` budgets add up as an accountant expects. */
export function sumAmounts(values: readonly number[]): number {
  let cents = 0;
  for (const value of values) cents += Math.round(value * 100);
  return cents / 100;
}

function checkDuplicates(budget: Budget, problems: BudgetProblem[]): void {
  const seen = new Map<string, number>();
  budget.lines.forEach((line, index) => {
    const key = `${line.section ?? budget.section}|${line.flow ?? budget.flow}|${line.label.toLocaleLowerCase('fr')}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      problems.push(problem(`lines[${index}].label`, `Le libellé « ${line.label} » apparaît deux fois (lignes ${first + 1} et ${index + 1}) : les deux lignes sont affichées, fusionnez-les ou renommez-en une.`, line.label));
    }
  });
}

function checkTotal(budget: Budget, problems: BudgetProblem[]): void {
  if (budget.total === undefined) return;
  const sum = sumAmounts(linesOf(budget).map((line) => line.amount));
  if (Math.abs(sum - budget.total) > TOTAL_TOLERANCE) {
    problems.push(problem('total', `Le total déclaré (${formatEuros(budget.total)}) ne correspond pas à la somme des lignes (${formatEuros(sum)}) : le graphique utilise la somme des lignes.`, budget.total));
  }
}

/**
 * Checks a budget given as JSON (already parsed) and returns what can be shown plus every problem.
 * Never throws. Missing `stage`, `section` or `flow` fall back to budget primitif / fonctionnement /
 * dépenses with a problem, so that a chart still appears while the author fixes the data.
 */
export function validateBudget(input: unknown): BudgetResult {
  const problems: BudgetProblem[] = [];
  if (!isRecord(input)) {
    return { budget: null, problems: [problem('data', "Les données du budget doivent être un objet { year, stage, section, flow, source, lines }.", input)] };
  }
  if (!Array.isArray(input.lines)) {
    return { budget: null, problems: [problem('lines', 'Le budget doit contenir une liste de lignes (lines).', input.lines)] };
  }

  let year = typeof input.year === 'string' ? Number(input.year) : input.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
    problems.push(problem('year', "L'année du budget doit être un nombre entier comme 2026.", input.year));
    year = NaN;
  }
  const stage = oneOf(BUDGET_STAGES, input.stage);
  if (stage === undefined) problems.push(problem('stage', `L'étape budgétaire doit être l'une de : ${BUDGET_STAGES.join(', ')}. « budget primitif » est supposé.`, input.stage));
  const section = oneOf(BUDGET_SECTIONS, input.section);
  if (section === undefined) problems.push(problem('section', `${SECTION_RULE} « fonctionnement » est supposé.`, input.section));
  const flow = oneOf(BUDGET_FLOWS, input.flow);
  if (flow === undefined) problems.push(problem('flow', `${FLOW_RULE} « dépenses » est supposé.`, input.flow));

  const budget: { -readonly [K in keyof Budget]: Budget[K] } = {
    year: year as number,
    stage: stage ?? 'budget primitif',
    section: section ?? 'fonctionnement',
    flow: flow ?? 'dépenses',
    lines: [],
  };

  const source = readSource(input.source, problems);
  if (source !== undefined) budget.source = source;
  else if (input.source === undefined) problems.push(missingSourceProblem());

  if (input.population !== undefined && input.population !== null) {
    const population = readPopulation(input.population, problems);
    if (population !== undefined) budget.population = population;
  }
  if (input.total !== undefined && input.total !== null) {
    const total = readAmount(input.total);
    if (total === undefined) problems.push(problem('total', "Le total déclaré n'est pas un nombre fini.", input.total));
    else budget.total = total;
  }
  const decisionNumber = input.decisionNumber;
  if (typeof decisionNumber === 'number' && Number.isInteger(decisionNumber) && decisionNumber > 0) budget.decisionNumber = decisionNumber;
  else if (decisionNumber !== undefined) problems.push(problem('decisionNumber', 'Le numéro de la décision doit être un entier positif.', decisionNumber));
  const name = readText(input.name, 'name', problems);
  if (name !== undefined) budget.name = name;
  if (typeof input.siret === 'string' && /^\d{14}$/.test(input.siret.trim())) budget.siret = input.siret.trim();
  const classification = oneOf(BUDGET_CLASSIFICATIONS, input.classification);
  if (classification !== undefined) budget.classification = classification;

  const rawLines = input.lines as unknown[];
  if (rawLines.length > MAX_LINES) {
    problems.push(problem('lines', `Le budget a ${formatCount(rawLines.length)} lignes ; seules les ${formatCount(MAX_LINES)} premières sont lues.`));
  }
  const lines: BudgetLine[] = [];
  rawLines.slice(0, MAX_LINES).forEach((raw, index) => {
    const line = validateLine(raw, `lines[${index}]`, problems);
    if (line !== null) lines.push(line);
  });
  budget.lines = lines;

  checkDuplicates(budget, problems);
  checkTotal(budget, problems);
  return { budget, problems };
}

function readSource(value: unknown, problems: BudgetProblem[]): BudgetSource | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const text = readText(value, 'source', problems);
    return text === undefined ? undefined : { text };
  }
  if (!isRecord(value)) {
    problems.push(problem('source', 'La source doit être un texte ou un objet { text, url }.', value));
    return undefined;
  }
  const text = readText(value.text, 'source.text', problems);
  if (text === undefined) {
    problems.push(problem('source.text', 'La source doit nommer la délibération (texte).', value));
    return undefined;
  }
  if (value.url === undefined || value.url === '') return { text };
  const url = checkUrl(value.url);
  if (!url.ok) {
    problems.push(problem('source.url', url.reason, value.url));
    return { text };
  }
  return { text, url: url.url };
}
