import type { StringsTable } from '../i18n.js';

/**
 * What a resident reads when signing up to the « Lettre d'information ». A plain table, English
 * included: the element has its own CDN module, and its five sentences weigh less than the code
 * that would load them on demand.
 */
export interface NewsletterStrings {
  /** Shown under the button while the request is on its way (not announced: only the outcome is). */
  sending: string;
  success: (email: string) => string;
  /** The service answered that it does not accept the address (4xx). */
  refused: string;
  /** The service could not be reached, failed, or the address to send to is refused. */
  unavailable: string;
  timeout: string;
}

export const newsletterStrings: StringsTable<NewsletterStrings> = {
  fr: {
    sending: 'Inscription en cours…',
    success: (email) => `C’est fait : l’adresse ${email} est inscrite à la Lettre d’information. Merci !`,
    refused: 'Votre inscription n’a pas été acceptée. Vérifiez votre adresse e-mail et réessayez ; si cela ne marche toujours pas, écrivez-nous depuis la page Contact.',
    unavailable: 'Votre inscription n’a pas pu être envoyée. Votre adresse est toujours dans le champ : réessayez dans quelques minutes, ou écrivez-nous depuis la page Contact.',
    timeout: 'Le service d’inscription n’a pas répondu à temps. Votre adresse est toujours dans le champ : réessayez dans quelques minutes.',
  },
  en: {
    sending: 'Signing you up…',
    success: (email) => `Done: ${email} is signed up to the newsletter. Thank you!`,
    refused: 'Your sign-up was not accepted. Check your e-mail address and try again; if it still fails, write to us from the Contact page.',
    unavailable: 'Your sign-up could not be sent. Your address is still in the field: try again in a few minutes, or write to us from the Contact page.',
    timeout: 'The sign-up service did not answer in time. Your address is still in the field: try again in a few minutes.',
  },
};
