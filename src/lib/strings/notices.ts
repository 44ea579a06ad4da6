/**
 * What the notice elements say, in French (the reference) and in English. Two tables, so that a
 * page with `<loos-notice>` alone does not download the words of `<loos-notice-feed>`.
 */
import type { StringsTable } from '../i18n.js';
import type { NoticeLevel } from '../notices/model.js';
import { formatCount } from '../format.js';

export interface NoticeStrings {
  /** The level as a word: the level is never told by colour alone. */
  readonly levels: Readonly<Record<NoticeLevel, string>>;
  readonly official: string;
  readonly defaultSource: string;
  readonly moreInfo: string;
  readonly published: (date: string) => string;
  readonly validUntil: (date: string) => string;
  /** `date` and `time` joined: « 14 décembre 2026 à 9 h 30 ». */
  readonly dateAtTime: (date: string, time: string) => string;
  /** Visible text of the dismiss button; the notice heading is added for screen readers. */
  readonly dismiss: string;
  readonly area: string;
  /** What a live region says when a notice appears after the page has loaded. */
  readonly announce: (level: string, heading: string) => string;
  /** Said politely where focus lands when the notice a person was on disappears. */
  readonly gone: Readonly<Record<'dismissed' | 'expired', string>>;
}

export const noticeStrings: StringsTable<NoticeStrings> = {
  fr: {
    levels: { info: 'Information', warning: 'Vigilance', alert: 'Alerte' },
    official: 'Communiqué officiel',
    defaultSource: 'Ville de Loos',
    moreInfo: 'En savoir plus',
    published: (date) => `Publié le ${date}`,
    validUntil: (date) => `Valable jusqu’au ${date}`,
    dateAtTime: (date, time) => `${date} à ${time}`,
    dismiss: 'Masquer cet avis',
    area: 'Secteur concerné :',
    announce: (level, heading) => `${level} : ${heading}`,
    gone: { dismissed: 'Avis masqué.', expired: 'Avis expiré.' },
  },
  en: {
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
};

/** The words of `<loos-notice-feed>` around its list. */
export interface NoticeFeedStrings {
  readonly loading: string;
  readonly empty: string;
  readonly error: string;
  readonly stale: (when: string) => string;
  readonly skipped: (count: number) => string;
  readonly newNotices: (count: number) => string;
}

export const noticeFeedStrings: StringsTable<NoticeFeedStrings> = {
  fr: {
    loading: 'Chargement des avis officiels…',
    empty: 'Aucun avis officiel en cours.',
    error: 'Les avis officiels n’ont pas pu être chargés. Réessayez plus tard ou consultez le site de la Ville.',
    stale: (when) => `Ces avis datent du ${when} : la mise à jour a échoué, ils peuvent ne plus être à jour.`,
    skipped: (count) => (count === 1 ? 'Un avis du flux n’a pas pu être affiché.' : `${formatCount(count)} avis du flux n’ont pas pu être affichés.`),
    newNotices: (count) => (count === 1 ? 'Nouvel avis officiel' : `${formatCount(count)} nouveaux avis officiels`),
  },
  en: {
    loading: 'Loading official notices…',
    empty: 'No official notice at the moment.',
    error: 'The official notices could not be loaded. Please try again later or visit the City’s website.',
    stale: (when) => `These notices date from ${when}: the update failed, they may be out of date.`,
    skipped: (count) => (count === 1 ? 'One notice in the feed could not be shown.' : `${formatCount(count, 'en')} notices in the feed could not be shown.`),
    newNotices: (count) => (count === 1 ? 'New official notice' : `${formatCount(count, 'en')} new official notices`),
  },
};
