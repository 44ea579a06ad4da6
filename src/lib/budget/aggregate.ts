/**
 * Aggregating SCDL rows into the few categories a resident can read: by M57 function (the « why »:
 * education, culture…), by chapter (the « what »: staff, purchases…), or one line per account.
 * Rows that cannot be placed are kept in « Non ventilé » and reported, never dropped.
 */
import { problem } from '../invalid.js';
import { sumAmounts, type BudgetFlow, type BudgetLine, type BudgetProblem, type BudgetSection } from './model.js';

export type Grouping = 'function' | 'chapter' | 'line';

/** The nine M57 functions (first digit of the function code), as residents can read them. */
export const M57_FUNCTIONS: Readonly<Record<string, string>> = {
  '0': 'Services généraux',
  '1': 'Sécurité',
  '2': 'Enseignement et formation',
  '3': 'Culture, sport et jeunesse',
  '4': 'Santé et action sociale',
  '5': 'Aménagement et habitat',
  '6': 'Action économique',
  '7': 'Environnement',
  '8': 'Transports',
};

export const UNCLASSIFIED_LABEL = 'Non ventilé';

/** What aggregation needs from a row (an `ScdlRow` has all of it). */
export interface AggregatableRow {
  readonly line: number;
  readonly section: BudgetSection;
  readonly flow: BudgetFlow;
  readonly amount: number;
  readonly previous?: number;
  readonly account: string;
  readonly accountLabel: string;
  readonly nature: string;
  readonly natureLabel: string;
  readonly fonction: string;
  readonly fonctionLabel: string;
}

/** The M57 function digit of a function code (`213` → `2`), or `undefined` when it is not one. */
export function m57Function(code: string): string | undefined {
  const digit = /^\s*(\d)/.exec(code)?.[1];
  return digit !== undefined && digit in M57_FUNCTIONS ? digit : undefined;
}

interface Bucket {
  label: string;
  code?: string;
  group?: string;
  section: BudgetSection;
  flow: BudgetFlow;
  amounts: number[];
  previous: number[];
}

function keyFor(row: AggregatableRow, by: Grouping, problems: BudgetProblem[]): { key: string; label: string; code?: string; group?: string } {
  if (by === 'function') {
    const digit = m57Function(row.fonction);
    if (digit === undefined) {
      problems.push(
        problem(
          `ligne ${row.line}`,
          row.fonction === ''
            ? `Ligne ${row.line} : pas de code de fonction ; le montant est compté dans « ${UNCLASSIFIED_LABEL} ».`
            : `Ligne ${row.line} : code de fonction « ${row.fonction} » inconnu en M57 ; le montant est compté dans « ${UNCLASSIFIED_LABEL} ».`,
          row.fonction,
        ),
      );
      return { key: '', label: UNCLASSIFIED_LABEL };
    }
    return { key: digit, label: M57_FUNCTIONS[digit] ?? UNCLASSIFIED_LABEL, code: digit };
  }
  if (by === 'chapter') {
    if (row.nature === '') {
      problems.push(problem(`ligne ${row.line}`, `Ligne ${row.line} : pas de chapitre (BGT_NATURE) ; le montant est compté dans « ${UNCLASSIFIED_LABEL} ».`));
      return { key: '', label: UNCLASSIFIED_LABEL };
    }
    return { key: row.nature, label: row.natureLabel || `Chapitre ${row.nature}`, code: row.nature };
  }
  const label = row.accountLabel || row.fonctionLabel || row.natureLabel || `Ligne ${row.line}`;
  const code = row.account || row.fonction || row.nature;
  const group = row.natureLabel && row.natureLabel !== label ? row.natureLabel : undefined;
  return {
    key: `#${row.line}`,
    label,
    ...(code === '' ? {} : { code }),
    ...(group === undefined ? {} : { group }),
  };
}

/** Groups rows by section, flow and the chosen key, summing amounts (in cents) and previous amounts. */
export function aggregateLines(rows: readonly AggregatableRow[], by: Grouping): { lines: BudgetLine[]; problems: BudgetProblem[] } {
  const problems: BudgetProblem[] = [];
  const buckets = new Map<string, Bucket>();
  for (const row of rows) {
    const { key, label, code, group } = keyFor(row, by, problems);
    const bucketKey = `${row.section}|${row.flow}|${key}`;
    let bucket = buckets.get(bucketKey);
    if (bucket === undefined) {
      bucket = { label, section: row.section, flow: row.flow, amounts: [], previous: [] };
      if (code !== undefined) bucket.code = code;
      if (group !== undefined) bucket.group = group;
      buckets.set(bucketKey, bucket);
    }
    bucket.amounts.push(row.amount);
    if (row.previous !== undefined) bucket.previous.push(row.previous);
  }
  const lines = [...buckets.values()].map((bucket): BudgetLine => ({
    label: bucket.label,
    amount: sumAmounts(bucket.amounts),
    ...(bucket.code === undefined ? {} : { code: bucket.code }),
    ...(bucket.group === undefined ? {} : { group: bucket.group }),
    ...(bucket.previous.length === 0 ? {} : { previous: sumAmounts(bucket.previous) }),
    section: bucket.section,
    flow: bucket.flow,
  }));
  return { lines, problems };
}
