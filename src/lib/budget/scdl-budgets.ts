/**
 * Files holding several budgets: a département or a large commune publishes its main budget and
 * its annexes (water, transport, a laboratory…) in one file, told apart by `BGT_SIRET` and
 * `BGT_NOM`, or by a budget-type column some exports add. One budget is shown: the one the page
 * asks for, else the main one; the others are named so that the page can choose them.
 */
import { problem } from '../invalid.js';
import type { BudgetProblem } from './model.js';
import { formatCount } from '../format.js';

interface BudgetRow {
  readonly siret: string;
  readonly name: string;
  readonly type: string;
}

interface Found<Row> {
  readonly key: string;
  readonly siret: string;
  readonly name: string;
  readonly type: string;
  readonly rows: Row[];
}

/** Which budget a row belongs to. */
export function budgetKey(row: BudgetRow): string {
  return `${row.siret}|${row.name.toLowerCase()}|${row.type.toLowerCase()}`;
}

/** How a budget is named in messages and chosen with the `budget` attribute. */
function title(found: Found<unknown>): string {
  const name = found.name || 'budget sans nom';
  return `« ${name} »${found.siret === '' ? '' : ` (SIRET ${found.siret})`}${found.type === '' ? '' : ` [${found.type}]`}`;
}

/**
 * The main budget: the one typed « principal » in a type column, else the one whose name does not
 * say « annexe » (preferring one that says « principal »), else the one with the most rows.
 */
function mainBudget<Row>(budgets: readonly Found<Row>[]): Found<Row> | undefined {
  const score = (found: Found<Row>): number =>
    (/^(p|1|budget principal|principal)$/i.test(found.type) ? 4 : 0) +
    (/annexe/i.test(`${found.name} ${found.type}`) ? 0 : 2) +
    (/principal/i.test(found.name) ? 1 : 0);
  return [...budgets].sort((a, b) => score(b) - score(a) || b.rows.length - a.rows.length)[0];
}

function matches(found: Found<unknown>, wanted: string): boolean {
  const text = wanted.trim().toLocaleLowerCase('fr');
  return text !== '' && (found.siret === text || found.name.toLocaleLowerCase('fr') === text || found.type.toLowerCase() === text);
}

/** The rows of the chosen budget, and a problem naming the others. */
export function selectBudget<Row extends BudgetRow>(rows: readonly Row[], wanted?: string): { rows: readonly Row[]; problems: BudgetProblem[] } {
  const budgets = new Map<string, Found<Row>>();
  for (const row of rows) {
    const key = budgetKey(row);
    let found = budgets.get(key);
    if (found === undefined) {
      found = { key, siret: row.siret, name: row.name, type: row.type, rows: [] };
      budgets.set(key, found);
    }
    found.rows.push(row);
  }
  const all = [...budgets.values()];
  const problems: BudgetProblem[] = [];
  let chosen = wanted === undefined ? undefined : all.find((found) => matches(found, wanted));
  if (wanted !== undefined && chosen === undefined && all.length > 0) {
    problems.push(problem('budget', `Aucun budget « ${wanted} » dans ce fichier : ${all.length === 1 ? 'le seul budget du fichier' : 'le budget principal'} est affiché.`, wanted));
  }
  if (all.length <= 1) return { rows, problems };
  chosen ??= mainBudget(all);
  if (chosen === undefined) return { rows, problems };
  const others = all.filter((found) => found !== chosen);
  problems.push(
    problem(
      'budget',
      `Ce fichier contient ${all.length} budgets ; ${title(chosen)} est affiché. Les autres, à choisir avec l'attribut budget (nom ou SIRET) : ${others.map((found) => `${title(found)}, ${formatCount(found.rows.length)} lignes`).join(' ; ')}.`,
    ),
  );
  return { rows: chosen.rows, problems };
}
