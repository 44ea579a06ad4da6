/**
 * Words shown by `<loos-event-card>` and `<loos-event-list>`, in French and English.
 * Two tables: the card imports `eventStrings` only, so a page with cards alone does not
 * download the agenda's words (`agendaStrings`, used by the list).
 */
import type { StringsTable } from '../i18n.js';
import { lazyTable } from './locales.js';
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

export const eventStrings: StringsTable<EventStrings> = /* @__PURE__ */ lazyTable('events', {
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
  });

export const agendaStrings: StringsTable<AgendaStrings> = /* @__PURE__ */ lazyTable('agenda', {
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
  });
