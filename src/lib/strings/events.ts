/**
 * Words shown by `<loos-event-card>` and `<loos-event-list>`, in French and English.
 * Two tables: the card imports `eventStrings` only, so a page with cards alone does not
 * download the agenda's words (`agendaStrings`, used by the list).
 */
import type { StringsTable } from '../i18n.js';
import type { AccessibilityFeature, EventStatus } from '../events/model.js';
import { formatCount } from '../format.js';

export interface EventStrings {
  /** Status said in words (« Annulé »), never by colour alone. `scheduled` shows nothing. */
  readonly status: Readonly<Record<Exclude<EventStatus, 'scheduled'>, string>>;
  readonly accessibility: Readonly<Record<AccessibilityFeature, string>>;
  readonly accessibilityHeading: string;
  readonly free: string;
  readonly priceLabel: string;
  readonly placeLabel: string;
  readonly categoryLabel: string;
  readonly organizerLabel: string;
  readonly online: string;
  readonly mixed: string;
  readonly joinOnline: string;
  readonly register: string;
  readonly addToCalendar: string;
  // Dates
  readonly allDay: string;
  readonly from: string;
  readonly to: string;
  readonly at: string;
  // Placeholder for an event that cannot be shown
  readonly untitled: string;
  readonly cannotShow: string;
}

/** Words of the agenda itself (filters, count, paging, export). */
export interface AgendaStrings {
  readonly count: (count: number) => string;
  readonly rejected: (count: number) => string;
  readonly empty: string;
  readonly emptyFiltered: string;
  readonly filtersLegend: string;
  readonly categoryFilter: string;
  readonly allCategories: string;
  readonly periodFilter: string;
  readonly periods: Readonly<Record<'week' | 'month' | 'all', string>>;
  readonly showMore: (remaining: number) => string;
  readonly exportAgenda: string;
  readonly loading: string;
  readonly loadError: string;
}

export const eventStrings: StringsTable<EventStrings> = {
  fr: {
    status: {
      cancelled: 'Annulé',
      postponed: 'Reporté',
      rescheduled: 'Nouvelle date',
      'moved-online': 'En ligne',
      full: 'Complet',
    },
    accessibility: {
      wheelchair: 'Accessible en fauteuil roulant',
      'sign-language': 'Interprétation en langue des signes (LSF)',
      'hearing-loop': 'Boucle magnétique',
      'audio-description': 'Audiodescription',
      'easy-read': 'Facile à lire et à comprendre (FALC)',
    },
    accessibilityHeading: 'Accessibilité',
    free: 'Gratuit',
    priceLabel: 'Tarif',
    placeLabel: 'Lieu',
    categoryLabel: 'Catégorie',
    organizerLabel: 'Organisé par',
    online: 'En ligne',
    mixed: 'Sur place et en ligne',
    joinOnline: 'Suivre en ligne',
    register: "S'inscrire",
    addToCalendar: 'Ajouter à mon agenda',
    allDay: 'toute la journée',
    from: 'du',
    to: 'au',
    at: 'à',
    untitled: 'Événement sans titre',
    cannotShow: "Cet événement ne peut pas être affiché : ses données sont incomplètes.",
  },
  en: {
    status: {
      cancelled: 'Cancelled',
      postponed: 'Postponed',
      rescheduled: 'New date',
      'moved-online': 'Online',
      full: 'Fully booked',
    },
    accessibility: {
      wheelchair: 'Wheelchair accessible',
      'sign-language': 'Sign language interpretation',
      'hearing-loop': 'Hearing loop',
      'audio-description': 'Audio description',
      'easy-read': 'Easy read',
    },
    accessibilityHeading: 'Accessibility',
    free: 'Free',
    priceLabel: 'Price',
    placeLabel: 'Place',
    categoryLabel: 'Category',
    organizerLabel: 'Organised by',
    online: 'Online',
    mixed: 'In person and online',
    joinOnline: 'Join online',
    register: 'Register',
    addToCalendar: 'Add to my calendar',
    allDay: 'all day',
    from: 'from',
    to: 'to',
    at: 'at',
    untitled: 'Untitled event',
    cannotShow: 'This event cannot be shown: its data is incomplete.',
  },
};

export const agendaStrings: StringsTable<AgendaStrings> = {
  fr: {
    count: (count) => (count <= 1 ? `${formatCount(count)} événement` : `${formatCount(count)} événements`),
    rejected: (count) =>
      count === 1 ? "1 événement n'a pas pu être affiché." : `${formatCount(count)} événements n'ont pas pu être affichés.`,
    empty: 'Aucun événement à venir pour le moment.',
    emptyFiltered: 'Aucun événement ne correspond à ces critères. Essayez une autre catégorie ou une autre période.',
    filtersLegend: "Filtrer l'agenda",
    categoryFilter: 'Catégorie',
    allCategories: 'Toutes les catégories',
    periodFilter: 'Période',
    periods: { week: 'Cette semaine', month: 'Ce mois-ci', all: 'Toutes les dates' },
    showMore: (remaining) => `Afficher plus (${remaining} restant${remaining > 1 ? 's' : ''})`,
    exportAgenda: "Exporter l'agenda",
    loading: "Chargement de l'agenda…",
    loadError: "L'agenda n'a pas pu être chargé. Réessayez plus tard.",
  },
  en: {
    count: (count) => (count === 1 ? '1 event' : `${formatCount(count, 'en')} events`),
    rejected: (count) => (count === 1 ? '1 event could not be shown.' : `${formatCount(count, 'en')} events could not be shown.`),
    empty: 'No upcoming events for now.',
    emptyFiltered: 'No event matches these criteria. Try another category or period.',
    filtersLegend: 'Filter the calendar',
    categoryFilter: 'Category',
    allCategories: 'All categories',
    periodFilter: 'Period',
    periods: { week: 'This week', month: 'This month', all: 'All dates' },
    showMore: (remaining) => `Show more (${remaining} left)`,
    exportAgenda: 'Export the calendar',
    loading: 'Loading the calendar…',
    loadError: 'The calendar could not be loaded. Please try again later.',
  },
};
