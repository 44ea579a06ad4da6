/**
 * The English words of the notices, the agenda and the official banner: one module, loaded the
 * first time an element of the page speaks English (`loadLocale`, ./locales.ts), so that French
 * pages never download it. The budget's English has its own module (budget.en.ts).
 */
import { formatCount } from '../format.js';
import type { EnglishTables } from './locales.js';

export const englishTables: EnglishTables = {
  notices: {
    levels: { info: 'Information', warning: 'Warning', alert: 'Alert' },
    official: 'Official notice',
    defaultSource: 'City of Loos',
    moreInfo: 'Read more',
    published: (date) => `Published on ${date}`,
    validUntil: (date) => `Valid until ${date}`,
    dateAtTime: (date, time) => `${date} at ${time}`,
    dismiss: 'Hide this notice',
    area: 'Area concerned:',
    announce: (level, heading) => `${level}: ${heading}`,
    gone: { dismissed: 'Notice hidden.', expired: 'Notice expired.' },
  },
  noticeFeed: {
    loading: 'Loading official notices…',
    empty: 'No official notice at the moment.',
    error: 'The official notices could not be loaded. Please try again later or visit the City’s website.',
    stale: (when) => `These notices date from ${when}: the update failed, they may be out of date.`,
    skipped: (count) => (count === 1 ? 'One notice in the feed could not be shown.' : `${formatCount(count, 'en')} notices in the feed could not be shown.`),
    newNotices: (count) => (count === 1 ? 'New official notice' : `${formatCount(count, 'en')} new official notices`),
  },
  events: {
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
  agenda: {
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
  officialBanner: {
    officialSite: (organisation) => `Official website of the ${organisation}`,
    howToCheck: "Here's how you know",
    explanationLabel: 'How to recognise an official website',
    domainTitle: 'The address ends with the official name',
    domainText: (domain, organisation) =>
      `Websites of the ${organisation} end with “${domain}”, for example “www.${domain}”.`,
    domainTextUnknown: (organisation) => `Websites of the ${organisation} end with its official domain name.`,
    httpsTitle: 'The connection is secure',
    httpsText: 'A padlock or “https://” before the address means the connection is encrypted: nobody can read what you send.',
    neverAskTitle: 'Never a password by e-mail',
    neverAskText: (organisation) =>
      `The ${organisation} never asks for your password or bank details by e-mail or text message. If in doubt, call the town hall.`,
    invalidDomain:
      'The domain name is not valid (letters, digits, hyphens and dots only, e.g. “loos.fr”): it is not shown.',
    emptyOrganisation: 'The organisation name is empty: “Ville de Loos” is shown instead.',
  },
};
