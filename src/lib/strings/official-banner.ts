import type { StringsTable } from '../i18n.js';
import { lazyTable } from './locales.js';

export interface OfficialBannerStrings {
  officialSite: (organisation: string) => string;
  howToCheck: string;
  explanationLabel: string;
  domainTitle: string;
  domainText: (domain: string, organisation: string) => string;
  domainTextUnknown: (organisation: string) => string;
  httpsTitle: string;
  httpsText: string;
  neverAskTitle: string;
  neverAskText: (organisation: string) => string;
  invalidDomain: string;
  emptyOrganisation: string;
}

export const officialBannerStrings: StringsTable<OfficialBannerStrings> = /* @__PURE__ */ lazyTable('officialBanner', {
    officialSite: (organisation) => `Site officiel de la ${organisation}`,
    howToCheck: 'Comment le vérifier ?',
    explanationLabel: 'Comment reconnaître un site officiel',
    domainTitle: "L'adresse se termine par le nom officiel",
    domainText: (domain, organisation) =>
      `L'adresse des sites de la ${organisation} se termine par « ${domain} », par exemple « www.${domain} ».`,
    domainTextUnknown: (organisation) =>
      `L'adresse des sites de la ${organisation} se termine par son nom de domaine officiel.`,
    httpsTitle: 'La connexion est sécurisée',
    httpsText:
      "Un cadenas ou « https:// » devant l'adresse signifie que la connexion est chiffrée : personne ne peut lire ce que vous envoyez.",
    neverAskTitle: 'Jamais de mot de passe par courriel',
    neverAskText: (organisation) =>
      `La ${organisation} ne vous demande jamais votre mot de passe ni vos coordonnées bancaires par courriel ou par SMS. En cas de doute, appelez la mairie.`,
    invalidDomain:
      "Le nom de domaine n'est pas valide (lettres, chiffres, tirets et points seulement, par exemple « loos.fr ») : il n'est pas affiché.",
    emptyOrganisation: "Le nom de l'organisation est vide : « Ville de Loos » est affiché à la place.",
  });
