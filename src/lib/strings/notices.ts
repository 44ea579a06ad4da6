/**
 * What the notice elements say, in French (the reference) and in English. Two tables, so that a
 * page with `<loos-notice>` alone does not download the words of `<loos-notice-feed>`.
 */
import type { StringsTable } from '../i18n.js';
import { lazyTable } from './locales.js';
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

export const noticeStrings: StringsTable<NoticeStrings> = /* @__PURE__ */ lazyTable('notices', {
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
  });

/** The words of `<loos-notice-feed>` around its list. */
export interface NoticeFeedStrings {
  readonly loading: string;
  readonly empty: string;
  readonly error: string;
  readonly stale: (when: string) => string;
  readonly skipped: (count: number) => string;
  readonly newNotices: (count: number) => string;
}

export const noticeFeedStrings: StringsTable<NoticeFeedStrings> = /* @__PURE__ */ lazyTable('noticeFeed', {
    loading: 'Chargement des avis officiels…',
    empty: 'Aucun avis officiel en cours.',
    error: 'Les avis officiels n’ont pas pu être chargés. Réessayez plus tard ou consultez le site de la Ville.',
    stale: (when) => `Ces avis datent du ${when} : la mise à jour a échoué, ils peuvent ne plus être à jour.`,
    skipped: (count) => (count === 1 ? 'Un avis du flux n’a pas pu être affiché.' : `${formatCount(count)} avis du flux n’ont pas pu être affichés.`),
    newNotices: (count) => (count === 1 ? 'Nouvel avis officiel' : `${formatCount(count)} nouveaux avis officiels`),
  });
