/**
 * Reading budgets published in the national open-data format « SCDL Budget » (schema.data.gouv.fr,
 * `scdl/budget`, version 0.8), as the usual converters from TOTEM XML really write them. Our
 * reading, which `docs/formats/budget.md` repeats:
 * - one row per budget account; `BGT_NATDEC` is the stage, `BGT_SECTION` the section (often empty:
 *   it is then inferred from the account, see `nomenclature.ts`), `BGT_CODRD` the flow
 *   (`dépense` | `recette`; older exports write `D`/`R` or `1`/`0`, « recette 0 - dépense 1 »);
 * - `BGT_CONTNAT` holds the chapter and `BGT_NATURE` the account, as TOTEM's `ContNat` and
 *   `Nature` (the schema's prose says the reverse; files written that way are recognised by their
 *   codes, see `scdl-layout.ts`);
 * - `BGT_OPBUDG` is `réel` or `ordre` (`0`/`1` from TOTEM). Order operations (depreciation,
 *   transfers between sections) move no cash and would be counted twice: only real ones are kept;
 * - the amount is `BGT_MTREAL` (signed: reversals are negative) for a compte administratif or a
 *   compte financier unique, `BGT_MTPREV` for the other stages; an empty amount is 0;
 *   `BGT_MTBUDGPREC` is the credit voted before this decision in the same year, never last year's.
 * The CSV itself: `;` or `,` separators (detected on the header), RFC 4180 quoting, CRLF or LF,
 * UTF-8 with or without BOM, decimal commas.
 */
import { neverThrows, textLengthProblem } from '../json-limits.js';
import { problem } from '../invalid.js';
import { aggregateLines, type AggregatableRow, type Grouping } from './aggregate.js';
import { BUDGET_STAGES, formatEuros, parseDecimal, validateBudget, type Budget, type BudgetFlow, type BudgetProblem, type BudgetSection, type BudgetStage } from './model.js';
import { sectionOfCode } from './nomenclature.js';
import { columnLayout } from './scdl-layout.js';
import { selectBudget } from './scdl-budgets.js';

export { SCDL_COLUMNS, type ScdlColumn } from './scdl-columns.js';
import type { ScdlColumn } from './scdl-columns.js';
import { formatCount } from '../format.js';

/** Columns without which a row cannot be placed in a chart. The others may be absent. */
const REQUIRED_COLUMNS: readonly ScdlColumn[] = ['BGT_NATDEC', 'BGT_ANNEE', 'BGT_CODRD'];

export interface CsvTable {
  readonly delimiter: ';' | ',';
  readonly header: readonly string[];
  /** Data records; `line` is the 1-based line number in the file where the record starts. */
  readonly records: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

/** The delimiter used by the header line: the more frequent of `;` and `,` outside quotes. */
function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/**
 * Reads CSV text into a header and records. Quoted fields may hold separators, doubled quotes and
 * line breaks. Blank lines are skipped. Never throws: an unclosed quote runs to the end of the text.
 * Unquoted fields (nearly all of an SCDL file) are sliced whole rather than built character by
 * character: a département's file of 1,300 rows reads in a few milliseconds.
 */
export function readCsv(text: string): CsvTable {
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const stop = delimiter === ';' ? /[;\r\n]/g : /[,\r\n]/g;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowStart = 1;
  let index = 0;
  const length = source.length;
  const endRow = (): void => {
    if (!(cells.length === 1 && cells[0]?.trim() === '')) rows.push({ line: rowStart, cells });
    cells = [];
  };
  while (index < length) {
    let cell: string;
    if (source.charCodeAt(index) === 34 /* " */) {
      // Quoted field: up to the closing quote, doubled quotes standing for one.
      cell = '';
      let from = index + 1;
      for (;;) {
        const quote = source.indexOf('"', from);
        if (quote === -1) {
          cell += source.slice(from);
          index = length;
          break;
        }
        cell += source.slice(from, quote);
        if (source.charCodeAt(quote + 1) === 34) {
          cell += '"';
          from = quote + 2;
        } else {
          index = quote + 1;
          break;
        }
      }
      for (const char of cell) if (char === '\n') line++;
      // Anything between the closing quote and the separator is kept, as a lenient reader does.
      stop.lastIndex = index;
      const next = stop.exec(source);
      const end = next === null ? length : next.index;
      cell += source.slice(index, end);
      index = end;
    } else {
      stop.lastIndex = index;
      const next = stop.exec(source);
      const end = next === null ? length : next.index;
      cell = source.slice(index, end);
      index = end;
    }
    cells.push(cell);
    if (index >= length) break;
    const char = source.charCodeAt(index);
    if (char === 13 /* \r */ || char === 10 /* \n */) {
      index += char === 13 && source.charCodeAt(index + 1) === 10 ? 2 : 1;
      endRow();
      line++;
      rowStart = line;
    } else {
      index++; // the separator
      if (index >= length) cells.push('');
    }
  }
  if (cells.length > 0) endRow();
  const [header, ...records] = rows;
  return { delimiter, header: (header?.cells ?? []).map((name) => name.trim()), records };
}

/** One real row of an SCDL file: what aggregation needs, plus where it comes from. */
export interface ScdlRow extends AggregatableRow {
  readonly stage: BudgetStage;
  /** The number of a décision modificative (« DM 2 », « décision modificative n° 2 »). */
  readonly decisionNumber?: number;
  readonly year: number;
  readonly name: string;
  readonly siret: string;
  /** Budget type from an optional type column (`principal`, `annexe`…), else empty. */
  readonly type: string;
  /** Whether the section was inferred from the account because `BGT_SECTION` was empty or unknown. */
  readonly sectionInferred?: boolean;
}

const STAGE_ALIASES: Record<string, BudgetStage> = {
  'budget prévisionnel': 'budget primitif',
  bp: 'budget primitif',
  bs: 'budget supplémentaire',
  dm: 'décision modificative',
  ca: 'compte administratif',
  cfu: 'compte financier unique',
};

function normalise(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** « décision modificative n° 2 », « DM2 », « budget primitif » → the stage and its number, if any. */
function readStage(value: string): { stage: BudgetStage; number?: number } | undefined {
  const stageOf = (text: string): BudgetStage | undefined => BUDGET_STAGES.find((candidate) => candidate === text) ?? STAGE_ALIASES[text];
  const text = normalise(value);
  const numbered = /^(.*?)\s*(?:n\s*°|no\.?)?\s*(\d{1,2})$/.exec(text);
  const stage = numbered === null ? undefined : stageOf(numbered[1] ?? '');
  if (stage === 'décision modificative' || stage === 'budget supplémentaire') return { stage, number: Number(numbered?.[2]) };
  const plain = stageOf(text);
  return plain === undefined ? undefined : { stage: plain };
}

function readSection(value: string): BudgetSection | undefined {
  const text = normalise(value);
  if (text.startsWith('fonct') || text === 'f') return 'fonctionnement';
  if (text.startsWith('invest') || text === 'i') return 'investissement';
  return undefined;
}

function readFlow(value: string): BudgetFlow | undefined {
  const text = normalise(value);
  if (['dépense', 'dépenses', 'depense', 'depenses', 'd', '1'].includes(text)) return 'dépenses';
  if (['recette', 'recettes', 'r', '0'].includes(text)) return 'recettes';
  return undefined;
}

function readOperation(value: string): boolean | undefined {
  const text = normalise(value);
  if (['réel', 'reel', 'réelle', 'reelle', '0'].includes(text)) return true;
  if (['ordre', '1'].includes(text)) return false;
  return undefined;
}

/** A reader of cell values that remembers its answers: a file repeats the same few values on every row. */
function remembered<T>(read: (value: string) => T): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    if (known.has(value)) return known.get(value) as T;
    const result = read(value);
    known.set(value, result);
    return result;
  };
}

const ACTUAL_STAGES: ReadonlySet<BudgetStage> = new Set(['compte administratif', 'compte financier unique']);

/** An optional column some exports add to tell the main budget from annexes. */
const TYPE_COLUMN = /^(BGT_)?TYPE?_?BUDG(ET)?$/;

export interface ScdlRowsResult {
  readonly rows: readonly ScdlRow[];
  readonly problems: readonly BudgetProblem[];
  /** Rows skipped on purpose because they are order operations (not problems). */
  readonly orderRows: number;
}

/** « le compte 4721 (Recettes à classer) », to name a row people can find in their file. */
function nameRow(account: string, label: string): string {
  return `${account === '' ? 'une ligne sans compte' : `le compte ${account}`}${label === '' ? '' : ` (${label})`}`;
}

/** Reads SCDL budget CSV text into typed rows; every row it cannot use is a problem marked `ignored`. */
export function readScdlRows(text: string): ScdlRowsResult {
  const problems: BudgetProblem[] = [];
  const table = readCsv(text);
  const column = new Map(table.header.map((name, index) => [name.toUpperCase(), index]));
  const missing = REQUIRED_COLUMNS.filter((name) => !column.has(name));
  const hasAmount = column.has('BGT_MTPREV') || column.has('BGT_MTREAL');
  if (missing.length > 0 || !hasAmount) {
    const names = [...missing, ...(hasAmount ? [] : ['BGT_MTPREV ou BGT_MTREAL'])];
    problems.push(problem('csv', `Ce fichier n'est pas au format SCDL Budget : colonnes absentes (${names.join(', ')}).`, table.header.join(table.delimiter)));
    return { rows: [], problems, orderRows: 0 };
  }
  const typeIndex = table.header.findIndex((name) => TYPE_COLUMN.test(name.toUpperCase()));
  const cellOf = (cells: readonly string[], name: ScdlColumn): string => {
    const index = column.get(name);
    // An apostrophe the export put before a would-be formula (csv-export.ts `textCell`) is not part of the value.
    return index === undefined ? '' : (cells[index] ?? '').trim().replace(/^'(?='*[=+\-@\t\r])/, '');
  };
  const layout = columnLayout(table.records.map((record) => [cellOf(record.cells, 'BGT_CONTNAT'), cellOf(record.cells, 'BGT_NATURE')]));
  const rows: ScdlRow[] = [];
  let orderRows = 0;
  let emptyAmounts = 0;
  const operationOf = remembered(readOperation);
  const stageOf = remembered(readStage);
  const flowOf = remembered(readFlow);
  const sectionOf = remembered(readSection);
  for (const record of table.records) {
    const get = (name: ScdlColumn): string => cellOf(record.cells, name);
    const ignore = (message: string, value?: string): void => {
      problems.push({ ...problem(`ligne ${record.line}`, `Ligne ${record.line} : ${message}`, value), ignored: true });
    };
    if (record.cells.length !== table.header.length) {
      ignore(`${record.cells.length} colonnes au lieu de ${table.header.length}.`);
      continue;
    }
    const real = operationOf(get('BGT_OPBUDG') || 'réel');
    if (real === false) {
      orderRows++;
      continue;
    }
    if (real === undefined) {
      ignore(`type d'opération « ${get('BGT_OPBUDG')} » inconnu (réel ou ordre attendu).`, get('BGT_OPBUDG'));
      continue;
    }
    const stage = stageOf(get('BGT_NATDEC'));
    const flow = flowOf(get('BGT_CODRD'));
    if (stage === undefined) {
      ignore(`étape budgétaire « ${get('BGT_NATDEC')} » inconnue.`, get('BGT_NATDEC'));
      continue;
    }
    if (!/^\d{4}$/.test(get('BGT_ANNEE'))) {
      ignore(`année « ${get('BGT_ANNEE')} » invalide.`, get('BGT_ANNEE'));
      continue;
    }
    if (flow === undefined) {
      ignore(`sens « ${get('BGT_CODRD')} » inconnu (dépense ou recette attendu).`, get('BGT_CODRD'));
      continue;
    }
    const chapter = get(layout.chapter);
    const chapterLabel = get(layout.chapterLabel);
    const account = get(layout.account);
    const accountLabel = get(layout.accountLabel);
    const amountColumn: ScdlColumn = ACTUAL_STAGES.has(stage.stage) ? 'BGT_MTREAL' : 'BGT_MTPREV';
    const rawAmount = get(amountColumn);
    // An empty amount is nothing spent or received (the converters leave unused credits empty).
    const amount = rawAmount === '' ? 0 : parseDecimal(rawAmount);
    if (rawAmount === '') emptyAmounts++;
    if (amount === undefined) {
      ignore(`montant ${amountColumn} « ${rawAmount} » non numérique pour ${nameRow(account, accountLabel || chapterLabel)}.`, rawAmount);
      continue;
    }
    const written = get('BGT_SECTION');
    const given = sectionOf(written);
    const section = given ?? sectionOfCode(account) ?? sectionOfCode(chapter);
    if (section === undefined) {
      ignore(`section ${written === '' ? 'absente' : `« ${written} » inconnue`} et impossible à déduire pour ${nameRow(account, accountLabel || chapterLabel)}, ${formatEuros(amount)} ; ligne ignorée.`, written);
      continue;
    }
    const type = typeIndex === -1 ? '' : (record.cells[typeIndex] ?? '').trim();
    rows.push({
      line: record.line,
      stage: stage.stage,
      ...(stage.number === undefined ? {} : { decisionNumber: stage.number }),
      year: Number(get('BGT_ANNEE')),
      section,
      flow,
      amount,
      chapter,
      chapterLabel,
      account,
      accountLabel,
      fonction: get('BGT_FONCTION'),
      fonctionLabel: get('BGT_FONCTION_LABEL'),
      name: get('BGT_NOM'),
      siret: get('BGT_SIRET'),
      type,
      ...(given === undefined ? { sectionInferred: true } : {}),
    });
  }
  if (rows.length > 0 && emptyAmounts === rows.length) {
    problems.push(problem('csv', `La colonne ${ACTUAL_STAGES.has(rows[0]?.stage ?? 'budget primitif') ? 'BGT_MTREAL' : 'BGT_MTPREV'} est vide sur toutes les lignes : tous les montants valent 0.`));
  }
  return { rows, problems, orderRows };
}

export interface ScdlOptions {
  /** `auto` (default: function when the file has meaningful functions, else chapter), `function`, `chapter` or `line` (one line per account). */
  readonly by?: Grouping;
  /** Section shown by default (the budget keeps every section for balance charts). */
  readonly section?: BudgetSection;
  readonly flow?: BudgetFlow;
  readonly source?: { readonly text: string; readonly url?: string };
  readonly population?: number;
  /** Which budget of a file holding several (SIRET or name, `BGT_SIRET` / `BGT_NOM`); the main one by default. */
  readonly budget?: string;
}

const CLASSIFICATION = { function: 'fonction', chapter: 'nature', line: 'compte' } as const;

/** One message for every row whose section was inferred, with how many and how. */
function inferredProblem(rows: readonly ScdlRow[]): BudgetProblem[] {
  const count = rows.filter((row) => row.sectionInferred === true).length;
  if (count === 0) return [];
  return [
    problem(
      'BGT_SECTION',
      `${count === 1 ? '1 ligne' : `${formatCount(count)} lignes`} sans section reconnue : section déduite du compte selon la nomenclature (classes 6 et 7 : fonctionnement ; classes 1 et 2 : investissement).`,
    ),
  ];
}

/**
 * SCDL CSV text → a validated budget with real operations only, aggregated as asked, keeping every
 * section and flow present in the file (each line carries its own section and flow). A file with
 * several budgets (main budget and annexes) shows one: see `selectBudget`.
 */
export function budgetFromScdl(text: string, options: ScdlOptions = {}): { budget: Budget | null; problems: BudgetProblem[] } {
  const tooLong = typeof text === 'string' ? textLengthProblem(text) : 'Un fichier SCDL doit être un texte.';
  if (tooLong !== undefined) return { budget: null, problems: [problem('data', tooLong)] };
  return neverThrows(() => readScdlBudget(text, options), (message) => ({ budget: null, problems: [problem('data', message)] }));
}

function readScdlBudget(text: string, options: ScdlOptions): { budget: Budget | null; problems: BudgetProblem[] } {
  const read = readScdlRows(text);
  const problems: BudgetProblem[] = [...read.problems];
  const selection = selectBudget(read.rows, options.budget);
  problems.push(...selection.problems);
  const kept: ScdlRow[] = [];
  const first = selection.rows[0];
  for (const row of selection.rows) {
    if (first !== undefined && (row.year !== first.year || row.stage !== first.stage)) {
      problems.push({
        ...problem(`ligne ${row.line}`, `Ligne ${row.line} : ${row.stage} ${row.year} mêlé au ${first.stage} ${first.year} du reste du fichier ; ligne ignorée.`),
        ignored: true,
      });
      continue;
    }
    kept.push(row);
  }
  if (first === undefined) {
    if (problems.length === 0) problems.push(problem('csv', 'Le fichier SCDL ne contient aucune ligne réelle.'));
    return { budget: null, problems };
  }
  problems.push(...inferredProblem(kept));
  const aggregated = aggregateLines(kept, options.by ?? 'auto');
  problems.push(...aggregated.problems);
  const result = validateBudget({
    year: first.year,
    stage: first.stage,
    ...(first.decisionNumber === undefined ? {} : { decisionNumber: first.decisionNumber }),
    section: options.section ?? 'fonctionnement',
    flow: options.flow ?? 'dépenses',
    source: options.source,
    population: options.population,
    name: first.name,
    siret: first.siret,
    classification: CLASSIFICATION[aggregated.by],
    lines: aggregated.lines,
  });
  // The source usually comes from the element's attributes, not from the CSV: do not report it twice.
  const ownProblems = result.problems.filter((item) => !(options.source === undefined && item.field === 'source'));
  return { budget: result.budget, problems: [...problems, ...ownProblems] };
}
