/** User-facing text of the budget chart, the key figure and the budget summary, in French and English. */
import type { StringsTable } from '../i18n.js';

export interface BudgetStrings {
  /** « dépenses de fonctionnement », « recettes d'investissement ». */
  readonly flowOf: (flow: 'dépenses' | 'recettes', section: 'fonctionnement' | 'investissement') => string;
  readonly stageName: (stage: string) => string;
  /** First sentence: « Budget primitif 2026 : 28,4 millions d'euros de dépenses de fonctionnement. » */
  readonly totalSentence: (stage: string, year: number, total: string, what: string) => string;
  readonly perInhabitant: (amount: string) => string;
  /** « Les plus grands postes sont enseignement (24 %), … et … (14 %). » */
  readonly largestSentence: (parts: readonly string[]) => string;
  readonly changeSentence: (label: string, change: string, previousYear: number) => string;
  readonly up: (percent: string) => string;
  readonly down: (percent: string) => string;
  readonly stable: string;
  readonly newLine: string;
  readonly others: string;
  readonly othersDetails: (count: number) => string;
  readonly item: (label: string, amount: string, share: string) => string;
  readonly shareHeading: (flow: 'dépenses' | 'recettes') => string;
  readonly shareItem: (euros: number, label: string) => string;
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
  readonly source: string;
  readonly ignoredRows: (count: number) => string;
  readonly noData: string;
  readonly loading: string;
  readonly fetchFailed: (reason: string) => string;
  readonly glossaryTitle: string;
  readonly selfFinancing: string;
  readonly deficit: string;
  readonly sectionTitle: (section: 'fonctionnement' | 'investissement') => string;
  readonly balanceLabel: (flow: 'dépenses' | 'recettes', section: 'fonctionnement' | 'investissement') => string;
  readonly columnSection: string;
  readonly balanceSentence: (section: string, receipts: string, spending: string, balance: string, amount: string) => string;
  readonly columnBalance: string;
  readonly columnReceipts: string;
  readonly columnSpending: string;
  readonly columnPerInhabitant: string;
  readonly back: string;
  readonly comparisonLegend: (year: number, previousYear: number) => string;
  readonly illustrative: string;
  readonly figureSince: (period: string) => string;
  readonly lastYear: string;
  readonly figureUnavailable: string;
}

const fr: BudgetStrings = {
  flowOf: (flow, section) => `${flow} ${section === 'fonctionnement' ? 'de fonctionnement' : "d'investissement"}`,
  stageName: (stage) => stage.charAt(0).toUpperCase() + stage.slice(1),
  totalSentence: (stage, year, total, what) => `${stage} ${year} : ${total} de ${what}`,
  perInhabitant: (amount) => `soit ${amount} par habitant`,
  largestSentence: (parts) =>
    parts.length === 1
      ? `Le plus grand poste est ${parts[0] ?? ''}.`
      : `Les plus grands postes sont ${parts.slice(0, -1).join(', ')} et ${parts.at(-1) ?? ''}.`,
  changeSentence: (label, change, previousYear) => `La plus forte évolution depuis ${previousYear} concerne ${label} : ${change}.`,
  up: (percent) => `en hausse de ${percent}`,
  down: (percent) => `en baisse de ${percent}`,
  stable: 'stable',
  newLine: 'nouveau poste',
  others: 'Autres',
  othersDetails: (count) => `Détail des autres postes (${count})`,
  item: (label, amount, share) => `${label} : ${amount}, ${share} du total`,
  shareHeading: (flow) => (flow === 'dépenses' ? 'Pour 100 € dépensés' : 'Pour 100 € de recettes'),
  shareItem: (euros, label) => `${euros} € ${euros < 2 ? 'va' : 'vont'} à ${label}`,
  showTable: 'Voir le tableau des données',
  hideTable: 'Masquer le tableau des données',
  download: 'Télécharger les données (CSV)',
  keyboardHelp: 'Aide clavier',
  keyboardHelpItems: [
    'Tabulation : entrer dans le graphique ou en sortir.',
    'Flèches : passer d’un poste à l’autre.',
    'Début et Fin : aller au premier ou au dernier poste.',
    'Entrée : ouvrir le détail d’un groupe (« Autres »).',
    'Échap : revenir au graphique d’ensemble.',
  ],
  chartLabel: (heading) => `Graphique : ${heading}. Utilisez les flèches pour parcourir les postes.`,
  tableCaption: (heading) => `Données du graphique : ${heading}`,
  columnLabel: 'Poste',
  columnAmount: 'Montant',
  columnShare: 'Part du total',
  columnPrevious: (year) => `Montant ${year}`,
  columnChange: 'Évolution',
  totalRow: 'Total',
  source: 'Source :',
  ignoredRows: (count) => (count === 1 ? '1 ligne ignorée :' : `${count} lignes ignorées :`),
  noData: 'Aucune donnée à afficher.',
  loading: 'Chargement des données du budget…',
  fetchFailed: (reason) => `Les données du budget n'ont pas pu être chargées (${reason}).`,
  glossaryTitle: 'Les mots du budget',
  selfFinancing: 'Autofinancement dégagé',
  deficit: 'Besoin de financement',
  sectionTitle: (section) => (section === 'fonctionnement' ? 'Section de fonctionnement' : "Section d'investissement"),
  balanceLabel: (flow, section) => `${flow === 'dépenses' ? 'Dépenses' : 'Recettes'} ${section === 'fonctionnement' ? 'de fonctionnement' : "d'investissement"}`,
  columnSection: 'Section',
  balanceSentence: (section, receipts, spending, balance, amount) => `${section} : ${receipts} de recettes pour ${spending} de dépenses ; ${balance.toLocaleLowerCase('fr-FR')} : ${amount}.`,
  columnBalance: 'Solde',
  columnReceipts: 'Recettes',
  columnSpending: 'Dépenses',
  columnPerInhabitant: 'Par habitant',
  back: 'Revenir à l’ensemble',
  comparisonLegend: (year, previousYear) => `Barre pleine : ${year} ; barre hachurée : ${previousYear}.`,
  illustrative: 'Montants illustratifs',
  figureSince: (period) => `par rapport à ${period}`,
  lastYear: 'l’an dernier',
  figureUnavailable: 'Valeur indisponible',
};

const en: BudgetStrings = {
  flowOf: (flow, section) => `${section === 'fonctionnement' ? 'operating' : 'capital'} ${flow === 'dépenses' ? 'spending' : 'revenue'}`,
  stageName: (stage) =>
    ({
      'budget primitif': 'Initial budget',
      'budget supplémentaire': 'Supplementary budget',
      'décision modificative': 'Budget amendment',
      'compte administratif': 'Outturn account',
      'compte financier unique': 'Single financial account',
    })[stage] ?? stage,
  totalSentence: (stage, year, total, what) => `${stage} ${year}: ${total} of ${what}`,
  perInhabitant: (amount) => `that is ${amount} per inhabitant`,
  largestSentence: (parts) =>
    parts.length === 1
      ? `The largest item is ${parts[0] ?? ''}.`
      : `The largest items are ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}.`,
  changeSentence: (label, change, previousYear) => `The largest change since ${previousYear} is ${label}: ${change}.`,
  up: (percent) => `up ${percent}`,
  down: (percent) => `down ${percent}`,
  stable: 'unchanged',
  newLine: 'new item',
  others: 'Other',
  othersDetails: (count) => `Other items in detail (${count})`,
  item: (label, amount, share) => `${label}: ${amount}, ${share} of the total`,
  shareHeading: (flow) => (flow === 'dépenses' ? 'For every €100 spent' : 'For every €100 received'),
  shareItem: (euros, label) => `€${euros} goes to ${label}`,
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
  chartLabel: (heading) => `Chart: ${heading}. Use the arrow keys to move through the items.`,
  tableCaption: (heading) => `Chart data: ${heading}`,
  columnLabel: 'Item',
  columnAmount: 'Amount',
  columnShare: 'Share of total',
  columnPrevious: (year) => `Amount ${year}`,
  columnChange: 'Change',
  totalRow: 'Total',
  source: 'Source:',
  ignoredRows: (count) => (count === 1 ? '1 row ignored:' : `${count} rows ignored:`),
  noData: 'No data to show.',
  loading: 'Loading the budget data…',
  fetchFailed: (reason) => `The budget data could not be loaded (${reason}).`,
  glossaryTitle: 'Budget words',
  selfFinancing: 'Self-financing',
  deficit: 'Funding need',
  sectionTitle: (section) => (section === 'fonctionnement' ? 'Operating section' : 'Capital section'),
  balanceLabel: (flow, section) => `${section === 'fonctionnement' ? 'Operating' : 'Capital'} ${flow === 'dépenses' ? 'spending' : 'revenue'}`,
  columnSection: 'Section',
  balanceSentence: (section, receipts, spending, balance, amount) => `${section}: ${receipts} of revenue for ${spending} of spending; ${balance.toLowerCase()}: ${amount}.`,
  columnBalance: 'Balance',
  columnReceipts: 'Revenue',
  columnSpending: 'Spending',
  columnPerInhabitant: 'Per inhabitant',
  back: 'Back to the whole chart',
  comparisonLegend: (year, previousYear) => `Solid bar: ${year}; hatched bar: ${previousYear}.`,
  illustrative: 'Illustrative amounts',
  figureSince: (period) => `compared with ${period}`,
  lastYear: 'last year',
  figureUnavailable: 'Value unavailable',
};

export const budgetStrings: StringsTable<BudgetStrings> = { fr, en };
