/** The words of `<loos-video>`. */
import type { StringsTable } from '../i18n.js';

export interface VideoStrings {
  readonly hostedBy: (host: string) => string;
  readonly load: string;
  readonly watchOn: (host: string) => string;
  readonly frameTitle: (title: string, host: string) => string;
  readonly chapters: string;
  readonly goTo: string;
  readonly captions: string;
  readonly unavailable: string;
}

export const videoStrings: StringsTable<VideoStrings> = {
  fr: {
    hostedBy: (host) => `Cette vidéo est hébergée par ${host}. Rien n’est chargé depuis ce service tant que vous ne le demandez pas.`,
    load: 'Charger la vidéo — ce service peut déposer des cookies',
    watchOn: (host) => `Voir la vidéo sur ${host}`,
    frameTitle: (title, host) => `Vidéo : ${title} (${host})`,
    chapters: 'Chapitres',
    goTo: 'Aller à',
    captions: 'Français',
    unavailable: 'Vidéo indisponible : son adresse manque ou est refusée.',
  },
  en: {
    hostedBy: (host) => `This video is hosted by ${host}. Nothing is loaded from this service until you ask.`,
    load: 'Load the video — this service may set cookies',
    watchOn: (host) => `Watch the video on ${host}`,
    frameTitle: (title, host) => `Video: ${title} (${host})`,
    chapters: 'Chapters',
    goTo: 'Go to',
    captions: 'French',
    unavailable: 'Video unavailable: its address is missing or refused.',
  },
};
