/** The words of the official acts (`<loos-act>`, `<loos-act-list>`), kept apart so quote and share pages never download them. */
import { formatCount } from '../format.js';
import type { StringsTable } from '../i18n.js';
import type { ActType } from '../publications/acts.js';

export interface ActStrings {
  /** « Arrêté n° 2026-014 ». */
  readonly actName: (type: ActType, number: string) => string;
  /** Accessible name of the document link: « Lire l’arrêté n° 2026-014 ». */
  readonly readAct: (type: ActType, number: string) => string;
  readonly signed: string;
  readonly transmitted: string;
  readonly published: string;
  readonly category: string;
  readonly appealHeading: string;
  /** The usual notice on appeal routes: the administrative court within two months of publication. */
  readonly appealText: string;
  readonly filtersLegend: string;
  readonly typeFilter: string;
  readonly yearFilter: string;
  readonly categoryFilter: string;
  readonly search: string;
  readonly searchHint: string;
  readonly all: string;
  readonly allYears: string;
  readonly types: Readonly<Record<ActType, string>>;
  readonly count: (count: number) => string;
  readonly showMore: (next: number, remaining: number) => string;
  readonly empty: string;
  readonly emptyFiltered: string;
  readonly loading: string;
  readonly loadError: string;
  readonly rejected: (count: number) => string;
  readonly unavailable: string;
}

const FRENCH_ARTICLES: Readonly<Record<ActType, string>> = { Arrêté: 'l’arrêté', Délibération: 'la délibération', Décision: 'la décision' };

export const actStrings: StringsTable<ActStrings> = {
  fr: {
    actName: (type, number) => `${type} n° ${number}`,
    readAct: (type, number) => `Lire ${FRENCH_ARTICLES[type]} n° ${number}`,
    signed: 'Signé le',
    transmitted: 'Transmis à la préfecture le',
    published: 'Mis en ligne le',
    category: 'Thème',
    appealHeading: 'Voies et délais de recours',
    appealText:
      'Un acte peut être contesté devant le tribunal administratif de Lille dans un délai de deux mois à compter de sa publication. Le tribunal peut être saisi par l’application Télérecours citoyens, sur le site www.telerecours.fr.',
    filtersLegend: 'Filtrer les actes',
    typeFilter: 'Type d’acte',
    yearFilter: 'Année de mise en ligne',
    categoryFilter: 'Thème',
    search: 'Rechercher',
    searchHint: 'Dans les titres et les numéros',
    all: 'Tous',
    allYears: 'Toutes',
    types: { Arrêté: 'Arrêtés', Délibération: 'Délibérations', Décision: 'Décisions' },
    count: (count) => (count === 0 ? 'Aucun acte' : count === 1 ? '1 acte' : `${formatCount(count)} actes`),
    showMore: (next, remaining) => `Afficher ${formatCount(next)} actes de plus (${formatCount(remaining)} restants)`,
    empty: 'Aucun acte publié pour le moment.',
    emptyFiltered: 'Aucun acte ne correspond à ces filtres. Essayez un autre mot ou une autre année.',
    loading: 'Chargement des actes…',
    loadError: 'La liste des actes n’a pas pu être chargée. Réessayez plus tard ou contactez la mairie.',
    rejected: (count) => (count === 1 ? '1 acte n’a pas pu être affiché.' : `${formatCount(count)} actes n’ont pas pu être affichés.`),
    unavailable: 'Acte indisponible : ses informations sont incomplètes.',
  },
  en: {
    actName: (type, number) => `${{ Arrêté: 'Order', Délibération: 'Council resolution', Décision: 'Decision' }[type]} no. ${number}`,
    readAct: (type, number) => `Read ${{ Arrêté: 'order', Délibération: 'council resolution', Décision: 'decision' }[type]} no. ${number}`,
    signed: 'Signed on',
    transmitted: 'Sent to the prefecture on',
    published: 'Published online on',
    category: 'Topic',
    appealHeading: 'How to appeal',
    appealText:
      'An act may be challenged before the administrative court of Lille within two months of its publication, including online with the Télérecours citoyens application (www.telerecours.fr).',
    filtersLegend: 'Filter the acts',
    typeFilter: 'Type of act',
    yearFilter: 'Year published',
    categoryFilter: 'Topic',
    search: 'Search',
    searchHint: 'In titles and numbers',
    all: 'All',
    allYears: 'All',
    types: { Arrêté: 'Orders', Délibération: 'Council resolutions', Décision: 'Decisions' },
    count: (count) => (count === 0 ? 'No act' : count === 1 ? '1 act' : `${formatCount(count, 'en')} acts`),
    showMore: (next, remaining) => `Show ${formatCount(next, 'en')} more acts (${formatCount(remaining, 'en')} left)`,
    empty: 'No act published yet.',
    emptyFiltered: 'No act matches these filters. Try another word or another year.',
    loading: 'Loading the acts…',
    loadError: 'The list of acts could not be loaded. Try again later or contact the town hall.',
    rejected: (count) => (count === 1 ? '1 act could not be shown.' : `${formatCount(count, 'en')} acts could not be shown.`),
    unavailable: 'Act unavailable: its details are incomplete.',
  },
};
