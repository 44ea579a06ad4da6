import type { ChannelId, ReadabilityBand, Severity } from '../../tone/index.js';
import type { StringsTable } from '../i18n.js';

export interface ToneStrings {
  channelLabel: string;
  profileLabel: string;
  textLabel: string;
  textHelp: string;
  /** Said when only the start of a very long text is checked as it is typed. */
  liveLimit: (max: string) => string;
  channels: Readonly<Record<ChannelId, string>>;
  severities: Readonly<Record<Severity, string>>;
  bands: Readonly<Record<ReadabilityBand, string>>;
  findingsTitle: (count: number) => string;
  noFindings: string;
  emptyText: string;
  suggestion: string;
  readability: (band: string, score: number) => string;
  readabilityNone: string;
  characters: (length: number, max: number | undefined, unit: string) => string;
  xNote: string;
  sms: (segments: number, encoding: string, single: number) => string;
  announce: (findings: number, counter: string) => string;
  invalidChannel: (value: string) => string;
}

const fr = (n: number): string => n.toLocaleString('fr-FR');
const en = (n: number): string => n.toLocaleString('en-GB');

export const toneStrings: StringsTable<ToneStrings> = {
  fr: {
    channelLabel: 'Canal',
    profileLabel: 'Profil « facile à lire et à comprendre » (FALC)',
    textLabel: 'Texte à vérifier',
    textHelp: 'Collez ou écrivez votre texte : les remarques se mettent à jour pendant la saisie. Rien n’est envoyé : la vérification se fait dans votre navigateur.',
    liveLimit: (max) => `Texte très long : seuls les ${max} premiers caractères sont vérifiés ici. Pour un texte entier, utilisez l’outil loos-tone en ligne de commande.`,
    channels: {
      web: 'Page du site web', notice: 'Avis officiel', event: 'Événement (agenda)', newsletter: 'Lettre d’information',
      facebook: 'Facebook', instagram: 'Instagram', x: 'X (Twitter)', linkedin: 'LinkedIn', sms: 'SMS',
      push: 'Notification push', press: 'Communiqué de presse',
    },
    severities: { error: 'Erreur', warning: 'À revoir', info: 'Conseil' },
    bands: {
      'très facile': 'très facile', facile: 'facile', 'assez facile': 'assez facile', standard: 'standard',
      'assez difficile': 'assez difficile', difficile: 'difficile', 'très difficile': 'très difficile',
    },
    findingsTitle: (count) => (count === 0 ? 'Aucune remarque' : count === 1 ? '1 remarque' : `${fr(count)} remarques`),
    noFindings: 'Rien à signaler : le texte suit les règles du ton de la ville.',
    emptyText: 'Le texte est vide.',
    suggestion: 'Proposition :',
    readability: (band, score) => `Lisibilité : ${band} (score de Kandel et Moles : ${score.toLocaleString('fr-FR')})`,
    readabilityNone: 'Lisibilité : pas encore de phrase à évaluer',
    characters: (length, max, unit) => (max === undefined ? `${fr(length)} ${unit}` : `${fr(length)} ${unit} sur ${fr(max)}`),
    xNote: 'une adresse web compte pour 23',
    sms: (segments, encoding, single) => `${fr(segments)} SMS (${encoding}, ${fr(single)} caractères pour un seul SMS)`,
    announce: (findings, counter) => `${findings === 0 ? 'Aucune remarque' : findings === 1 ? '1 remarque' : `${fr(findings)} remarques`}. ${counter}.`,
    invalidChannel: (value) => `Canal « ${value} » inconnu : la page web sert de référence.`,
  },
  en: {
    channelLabel: 'Channel',
    profileLabel: 'Easy-to-read profile (FALC)',
    textLabel: 'Text to check',
    textHelp: 'Paste or type your text: findings update as you type. Nothing is sent: the check runs in your browser.',
    liveLimit: (max) => `Very long text: only the first ${max} characters are checked here. For a whole text, use the loos-tone command-line tool.`,
    channels: {
      web: 'Web page', notice: 'Official notice', event: 'Event (calendar)', newsletter: 'Newsletter',
      facebook: 'Facebook', instagram: 'Instagram', x: 'X (Twitter)', linkedin: 'LinkedIn', sms: 'SMS',
      push: 'Push notification', press: 'Press release',
    },
    severities: { error: 'Error', warning: 'Review', info: 'Advice' },
    bands: {
      'très facile': 'very easy', facile: 'easy', 'assez facile': 'fairly easy', standard: 'standard',
      'assez difficile': 'fairly difficult', difficile: 'difficult', 'très difficile': 'very difficult',
    },
    findingsTitle: (count) => (count === 0 ? 'No findings' : count === 1 ? '1 finding' : `${en(count)} findings`),
    noFindings: 'Nothing to report: the text follows the city’s tone rules.',
    emptyText: 'The text is empty.',
    suggestion: 'Suggestion:',
    readability: (band, score) => `Readability: ${band} (Kandel & Moles score: ${score.toLocaleString('en-GB')})`,
    readabilityNone: 'Readability: no sentence to score yet',
    characters: (length, max, unit) => (max === undefined ? `${en(length)} ${unit}` : `${en(length)} of ${en(max)} ${unit}`),
    xNote: 'a web address counts as 23',
    sms: (segments, encoding, single) => `${en(segments)} SMS (${encoding}, ${en(single)} characters for a single SMS)`,
    announce: (findings, counter) => `${findings === 1 ? '1 finding' : `${en(findings)} findings`}. ${counter}.`,
    invalidChannel: (value) => `Unknown channel “${value}”: the web page is used instead.`,
  },
};
