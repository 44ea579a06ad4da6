import type { StringsTable } from '../i18n.js';

/** What a resident reads around a form: validation messages, the character count, the error summary. */
export interface FormStrings {
  /** Read before each error message by screen readers: « Erreur : ». */
  errorPrefix: string;
  /** Error summary title: « Il y a 1 erreur » / « Il y a 2 erreurs ». */
  errorCount: (count: number) => string;
  required: (label: string) => string;
  chooseOne: (label: string) => string;
  email: string;
  tel: string;
  url: string;
  number: (label: string) => string;
  date: (label: string) => string;
  pattern: (label: string) => string;
  tooShort: (label: string, limit: number) => string;
  tooLong: (label: string, limit: number) => string;
  rangeUnderflow: (label: string, limit: string) => string;
  rangeOverflow: (label: string, limit: string) => string;
  /** The character count under a text area. */
  charactersLeft: (count: number) => string;
  charactersOver: (count: number) => string;
}

const plural = (count: number, one: string, many: string): string => (Math.abs(count) < 2 ? one : many);

export const formStrings: StringsTable<FormStrings> = {
  fr: {
    errorPrefix: 'Erreur :',
    errorCount: (count) => `Il y a ${count} ${plural(count, 'erreur', 'erreurs')}`,
    required: (label) => `Renseignez le champ « ${label} ».`,
    chooseOne: (label) => `Choisissez une réponse pour « ${label} ».`,
    email: 'Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
    tel: 'Saisissez un numéro de téléphone valide, par exemple 03 20 12 34 56.',
    url: 'Saisissez une adresse web complète, par exemple https://www.exemple.fr.',
    number: (label) => `« ${label} » doit être un nombre.`,
    date: (label) => `« ${label} » doit être une date réelle, par exemple 14/07/2026.`,
    pattern: (label) => `« ${label} » n’est pas au format attendu : suivez l’exemple donné.`,
    tooShort: (label, limit) => `« ${label} » doit faire au moins ${limit} ${plural(limit, 'caractère', 'caractères')}.`,
    tooLong: (label, limit) => `« ${label} » doit faire ${limit} ${plural(limit, 'caractère', 'caractères')} au plus.`,
    rangeUnderflow: (label, limit) => `« ${label} » doit être égal ou supérieur à ${limit}.`,
    rangeOverflow: (label, limit) => `« ${label} » doit être égal ou inférieur à ${limit}.`,
    charactersLeft: (count) => `Il vous reste ${count} ${plural(count, 'caractère', 'caractères')}.`,
    charactersOver: (count) => `Vous avez ${count} ${plural(count, 'caractère', 'caractères')} en trop.`,
  },
  en: {
    errorPrefix: 'Error:',
    errorCount: (count) => `There ${count === 1 ? 'is 1 error' : `are ${count} errors`}`,
    required: (label) => `Enter “${label}”.`,
    chooseOne: (label) => `Choose an answer for “${label}”.`,
    email: 'Enter a valid e-mail address, like name@example.com.',
    tel: 'Enter a valid phone number, like 03 20 12 34 56.',
    url: 'Enter a full web address, like https://www.example.com.',
    number: (label) => `“${label}” must be a number.`,
    date: (label) => `“${label}” must be a real date, like 14/07/2026.`,
    pattern: (label) => `“${label}” is not in the expected format: follow the example.`,
    tooShort: (label, limit) => `“${label}” must be ${limit} characters or more.`,
    tooLong: (label, limit) => `“${label}” must be ${limit} characters or fewer.`,
    rangeUnderflow: (label, limit) => `“${label}” must be ${limit} or more.`,
    rangeOverflow: (label, limit) => `“${label}” must be ${limit} or less.`,
    charactersLeft: (count) => `You have ${count} ${count === 1 ? 'character' : 'characters'} remaining.`,
    charactersOver: (count) => `You have ${count} ${count === 1 ? 'character' : 'characters'} too many.`,
  },
};
