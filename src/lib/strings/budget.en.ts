/**
 * The budget chart's text in English: loaded on demand, only in an English context (`lang="en"`).
 * The key figure's words (`figureStrings.en`) are added by the loader in `budget.ts`: importing
 * them here would split them into a chunk of their own, one more download for every page.
 */
import type { BudgetStrings } from './budget.js';
import { endSentence } from '../text.js';
import type { FigureStrings } from './budget-figure.js';
import { formatCount } from '../format.js';

const sectionWord = (section: 'fonctionnement' | 'investissement'): string => (section === 'fonctionnement' ? 'operating' : 'capital');
const flowWord = (flow: 'dépenses' | 'recettes'): string => (flow === 'dépenses' ? 'spending' : 'revenue');

const STAGES: Readonly<Record<string, string>> = {
  'budget primitif': 'Initial budget',
  'budget supplémentaire': 'Supplementary budget',
  'décision modificative': 'Budget amendment',
  'compte administratif': 'Outturn account',
  'compte financier unique': 'Single financial account',
};

export const budgetStringsEn: Omit<BudgetStrings, keyof FigureStrings> = {
  flowOf: (flow, section) => `${sectionWord(section)} ${flowWord(flow)}`,
  stageName: (stage, year, decisionNumber) =>
    `${STAGES[stage] ?? stage}${decisionNumber === undefined ? '' : ` no. ${decisionNumber}`}${Number.isFinite(year) ? `${decisionNumber === undefined ? '' : ' of'} ${year}` : ''}`,
  totalSentence: (stage, total, what) => `${stage}: ${total} of ${what}`,
  zeroSentence: (stage, what) => `${stage}: no amount in ${what}`,
  perInhabitant: (amount) => `that is ${amount} per inhabitant`,
  largestSentence: (parts) =>
    parts.length === 1
      ? `The largest item is ${parts[0] ?? ''}.`
      : `The largest items are ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}.`,
  changeSentence: (label, change, previousYear) => `The largest change since ${Number.isFinite(previousYear) ? previousYear : 'the previous budget'} is that of ${label}: ${change}.`,
  newLine: 'new item',
  noComparison: 'no comparison',
  others: 'Other',
  othersDetails: (count) => `Other items in detail (${formatCount(count, 'en')})`,
  item: (label, amount, share) => `${label}: ${amount}, ${share} of the total`,
  shareHeading: (flow) => (flow === 'dépenses' ? 'For every €100 spent' : 'For every €100 received'),
  showTable: 'Show the data table',
  hideTable: 'Hide the data table',
  download: 'Download the data (CSV)',
  keyboardHelp: 'Keyboard help',
  keyboardHelpItems: [
    'Tab: move into or out of the chart.',
    'Arrow keys: move from one item to the next.',
    'Home and End: go to the first or last item.',
    'Enter: open the details of a group (“Other”).',
    'Escape: go back to the whole chart.',
  ],
  chartLabel: (heading) => `Chart: ${endSentence(heading)} Use the arrow keys to move through the items.`,
  tableCaption: (heading) => `Chart data: ${heading}`,
  columnLabel: 'Item',
  columnAmount: 'Amount',
  columnShare: 'Share of total',
  columnPrevious: (year) => (Number.isFinite(year) ? `Amount ${year}` : 'Previous amount'),
  columnChange: 'Change',
  totalRow: 'Total',
  ignoredRows: (count) => (count === 1 ? '1 row ignored:' : `${formatCount(count, 'en')} rows ignored:`),
  dataNotes: 'To check in the data:',
  balanceHeading: (year) => `Budget balance${Number.isFinite(year) ? ` ${year}` : ''}`,
  noData: 'No data to show.',
  loading: 'Loading the budget data…',
  fetchFailed: (reason) => `The budget data could not be loaded (${reason}).`,
  glossaryTitle: 'Budget words',
  glossary: {
    fonctionnement: { term: 'Operating section', definition: 'Day-to-day spending and revenue: salaries, upkeep, energy, grants to associations, local taxes and State grants.' },
    investissement: { term: 'Capital section', definition: 'What builds or lastingly changes the town: schools, roads, sports facilities, and the loans that fund them.' },
    'budget primitif': { term: 'Initial budget', definition: 'The budget planned for the year and voted by the town council before 15 April.' },
    'compte administratif': { term: 'Outturn account', definition: 'The record of the past year: what was actually spent and received.' },
    autofinancement: { term: 'Self-financing', definition: 'What is left of operating revenue once operating spending is paid, which funds investment without borrowing.' },
  },
  selfFinancing: 'Self-financing',
  deficit: 'Funding need',
  sectionTitle: (section) => (section === 'fonctionnement' ? 'Operating section' : 'Capital section'),
  balanceLabel: (flow, section) => `${section === 'fonctionnement' ? 'Operating' : 'Capital'} ${flowWord(flow)}`,
  columnSection: 'Section',
  balanceSentence: (section, receipts, spending, balance, amount) => `${section}: ${receipts} of revenue for ${spending} of spending; ${balance.toLowerCase()}: ${amount}.`,
  columnBalance: 'Balance',
  columnReceipts: 'Revenue',
  columnSpending: 'Spending',
  columnPerInhabitant: 'Per inhabitant',
  back: 'Back to the whole chart',
  comparisonLegend: (year, previousYear) =>
    `For each item, the first bar shows ${Number.isFinite(year) ? year : 'this budget'} (in colour), the second ${Number.isFinite(previousYear) ? previousYear : 'the previous budget'} (in grey); the year is written before each bar.`,
  yearLabel: (year, current) => (Number.isFinite(year) ? String(year) : current ? 'this budget' : 'previous'),
};
