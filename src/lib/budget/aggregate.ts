/**
 * Aggregating SCDL rows into the few categories a resident can read: by function (the « why »:
 * education, culture…), by chapter by nature (the « what »: staff, purchases…), or one line per
 * account. The grouping is chosen from the data unless the page asks for one: communes under
 * 3,500 inhabitants vote by nature and publish no meaningful function. Rows that cannot be placed
 * are kept in « Non ventilé » and counted in one message, never dropped: every grouping adds up to
 * the same total.
 */
import { problem } from '../invalid.js';
import { sumAmounts, type BudgetFlow, type BudgetLine, type BudgetProblem, type BudgetSection } from './model.js';
import { CHAPTER_LABELS, chapterOfAccount } from './nomenclature.js';
import { formatCount } from '../format.js';

export type Grouping = 'auto' | 'function' | 'chapter' | 'line';

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

/** Function 01 of M14 and M57: what cannot be assigned to a policy (loans, taxes, grants of the State). */
export const NOT_ASSIGNABLE = { code: '01', label: 'Opérations non ventilables' } as const;

export const UNCLASSIFIED_LABEL = 'Non ventilé';

/** What aggregation needs from a row (an `ScdlRow` has all of it). */
export interface AggregatableRow {
  readonly line: number;
  readonly section: BudgetSection;
  readonly flow: BudgetFlow;
  readonly amount: number;
  /** Chapter by nature (`012`, `73`…) and its label. */
  readonly chapter: string;
  readonly chapterLabel: string;
  /** Account by nature (`6411`, `73111`…) and its label. */
  readonly account: string;
  readonly accountLabel: string;
  readonly fonction: string;
  readonly fonctionLabel: string;
}

/** The function a code belongs to: `01`, or the M57 digit (`213` → `2`); `undefined` when unknown. */
export function m57Function(code: string): string | undefined {
  const text = code.trim();
  if (text.startsWith(NOT_ASSIGNABLE.code)) return NOT_ASSIGNABLE.code;
  const digit = /^(\d)/.exec(text)?.[1];
  return digit !== undefined && digit in M57_FUNCTIONS ? digit : undefined;
}

/**
 * `function` when the rows carry functions that say something (at least two policies, on at least
 * half of the rows, not counting « Opérations non ventilables »), else `chapter`.
 */
export function chooseGrouping(rows: readonly AggregatableRow[]): 'function' | 'chapter' {
  const digits = new Set<string>();
  let ventilated = 0;
  for (const row of rows) {
    const key = m57Function(row.fonction);
    if (key === undefined || key === NOT_ASSIGNABLE.code) continue;
    digits.add(key);
    ventilated++;
  }
  return digits.size >= 2 && ventilated * 2 >= rows.length ? 'function' : 'chapter';
}

/** « 012 Charges de personnel et frais assimilés »: the file's label, else the nomenclature's. */
export function chapterLabel(code: string, label: string): string {
  const known = label || CHAPTER_LABELS[code];
  return known === undefined ? `Chapitre ${code}` : `${code} ${known}`;
}

interface Key {
  readonly key: string;
  readonly label: string;
  readonly code?: string;
  readonly group?: string;
}

/** Rows that could not be placed, by reason, with the codes found: one message per reason. */
type Unplaced = Map<string, { count: number; codes: Set<string> }>;

function keyFor(row: AggregatableRow, by: Exclude<Grouping, 'auto'>, unplaced: Unplaced): Key {
  const count = (reason: string, code = ''): Key => {
    const entry = unplaced.get(reason) ?? { count: 0, codes: new Set<string>() };
    entry.count++;
    if (code !== '') entry.codes.add(code);
    unplaced.set(reason, entry);
    return { key: '', label: UNCLASSIFIED_LABEL };
  };
  const chapter = row.chapter || (row.account === '' ? '' : chapterOfAccount(row.account, row.flow));
  if (by === 'function') {
    const key = m57Function(row.fonction);
    if (key === undefined) return count(row.fonction === '' ? 'sans code de fonction' : 'avec un code de fonction inconnu en M57', row.fonction);
    return { key, label: key === NOT_ASSIGNABLE.code ? NOT_ASSIGNABLE.label : (M57_FUNCTIONS[key] ?? UNCLASSIFIED_LABEL), code: key };
  }
  if (by === 'chapter') {
    if (chapter === '') return count('sans chapitre ni compte');
    return { key: chapter, label: chapterLabel(chapter, row.chapter === '' ? '' : row.chapterLabel), code: chapter };
  }
  const code = row.account || row.fonction || row.chapter;
  const label = row.accountLabel || row.fonctionLabel || row.chapterLabel || (code === '' ? `Ligne ${row.line}` : `Compte ${code}`);
  const group = chapter === '' || row.account === '' ? undefined : chapterLabel(chapter, row.chapter === '' ? '' : row.chapterLabel);
  return {
    key: code === '' && label.startsWith('Ligne ') ? `#${row.line}` : `${code}|${label}`,
    label,
    ...(code === '' ? {} : { code }),
    ...(group === undefined ? {} : { group }),
  };
}

interface Bucket {
  readonly line: Omit<BudgetLine, 'amount'>;
  readonly amounts: number[];
}

/** Groups rows by section, flow and the chosen key, summing amounts in cents. */
export function aggregateLines(rows: readonly AggregatableRow[], by: Grouping): { lines: BudgetLine[]; problems: BudgetProblem[]; by: Exclude<Grouping, 'auto'> } {
  const grouping = by === 'auto' ? chooseGrouping(rows) : by;
  const unplaced: Unplaced = new Map();
  const buckets = new Map<string, Bucket>();
  for (const row of rows) {
    const { key, label, code, group } = keyFor(row, grouping, unplaced);
    const bucketKey = `${row.section}|${row.flow}|${key}`;
    let bucket = buckets.get(bucketKey);
    if (bucket === undefined) {
      bucket = {
        line: { label, section: row.section, flow: row.flow, ...(code === undefined ? {} : { code }), ...(group === undefined ? {} : { group }) },
        amounts: [],
      };
      buckets.set(bucketKey, bucket);
    }
    bucket.amounts.push(row.amount);
  }
  const problems = [...unplaced].map(([reason, { count, codes }]) => {
    const list = [...codes].slice(0, 10).join(', ');
    return problem(grouping === 'function' ? 'BGT_FONCTION' : 'BGT_CONTNAT', `${count === 1 ? '1 ligne' : `${formatCount(count)} lignes`} ${reason}${list === '' ? '' : ` (${list})`} : montant compté dans « ${UNCLASSIFIED_LABEL} ».`);
  });
  const lines = [...buckets.values()].map((bucket): BudgetLine => ({ ...bucket.line, amount: sumAmounts(bucket.amounts) }));
  return { lines, problems, by: grouping };
}
