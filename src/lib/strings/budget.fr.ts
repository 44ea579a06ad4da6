/** The budget chart's text in French: the reference, shipped with the element. */
import type { BudgetStrings } from './budget.js';
import { endSentence } from '../text.js';
import { figureStrings } from './budget-figure.js';
import { formatCount } from '../format.js';

const ofSection = (section: 'fonctionnement' | 'investissement'): string => (section === 'fonctionnement' ? 'de fonctionnement' : "d'investissement");

export const budgetStringsFr: BudgetStrings = {
  ...figureStrings.fr,
  flowOf: (flow, section) => `${flow} ${ofSection(section)}`,
  // A year that is not a number (a budget without a valid year, reported) is left out, never « NaN ».
  stageName: (stage, year, decisionNumber) =>
    `${stage.charAt(0).toUpperCase()}${stage.slice(1)}${decisionNumber === undefined ? '' : ` n° ${decisionNumber}`}${Number.isFinite(year) ? `${decisionNumber === undefined ? '' : ' de'} ${year}` : ''}`,
  totalSentence: (stage, total, what) => `${stage} : ${total} de ${what}`,
  zeroSentence: (stage, what) => `${stage} : aucun montant en ${what}`,
  perInhabitant: (amount) => `soit ${amount} par habitant`,
  largestSentence: (parts) =>
    parts.length === 1
      ? `Le plus grand poste est ${parts[0] ?? ''}.`
      : `Les plus grands postes sont ${parts.slice(0, -1).join(', ')} et ${parts.at(-1) ?? ''}.`,
  // « du poste » + the label as written: no article to guess (« concerne environnement »).
  changeSentence: (label, change, previousYear) => `La plus forte évolution depuis ${Number.isFinite(previousYear) ? previousYear : 'le budget précédent'} est celle du poste ${label} : ${change}.`,
  newLine: 'nouveau poste',
  noComparison: 'pas de comparaison',
  others: 'Autres',
  othersDetails: (count) => `Détail des autres postes (${formatCount(count)})`,
  item: (label, amount, share) => `${label} : ${amount}, ${share} du total`,
  shareHeading: (flow) => (flow === 'dépenses' ? 'Pour 100 € dépensés' : 'Pour 100 € de recettes'),
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
  chartLabel: (heading) => `Graphique : ${endSentence(heading)} Utilisez les flèches pour parcourir les postes.`,
  tableCaption: (heading) => `Données du graphique : ${heading}`,
  columnLabel: 'Poste',
  columnAmount: 'Montant',
  columnShare: 'Part du total',
  columnPrevious: (year) => (Number.isFinite(year) ? `Montant ${year}` : 'Montant précédent'),
  columnChange: 'Évolution',
  totalRow: 'Total',
  ignoredRows: (count) => (count === 1 ? '1 ligne ignorée :' : `${formatCount(count)} lignes ignorées :`),
  dataNotes: 'À vérifier dans les données :',
  balanceHeading: (year) => `Équilibre du budget${Number.isFinite(year) ? ` ${year}` : ''}`,
  noData: 'Aucune donnée à afficher.',
  loading: 'Chargement des données du budget…',
  fetchFailed: (reason) => `Les données du budget n'ont pas pu être chargées (${reason}).`,
  glossaryTitle: 'Les mots du budget',
  glossary: {
    fonctionnement: {
      term: 'Section de fonctionnement',
      definition: 'Les dépenses et recettes de tous les jours : salaires, entretien, énergie, subventions aux associations, impôts locaux et dotations de l’État.',
    },
    investissement: {
      term: 'Section d’investissement',
      definition: 'Ce qui construit ou transforme durablement la ville : écoles, voirie, équipements sportifs, et les emprunts qui les financent.',
    },
    'budget primitif': {
      term: 'Budget primitif',
      definition: 'Le budget prévu pour l’année et voté par le conseil municipal avant le 15 avril (avant le 30 avril les années d’élection).',
    },
    'compte administratif': {
      term: 'Compte administratif',
      definition: 'Le bilan de l’année écoulée : ce qui a réellement été dépensé et encaissé. Il est peu à peu remplacé par le compte financier unique.',
    },
    autofinancement: {
      term: 'Autofinancement',
      definition: 'Ce qui reste des recettes de fonctionnement une fois les dépenses de fonctionnement payées, et qui finance l’investissement sans emprunter.',
    },
  },
  selfFinancing: 'Autofinancement dégagé',
  deficit: 'Besoin de financement',
  sectionTitle: (section) => `Section ${ofSection(section)}`,
  balanceLabel: (flow, section) => `${flow === 'dépenses' ? 'Dépenses' : 'Recettes'} ${ofSection(section)}`,
  columnSection: 'Section',
  balanceSentence: (section, receipts, spending, balance, amount) => `${section} : ${receipts} de recettes pour ${spending} de dépenses ; ${balance.toLocaleLowerCase('fr-FR')} : ${amount}.`,
  columnBalance: 'Solde',
  columnReceipts: 'Recettes',
  columnSpending: 'Dépenses',
  columnPerInhabitant: 'Par habitant',
  back: 'Revenir à l’ensemble',
  // Both years may carry hatching (each item has its own pattern): the order, the colour and the
  // year written before each bar tell them apart.
  comparisonLegend: (year, previousYear) =>
    `Pour chaque poste, la première barre montre ${Number.isFinite(year) ? year : 'ce budget'} (en couleur), la seconde ${Number.isFinite(previousYear) ? previousYear : 'le budget précédent'} (en gris) ; l’année est écrite devant chaque barre.`,
  yearLabel: (year, current) => (Number.isFinite(year) ? String(year) : current ? 'ce budget' : 'précédent'),
};
