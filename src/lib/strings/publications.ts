import type { StringsTable } from '../i18n.js';
import type { ShareNetwork } from '../publications/share.js';

export interface PublicationStrings {
  /** Link to a quote's source when the author gave no name for it. */
  seeSource: string;
  source: string;
  shareHeading: string;
  /** Words before a network's name, for screen readers: « Partager par » + « courriel ». */
  shareOn: Readonly<Record<ShareNetwork, string>>;
  networkNames: Readonly<Record<ShareNetwork, string>>;
  copyLink: string;
  copied: string;
  copyFailed: string;
  shareWithApp: string;
  unavailable: string;
}

export const publicationStrings: StringsTable<PublicationStrings> = {
  fr: {
    seeSource: 'Voir la source',
    source: 'Source :',
    shareHeading: 'Partager cette page',
    shareOn: { email: 'Partager par', facebook: 'Partager sur', x: 'Partager sur', linkedin: 'Partager sur', whatsapp: 'Partager sur' },
    networkNames: { email: 'Courriel', facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn', whatsapp: 'WhatsApp' },
    copyLink: 'Copier le lien',
    copied: 'Lien copié. Vous pouvez le coller dans un message.',
    copyFailed: 'Le lien n’a pas pu être copié : sélectionnez l’adresse ci-dessous et copiez-la.',
    shareWithApp: 'Partager avec une application',
    unavailable: 'Partage indisponible : l’adresse de la page manque.',
  },
  en: {
    seeSource: 'See the source',
    source: 'Source:',
    shareHeading: 'Share this page',
    shareOn: { email: 'Share by', facebook: 'Share on', x: 'Share on', linkedin: 'Share on', whatsapp: 'Share on' },
    networkNames: { email: 'E-mail', facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn', whatsapp: 'WhatsApp' },
    copyLink: 'Copy the link',
    copied: 'Link copied. You can paste it in a message.',
    copyFailed: 'The link could not be copied: select the address below and copy it.',
    shareWithApp: 'Share with an app',
    unavailable: 'Sharing unavailable: the page address is missing.',
  },
};
