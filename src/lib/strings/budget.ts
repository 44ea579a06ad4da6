/**
 * User-facing text of the budget chart and the budget summary. French ships with the element;
 * English is a separate module loaded only when an element is in an English context, so that the
 * French pages (nearly all of them) do not download it. The key figure's few words live in
 * `budget-figure.ts`.
 */
import type { GlossaryEntry, GlossaryKey } from '../budget/glossary.js';
import type { Locale, StringsTable } from '../i18n.js';
import { figureStrings, type FigureStrings } from './budget-figure.js';
import { budgetStringsFr } from './budget.fr.js';

type Section = 'fonctionnement' | 'investissement';
type Flow = 'dépenses' | 'recettes';

export interface BudgetStrings extends FigureStrings {
  /** « dépenses de fonctionnement », « recettes d'investissement ». */
  readonly flowOf: (flow: Flow, section: Section) => string;
  /** « Budget primitif 2026 », « Décision modificative n° 2 de 2026 ». */
  readonly stageName: (stage: string, year: number, decisionNumber?: number) => string;
  /** First sentence: « Budget primitif 2026 : 28,4 millions d'euros de dépenses de fonctionnement. » */
  readonly totalSentence: (stage: string, total: string, what: string) => string;
  /** When every line is 0: « Décision modificative n° 2 de 2026 : aucun montant en recettes d'investissement. » */
  readonly zeroSentence: (stage: string, what: string) => string;
  readonly perInhabitant: (amount: string) => string;
  /** « Les plus grands postes sont enseignement (24 %), … et … (14 %). » */
  readonly largestSentence: (parts: readonly string[]) => string;
  readonly changeSentence: (label: string, change: string, previousYear: number) => string;
  readonly newLine: string;
  /** A line the previous year's budget does not have: nothing to compare with. */
  readonly noComparison: string;
  readonly others: string;
  readonly othersDetails: (count: number) => string;
  readonly item: (label: string, amount: string, share: string) => string;
  readonly shareHeading: (flow: Flow) => string;
  readonly showTable: string;
  readonly hideTable: string;
  readonly download: string;
  readonly keyboardHelp: string;
  readonly keyboardHelpItems: readonly string[];
  readonly chartLabel: (heading: string) => string;
  readonly tableCaption: (heading: string) => string;
  readonly columnLabel: string;
  readonly columnAmount: string;
  readonly columnShare: string;
  readonly columnPrevious: (year: number) => string;
  readonly columnChange: string;
  readonly totalRow: string;
  readonly ignoredRows: (count: number) => string;
  /** Title of the problems that are not ignored rows (inferred sections, other budgets…). */
  readonly dataNotes: string;
  /** Default heading of a balance chart. */
  readonly balanceHeading: (year: number) => string;
  readonly noData: string;
  readonly loading: string;
  readonly fetchFailed: (reason: string) => string;
  readonly glossaryTitle: string;
  /** The words of municipal finance, one plain sentence each (only those a chart uses are shown). */
  readonly glossary: Readonly<Record<GlossaryKey, GlossaryEntry>>;
  readonly selfFinancing: string;
  readonly deficit: string;
  readonly sectionTitle: (section: Section) => string;
  readonly balanceLabel: (flow: Flow, section: Section) => string;
  readonly columnSection: string;
  readonly balanceSentence: (section: string, receipts: string, spending: string, balance: string, amount: string) => string;
  readonly columnBalance: string;
  readonly columnReceipts: string;
  readonly columnSpending: string;
  readonly columnPerInhabitant: string;
  readonly back: string;
  readonly comparisonLegend: (year: number, previousYear: number) => string;
  /** The label of a year on the comparison bars; words when the budget's year is unknown. */
  readonly yearLabel: (year: number, current: boolean) => string;
}

export { budgetStringsFr };

/** How to get each locale's table: every locale must have one (the type says so). */
const loaders: StringsTable<() => Promise<BudgetStrings>> = {
  fr: () => Promise.resolve(budgetStringsFr),
  en: () => import('./budget.en.js').then((module) => ({ ...figureStrings.en, ...module.budgetStringsEn })),
};

const loaded: Partial<Record<Locale, BudgetStrings>> = { fr: budgetStringsFr };

/** The table of a locale if it is already here (French always is), else `undefined`. */
export function budgetStringsIfLoaded(locale: Locale): BudgetStrings | undefined {
  return loaded[locale];
}

/** The table of a locale, downloading it the first time it is needed. */
export async function loadBudgetStrings(locale: Locale): Promise<BudgetStrings> {
  const strings = loaded[locale] ?? (await loaders[locale]());
  loaded[locale] = strings;
  return strings;
}
