/**
 * A budget written as a plain HTML table, what a CMS editor pastes from a spreadsheet:
 *
 * ```html
 * <table>
 *   <caption>Dépenses de fonctionnement 2026</caption>
 *   <tr><th>Politique</th><th>2025</th><th>2026</th></tr>
 *   <tr><th>Enseignement</th><td>6 610 000 €</td><td>6 850 000 €</td></tr>
 * </table>
 * ```
 *
 * The first column is the label, the next the amount, an optional third the previous year's.
 * When the header names years, the latest is the amount and an earlier one the previous year.
 * A row « Total » (or the table foot) is the declared total, checked against the lines. The
 * caption is the chart's heading and, with the headers, says the year, stage, section and flow.
 * Pure: the DOM is read into `TableCells` elsewhere (lib/data-sources.ts).
 */
import { problem } from '../invalid.js';
import { parseFrenchAmount } from './french-amount.js';
import { BUDGET_FLOWS, BUDGET_SECTIONS, BUDGET_STAGES, type BudgetFlow, type BudgetProblem, type BudgetSection } from './model.js';

/** The texts of a table, as `tableCells` (lib/data-sources.ts) reads them from the page. */
export interface TableCells {
  readonly caption?: string;
  /** The header row (its cells' texts), when the table has one. */
  readonly head: readonly string[];
  readonly rows: readonly TableRow[];
  /** `data-year`, `data-stage`, `data-section`, `data-flow` written on the `<table>`. */
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface TableRow {
  readonly cells: readonly string[];
  /** The row sits in `<tfoot>`: a total, not a line. */
  readonly foot?: boolean;
}

export interface TableDefaults {
  readonly section?: BudgetSection;
  readonly flow?: BudgetFlow;
}

export interface BudgetTableResult {
  /** The budget in the JSON form (`validateBudget` checks it like any other). */
  readonly data: Record<string, unknown>;
  /** The caption, to serve as the chart's heading. */
  readonly heading?: string;
  /** What the table itself got wrong (cells, columns); the budget's own checks come on top. */
  readonly problems: readonly BudgetProblem[];
}

const YEAR = /\b(19\d\d|2[01]\d\d)\b/;
const TOTAL = /^total\b/i;

export function budgetFromTable(table: TableCells, defaults: TableDefaults = {}): BudgetTableResult {
  const problems: BudgetProblem[] = [];
  const columns = amountColumns(table);
  const words = [table.caption ?? '', ...table.head].join(' ').toLowerCase();
  const attributes = table.attributes ?? {};
  const data: Record<string, unknown> = {};
  const year = attributes.year ?? columns.year ?? YEAR.exec(table.caption ?? '')?.[1];
  if (year !== undefined) data.year = Number(year);
  const stage = attributes.stage ?? BUDGET_STAGES.find((name) => words.includes(name));
  if (stage !== undefined) data.stage = stage;
  const section = attributes.section ?? BUDGET_SECTIONS.find((name) => words.includes(name)) ?? defaults.section;
  if (section !== undefined) data.section = section;
  const flow = attributes.flow ?? BUDGET_FLOWS.find((name) => words.includes(name)) ?? defaults.flow;
  if (flow !== undefined) data.flow = flow;

  const lines: Record<string, unknown>[] = [];
  if (table.rows.length === 0) problems.push(problem('table', 'Le tableau du budget n’a aucune ligne de données.'));
  table.rows.forEach((row, index) => {
    const field = `table.lignes[${index + 1}]`;
    const label = (row.cells[0] ?? '').trim();
    const amountText = row.cells[columns.amount] ?? '';
    const amount = parseFrenchAmount(amountText);
    if (row.foot === true || TOTAL.test(label)) {
      if (amount.ok) data.total = amount.value;
      else problems.push(problem(`${field}.montant`, `Le total « ${amountText} » n’est pas un montant lisible (ex. « 1 234 567,89 € » ou « 28,4 M€ ») : il n’est pas vérifié.`, amountText));
      return;
    }
    if (label === '') {
      problems.push({ ...problem(`${field}.libellé`, `La ligne ${index + 1} du tableau n’a pas de libellé : elle n’est pas affichée.`, row.cells.join(' | ')), ignored: true });
      return;
    }
    if (!amount.ok) {
      const reason = amount.empty ? 'n’a pas de montant' : `a un montant illisible (« ${amountText} »)`;
      problems.push({ ...problem(`${field}.montant`, `La ligne « ${label} » ${reason} : elle n’est pas affichée. Écrivez par exemple « 1 234 567,89 € » ou « 28,4 M€ ».`, amountText), ignored: true });
      return;
    }
    const line: Record<string, unknown> = { label, amount: amount.value };
    if (columns.previous !== undefined) {
      const previousText = row.cells[columns.previous] ?? '';
      const previous = parseFrenchAmount(previousText);
      if (previous.ok) line.previous = previous.value;
      else if (!previous.empty) {
        problems.push(problem(`${field}.précédent`, `Le montant de l’année précédente de « ${label} » est illisible (« ${previousText} ») : l’évolution de cette ligne n’est pas affichée.`, previousText));
      }
    }
    lines.push(line);
  });
  data.lines = lines;
  const heading = table.caption?.trim();
  return heading === undefined || heading === '' ? { data, problems } : { data, heading, problems };
}

/** Which columns hold the amount and the previous year's amount, and the year the header gives. */
function amountColumns(table: TableCells): { amount: number; previous?: number; year?: string } {
  const years = table.head.map((text, index) => ({ index, year: index === 0 ? undefined : YEAR.exec(text)?.[1] }));
  const dated = years.filter((column): column is { index: number; year: string } => column.year !== undefined).sort((a, b) => Number(b.year) - Number(a.year));
  const [latest, earlier] = dated;
  if (latest !== undefined) {
    const other = earlier ?? (table.head.length > 2 ? { index: latest.index === 1 ? 2 : 1 } : undefined);
    return other === undefined ? { amount: latest.index, year: latest.year } : { amount: latest.index, previous: other.index, year: latest.year };
  }
  const width = Math.max(table.head.length, ...table.rows.map((row) => row.cells.length));
  return width > 2 ? { amount: 1, previous: 2 } : { amount: 1 };
}
