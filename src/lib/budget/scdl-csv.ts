/**
 * Reading budgets published in the national open-data format « SCDL Budget » (schema.data.gouv.fr,
 * `scdl/budget`, version 0.8). Our reading of the schema, which `docs/formats/budget.md` repeats:
 * - one row per budget account; `BGT_NATDEC` is the stage, `BGT_SECTION` the section,
 *   `BGT_CODRD` the flow (`dépense` | `recette`; older exports write `D`/`R` or `1`/`0`, which
 *   the schema's own description gives as « recette 0 - dépense 1 »);
 * - `BGT_OPBUDG` is `réel` or `ordre`. Order operations (depreciation, transfers between sections)
 *   move no cash and would be counted twice, so only real operations are kept. Exports produced
 *   from TOTEM XML write `0` for real and `1` for order: both spellings are accepted;
 * - the amount is `BGT_MTREAL` (what was actually spent or received) for a compte administratif or
 *   a compte financier unique, `BGT_MTPREV` (the voted amount) for the other stages;
 *   `BGT_MTBUDGPREC` is the previous year's amount.
 * The CSV itself: `;` or `,` separators (detected on the header), RFC 4180 quoting, CRLF or LF,
 * UTF-8 with or without BOM, decimal commas.
 */
import { problem } from '../invalid.js';
import { aggregateLines, type AggregatableRow, type Grouping } from './aggregate.js';
import {
  BUDGET_STAGES,
  parseDecimal,
  validateBudget,
  type Budget,
  type BudgetFlow,
  type BudgetLine,
  type BudgetProblem,
  type BudgetSection,
  type BudgetStage,
} from './model.js';

export { SCDL_COLUMNS, type ScdlColumn } from './scdl-columns.js';
import type { ScdlColumn } from './scdl-columns.js';

/** Columns without which a row cannot be placed in a chart. The others may be absent. */
const REQUIRED_COLUMNS: readonly ScdlColumn[] = ['BGT_NATDEC', 'BGT_ANNEE', 'BGT_SECTION', 'BGT_CODRD'];

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
 */
export function readCsv(text: string): CsvTable {
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = (): void => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]?.trim() === '')) rows.push({ line: rowStart, cells });
    cells = [];
    cell = '';
  };
  for (let index = 0; index < source.length; index++) {
    const char = source.charAt(index);
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          cell += '"';
          index++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      endRow();
      line++;
      rowStart = line;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length > 0) endRow();
  const [header, ...records] = rows;
  return { delimiter, header: (header?.cells ?? []).map((name) => name.trim()), records };
}

/** One real or order row of an SCDL file: what aggregation needs, plus where it comes from. */
export interface ScdlRow extends AggregatableRow {
  readonly stage: BudgetStage;
  readonly year: number;
  readonly real: boolean;
  readonly name: string;
  readonly siret: string;
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

function readStage(value: string): BudgetStage | undefined {
  const text = normalise(value);
  return BUDGET_STAGES.find((stage) => stage === text) ?? STAGE_ALIASES[text];
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

const ACTUAL_STAGES: ReadonlySet<BudgetStage> = new Set(['compte administratif', 'compte financier unique']);

export interface ScdlRowsResult {
  readonly rows: readonly ScdlRow[];
  readonly problems: readonly BudgetProblem[];
  /** Rows skipped on purpose because they are order operations (not problems). */
  readonly orderRows: number;
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
  const rows: ScdlRow[] = [];
  let orderRows = 0;
  for (const record of table.records) {
    const get = (name: ScdlColumn): string => {
      const index = column.get(name);
      return index === undefined ? '' : (record.cells[index] ?? '').trim();
    };
    const field = `ligne ${record.line}`;
    const ignore = (message: string, value?: string): void => {
      problems.push({ ...problem(field, message, value), ignored: true });
    };
    if (record.cells.length !== table.header.length) {
      ignore(`Ligne ${record.line} : ${record.cells.length} colonnes au lieu de ${table.header.length}.`);
      continue;
    }
    const real = readOperation(get('BGT_OPBUDG') || 'réel');
    if (real === false) {
      orderRows++;
      continue;
    }
    if (real === undefined) {
      ignore(`Ligne ${record.line} : type d'opération « ${get('BGT_OPBUDG')} » inconnu (réel ou ordre attendu).`, get('BGT_OPBUDG'));
      continue;
    }
    const stage = readStage(get('BGT_NATDEC'));
    const year = Number(get('BGT_ANNEE'));
    const section = readSection(get('BGT_SECTION'));
    const flow = readFlow(get('BGT_CODRD'));
    if (stage === undefined) {
      ignore(`Ligne ${record.line} : étape budgétaire « ${get('BGT_NATDEC')} » inconnue.`, get('BGT_NATDEC'));
      continue;
    }
    if (!/^\d{4}$/.test(get('BGT_ANNEE'))) {
      ignore(`Ligne ${record.line} : année « ${get('BGT_ANNEE')} » invalide.`, get('BGT_ANNEE'));
      continue;
    }
    if (section === undefined) {
      ignore(`Ligne ${record.line} : section « ${get('BGT_SECTION')} » inconnue.`, get('BGT_SECTION'));
      continue;
    }
    if (flow === undefined) {
      ignore(`Ligne ${record.line} : sens « ${get('BGT_CODRD')} » inconnu (dépense ou recette attendu).`, get('BGT_CODRD'));
      continue;
    }
    const amountColumn: ScdlColumn = ACTUAL_STAGES.has(stage) ? 'BGT_MTREAL' : 'BGT_MTPREV';
    const rawAmount = get(amountColumn);
    const amount = parseDecimal(rawAmount);
    if (amount === undefined) {
      const label = get('BGT_CONTNAT_LABEL') || get('BGT_NATURE_LABEL') || get('BGT_CONTNAT');
      ignore(`Ligne ${record.line} (${label}) : montant ${amountColumn} « ${rawAmount} » non numérique.`, rawAmount);
      continue;
    }
    if (amount < 0 && stage === 'budget primitif') {
      // A voted initial budget plans credits; only amending stages and signed outturns go negative.
      const label = get('BGT_CONTNAT_LABEL') || get('BGT_CONTNAT');
      ignore(`Ligne ${record.line} (${label}) : montant négatif (${rawAmount}), impossible dans un budget primitif.`, rawAmount);
      continue;
    }
    const previous = parseDecimal(get('BGT_MTBUDGPREC'));
    rows.push({
      line: record.line,
      stage,
      year,
      section,
      flow,
      real,
      amount,
      ...(previous === undefined ? {} : { previous }),
      account: get('BGT_CONTNAT'),
      accountLabel: get('BGT_CONTNAT_LABEL'),
      nature: get('BGT_NATURE'),
      natureLabel: get('BGT_NATURE_LABEL'),
      fonction: get('BGT_FONCTION'),
      fonctionLabel: get('BGT_FONCTION_LABEL'),
      name: get('BGT_NOM'),
      siret: get('BGT_SIRET'),
    });
  }
  return { rows, problems, orderRows };
}

export interface ScdlOptions {
  /** `function` (M57 function, first digit), `chapter` (BGT_NATURE) or `line` (one line per row). */
  readonly by?: Grouping;
  /** Section shown by default (the budget keeps every section for balance charts). */
  readonly section?: BudgetSection;
  readonly flow?: BudgetFlow;
  readonly source?: { readonly text: string; readonly url?: string };
  readonly population?: number;
}

/**
 * SCDL CSV text → a validated budget with real operations only, aggregated as asked, keeping every
 * section and flow present in the file (each line carries its own section and flow).
 */
export function budgetFromScdl(text: string, options: ScdlOptions = {}): { budget: Budget | null; problems: BudgetProblem[] } {
  const read = readScdlRows(text);
  const rows = read.rows;
  const problems: BudgetProblem[] = [...read.problems];
  const kept: ScdlRow[] = [];
  const first = rows[0];
  for (const row of rows) {
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
  const by = options.by ?? 'function';
  const aggregated = aggregateLines(kept, by);
  problems.push(...aggregated.problems);
  const lines: BudgetLine[] = aggregated.lines;
  const result = validateBudget({
    year: first.year,
    stage: first.stage,
    section: options.section ?? 'fonctionnement',
    flow: options.flow ?? 'dépenses',
    source: options.source,
    population: options.population,
    name: first.name,
    siret: first.siret,
    classification: by === 'function' ? 'fonction' : by === 'chapter' ? 'nature' : 'compte',
    lines,
  });
  // The source usually comes from the element's attributes, not from the CSV: do not report it twice.
  const ownProblems = result.problems.filter((item) => !(options.source === undefined && item.field === 'source'));
  return { budget: result.budget, problems: [...problems, ...ownProblems] };
}
