/**
 * What the démarches and services elements say, in French (the reference) and in English. One
 * table per element, so that a page with the contact card alone does not carry the procedure's words.
 */
import type { StringsTable } from '../i18n.js';
import type { PublicHolidayId } from '../services/holidays.js';

export interface ContactCardStrings {
  readonly holidays: Readonly<Record<PublicHolidayId, string>>;
  /** Monday first. */
  readonly weekdays: readonly string[];
  readonly open: (closes: string) => string;
  readonly closingSoon: (closes: string) => string;
  readonly closed: string;
  /** « Fermé aujourd'hui (jour férié : lundi de Pâques) ». */
  readonly closedHoliday: (name: string) => string;
  readonly closedException: (label: string | undefined) => string;
  /** Added to an open status on a day with other hours than usual. */
  readonly specialHours: (label: string | undefined) => string;
  readonly opensToday: (time: string) => string;
  readonly opensTomorrow: (time: string) => string;
  readonly opensOnWeekday: (weekday: string, time: string) => string;
  readonly opensOnDate: (date: string, time: string) => string;
  /** Joins the closed state and the next opening. */
  readonly then: (state: string, next: string) => string;
  readonly holidayFallback: string;
  readonly range: (from: string, to: string) => string;
  readonly rangeSeparator: string;
  readonly hoursCaption: string;
  readonly day: string;
  readonly hours: string;
  readonly closedDay: string;
  readonly upcoming: string;
  readonly upcomingClosed: string;
  readonly address: string;
  readonly map: string;
  readonly phone: string;
  readonly email: string;
  readonly accessibility: string;
  readonly status: string;
}

export const contactCardStrings: StringsTable<ContactCardStrings> = {
  fr: {
    holidays: {
      'new-year': 'jour de l’An',
      'easter-monday': 'lundi de Pâques',
      'labour-day': 'fête du Travail',
      'victory-1945': 'Victoire 1945',
      ascension: 'Ascension',
      'whit-monday': 'lundi de Pentecôte',
      'bastille-day': 'fête nationale',
      assumption: 'Assomption',
      'all-saints': 'Toussaint',
      'armistice-1918': 'Armistice 1918',
      christmas: 'Noël',
    },
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    open: (closes) => `Ouvert — ferme à ${closes}`,
    closingSoon: (closes) => `Ferme bientôt — à ${closes}`,
    closed: 'Fermé',
    closedHoliday: (name) => `Fermé aujourd’hui (jour férié : ${name})`,
    closedException: (label) => (label === undefined ? 'Fermé aujourd’hui (fermeture exceptionnelle)' : `Fermé aujourd’hui (fermeture exceptionnelle : ${label})`),
    specialHours: (label) => (label === undefined ? 'horaires exceptionnels aujourd’hui' : `horaires exceptionnels aujourd’hui : ${label}`),
    opensToday: (time) => `ouvre à ${time}`,
    opensTomorrow: (time) => `ouvre demain à ${time}`,
    opensOnWeekday: (weekday, time) => `ouvre ${weekday} à ${time}`,
    opensOnDate: (date, time) => `ouvre le ${date} à ${time}`,
    then: (state, next) => `${state} — ${next}`,
    holidayFallback: 'jour férié',
    range: (from, to) => `${from} – ${to}`,
    rangeSeparator: ' et ',
    hoursCaption: 'Horaires d’ouverture habituels',
    day: 'Jour',
    hours: 'Horaires',
    closedDay: 'Fermé',
    upcoming: 'Prochains jours particuliers',
    upcomingClosed: 'fermé',
    address: 'Adresse',
    map: 'Voir le plan d’accès',
    phone: 'Téléphone',
    email: 'Courriel',
    accessibility: 'Accessibilité',
    status: 'En ce moment :',
  },
  en: {
    holidays: {
      'new-year': 'New Year’s Day',
      'easter-monday': 'Easter Monday',
      'labour-day': 'Labour Day',
      'victory-1945': 'Victory in Europe Day',
      ascension: 'Ascension Day',
      'whit-monday': 'Whit Monday',
      'bastille-day': 'Bastille Day',
      assumption: 'Assumption Day',
      'all-saints': 'All Saints’ Day',
      'armistice-1918': 'Armistice Day',
      christmas: 'Christmas Day',
    },
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    open: (closes) => `Open — closes at ${closes}`,
    closingSoon: (closes) => `Closing soon — at ${closes}`,
    closed: 'Closed',
    closedHoliday: (name) => `Closed today (public holiday: ${name})`,
    closedException: (label) => (label === undefined ? 'Closed today (exceptional closure)' : `Closed today (exceptional closure: ${label})`),
    specialHours: (label) => (label === undefined ? 'special hours today' : `special hours today: ${label}`),
    opensToday: (time) => `opens at ${time}`,
    opensTomorrow: (time) => `opens tomorrow at ${time}`,
    opensOnWeekday: (weekday, time) => `opens on ${weekday} at ${time}`,
    opensOnDate: (date, time) => `opens on ${date} at ${time}`,
    then: (state, next) => `${state} — ${next}`,
    holidayFallback: 'public holiday',
    range: (from, to) => `${from} – ${to}`,
    rangeSeparator: ' and ',
    hoursCaption: 'Usual opening hours',
    day: 'Day',
    hours: 'Hours',
    closedDay: 'Closed',
    upcoming: 'Coming special days',
    upcomingClosed: 'closed',
    address: 'Address',
    map: 'See the map',
    phone: 'Phone',
    email: 'E-mail',
    accessibility: 'Accessibility',
    status: 'Right now:',
  },
};

export interface ServiceTilesStrings {
  readonly all: string;
}

export const serviceTilesStrings: StringsTable<ServiceTilesStrings> = {
  fr: { all: 'Toutes les démarches' },
  en: { all: 'All procedures' },
};

export interface ProcedureStrings {
  readonly audience: string;
  readonly documents: string;
  readonly cost: string;
  readonly delay: string;
  readonly steps: string;
  readonly online: string;
  readonly onlineAction: string;
  readonly onService: (service: string) => string;
  readonly accountNeeded: (account: string) => string;
  readonly noAccount: string;
  readonly otherWays: string;
  readonly updated: (date: string) => string;
  readonly related: string;
}

export const procedureStrings: StringsTable<ProcedureStrings> = {
  fr: {
    audience: 'Pour qui ?',
    documents: 'Ce qu’il vous faut',
    cost: 'Coût',
    delay: 'Délai',
    steps: 'Comment faire ?',
    online: 'En ligne',
    onlineAction: 'Faire la démarche en ligne',
    onService: (service) => `sur ${service}`,
    accountNeeded: (account) => `Compte nécessaire : ${account}.`,
    noAccount: 'Sans compte.',
    otherWays: 'Autres façons de faire',
    updated: (date) => `Mis à jour le ${date}`,
    related: 'Démarches liées',
  },
  en: {
    audience: 'Who is it for?',
    documents: 'What you need',
    cost: 'Cost',
    delay: 'Time',
    steps: 'How to do it',
    online: 'Online',
    onlineAction: 'Do it online',
    onService: (service) => `on ${service}`,
    accountNeeded: (account) => `Account needed: ${account}.`,
    noAccount: 'No account needed.',
    otherWays: 'Other ways',
    updated: (date) => `Updated on ${date}`,
    related: 'Related procedures',
  },
};
