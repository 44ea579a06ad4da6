/**
 * One entry point for every way a budget reaches an element: a JS object (`data` property), or text
 * (a fetched `src`, a `<script type="application/json">` child) that is JSON or SCDL CSV. Adds the
 * author's `population` and `source` attributes when the data lacks them. Never throws.
 */
import { problem } from '../invalid.js';
import { jsonShapeProblem, neverThrows, textLengthProblem } from '../json-limits.js';
import { missingSourceProblem, readPopulation, validateBudget, type Budget, type BudgetFlow, type BudgetProblem, type BudgetResult, type BudgetSection, type BudgetSource } from './model.js';
import type { Grouping } from './aggregate.js';
import type { budgetFromScdl } from './scdl-csv.js';
import { checkUrl } from '../url.js';

export interface LoadOptions {
  readonly by?: Grouping;
  /** Which budget of an SCDL file holding several (`budget` attribute: SIRET or name). */
  readonly budget?: string;
  /** `decision-number` attribute: the number of a décision modificative, when the data lacks it. */
  readonly decisionNumber?: number;
  readonly section?: BudgetSection;
  readonly flow?: BudgetFlow;
  /** `population` attribute: overrides the data's. */
  readonly population?: number;
  /** `source` and `source-url` attributes: used when the data has no source. */
  readonly sourceText?: string;
  readonly sourceUrl?: string;
}

function withOverrides(result: BudgetResult, options: LoadOptions): BudgetResult {
  const { budget } = result;
  if (budget === null) return result;
  const problems: BudgetProblem[] = [...result.problems];
  let next: Budget = budget;
  // An attribute that is not a number at all (NaN) is left out, as if it were not there.
  if (options.population !== undefined && !Number.isNaN(options.population)) {
    const population = readPopulation(options.population, problems);
    if (population !== undefined) next = { ...next, population };
  }
  if (next.decisionNumber === undefined && options.decisionNumber !== undefined && Number.isInteger(options.decisionNumber) && options.decisionNumber > 0) {
    next = { ...next, decisionNumber: options.decisionNumber };
  }
  if (next.source === undefined && options.sourceText !== undefined && options.sourceText.trim() !== '') {
    let source: BudgetSource = { text: options.sourceText.trim() };
    if (options.sourceUrl !== undefined && options.sourceUrl !== '') {
      const url = checkUrl(options.sourceUrl);
      if (url.ok) source = { ...source, url: url.url };
      else problems.push(problem('source-url', url.reason, options.sourceUrl));
    }
    next = { ...next, source };
    return { budget: next, problems: problems.filter((item) => item.field !== 'source') };
  }
  if (next.source === undefined && !problems.some((item) => item.field === 'source')) {
    problems.push(missingSourceProblem());
  }
  return { budget: next, problems };
}

/** The SCDL reader, passed in so that pages that only use JSON never download it. */
export type ScdlReader = typeof budgetFromScdl;

/** Whether text is JSON (starts with `{`) rather than SCDL CSV. */
export function isJsonText(text: string): boolean {
  return text.replace(/^\ufeff/, '').trimStart().startsWith('{');
}

/** A budget from the `data` property (an object; JSON text is read too). */
export function budgetFromData(data: unknown, options: LoadOptions = {}): BudgetResult {
  if (typeof data === 'string' && isJsonText(data)) return budgetFromText(data, options);
  return readBoundedJson(data, options);
}

const refusedBudget = (message: string): BudgetResult => ({ budget: null, problems: [problem('data', message)] });

/** Parsed JSON, once its depth and size are checked; an unexpected fault is a problem, not an exception. */
function readBoundedJson(json: unknown, options: LoadOptions): BudgetResult {
  const shape = jsonShapeProblem(json);
  if (shape !== undefined) return refusedBudget(shape);
  return neverThrows(() => withOverrides(validateBudget(json), options), refusedBudget);
}

/**
 * A budget from text: JSON when it starts with `{`, SCDL CSV otherwise (read with `readScdl`,
 * usually `budgetFromScdl` from `./scdl-csv.js`; without it, CSV gives a problem).
 */
export function budgetFromText(text: string, options: LoadOptions = {}, readScdl?: ScdlReader): BudgetResult {
  const tooLong = textLengthProblem(text);
  if (tooLong !== undefined) return refusedBudget(tooLong);
  const trimmed = text.replace(/^\ufeff/, '').trimStart();
  if (trimmed === '') return { budget: null, problems: [problem('data', 'Les données du budget sont vides.')] };
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      return { budget: null, problems: [problem('data', `Le JSON du budget est mal formé (${error instanceof Error ? error.message : 'erreur de syntaxe'}).`)] };
    }
    return readBoundedJson(json, options);
  }
  if (readScdl === undefined) return { budget: null, problems: [problem('data', 'Les données ne sont pas du JSON et aucun lecteur SCDL CSV n’est chargé.')] };
  const scdl = neverThrows(() => readScdl(text, {
    ...(options.by === undefined ? {} : { by: options.by }),
    ...(options.budget === undefined ? {} : { budget: options.budget }),
    ...(options.section === undefined ? {} : { section: options.section }),
    ...(options.flow === undefined ? {} : { flow: options.flow }),
  }), refusedBudget);
  return withOverrides(scdl, options);
}

/**
 * A budget from what an element was given: `data` (an object, or JSON or CSV text) first, else the
 * text of `src` or of a script child. `null` with no problem when nothing was given yet.
 */
export function budgetFromInput(data: unknown, text: string | undefined, options: LoadOptions, readScdl?: ScdlReader): BudgetResult {
  const source = data === undefined || data === null ? text : typeof data === 'string' ? data : undefined;
  if (source !== undefined) return budgetFromText(source, options, readScdl);
  if (data !== undefined && data !== null) return budgetFromData(data, options);
  return { budget: null, problems: [] };
}

