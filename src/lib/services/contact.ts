/**
 * The contact details of a public service, checked: a French phone number written the way
 * people read it (« 03 20 00 00 00 ») with its `tel:` link, an e-mail address, a map link that
 * is a plain link (no embedded map, no request to a map provider), the address lines.
 */
import { problem, type InputProblem } from '../invalid.js';
import { readHref, readLabel, type Report } from './fields.js';

/** What an author gives, from attributes or the element's HTML. */
export interface ContactInput {
  readonly name?: string | null;
  readonly address?: string | null;
  readonly mapHref?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly accessibility?: string | null;
}

export interface Phone {
  /** « 03 20 00 00 00 » (no-break spaces, so that the number never breaks across lines). */
  readonly text: string;
  /** `tel:+33320000000`, or undefined when the number could not be read (then shown as written, without a link). */
  readonly href?: string;
}

export interface Contact {
  readonly name?: string;
  readonly addressLines: readonly string[];
  readonly mapHref?: string;
  readonly phone?: Phone;
  readonly email?: string;
  readonly accessibility?: string;
}

const NBSP = '\u00a0';
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

/** A French number (10 digits from 0, or +33 and 9 digits) in pairs; short numbers (3939, 112) as they are. */
export function readPhone(value: string): Phone | undefined {
  const compact = value.replace(/[\s.\-/()\u00a0\u202f]/g, '');
  const national = /^(?:\+33|0033)([1-9]\d{8})$/.exec(compact)?.[1] ?? /^0([1-9]\d{8})$/.exec(compact)?.[1];
  if (national !== undefined) {
    const digits = `0${national}`;
    return { text: digits.replace(/(\d{2})(?=\d)/g, `$1${NBSP}`), href: `tel:+33${national}` };
  }
  if (/^\d{2,6}$/.test(compact)) return { text: compact, href: `tel:${compact}` };
  return undefined;
}

/** Reads the contact details; a field that cannot be used is reported and shown as safely as it can be. */
export function readContact(input: ContactInput): { contact: Contact; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report: Report = (field, message, value) => problems.push(problem(field, message, value));
  const name = readLabel(input.name, 'name', report);
  if (name === undefined) report('name', 'Le nom du service (name) est obligatoire.');
  // Lines as written (`<br>` in the page, line breaks in the attribute), at most a postal address's six.
  const addressLines = (input.address ?? '').split('\n').flatMap((line) => readLabel(line, 'address', report) ?? []).slice(0, 6);
  const mapHref = readHref(input.mapHref, 'map-href', report);
  let phone: Phone | undefined;
  const phoneText = readLabel(input.phone, 'phone', report, 40);
  if (phoneText !== undefined) {
    phone = readPhone(phoneText);
    if (phone === undefined) {
      report('phone', 'Numéro de téléphone illisible (10 chiffres, ou +33) : il est affiché sans lien d’appel.', phoneText);
      phone = { text: phoneText };
    }
  }
  let email = readLabel(input.email, 'email', report, 254);
  if (email !== undefined && !EMAIL.test(email)) {
    report('email', 'Adresse électronique invalide : elle n’est pas affichée.', email);
    email = undefined;
  }
  return {
    problems,
    contact: {
      name,
      addressLines,
      mapHref,
      phone,
      email,
      accessibility: readLabel(input.accessibility, 'accessibility', report, 500),
    },
  };
}
