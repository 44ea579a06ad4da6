/**
 * One démarche, explained: who it is for, what you need, what it costs, how long it takes, the
 * steps, the online way and the other ways (so that nobody is left out), the date of the last
 * update and related démarches. Pure: from what an author wrote (a property, JSON, or the
 * element's HTML) to a checked model and problems.
 */
import { parseIsoDateTime } from '../dates.js';
import { formatNumber } from '../format.js';
import { problem, type InputProblem } from '../invalid.js';
import { readHref, readLabel, textOf, type Report } from './fields.js';

export interface ProcedureDocument {
  readonly label: string;
  readonly note?: string;
}

export interface ProcedureLink {
  readonly label: string;
  readonly href: string;
}

export interface OnlineWay {
  readonly href: string;
  /** The service that hosts the démarche (« Service-Public.fr », « Portail Famille »). */
  readonly service?: string;
  /** The account needed (« FranceConnect »), `false` when none is, absent when not said. */
  readonly account?: string | false;
}

export interface Procedure {
  readonly title?: string;
  readonly audience?: string;
  readonly documents: readonly ProcedureDocument[];
  readonly cost?: string;
  readonly delay?: string;
  readonly steps: readonly string[];
  readonly online?: OnlineWay;
  readonly otherWays: readonly string[];
  readonly updated?: Date;
  readonly related: readonly ProcedureLink[];
}

const MAX_ITEMS = 40;
const TEXT = 400;

type Fields = Record<string, unknown>;

function list(value: unknown, field: string, report: Report): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report(field, 'Ce champ doit être une liste : il est ignoré.', value);
    return [];
  }
  return value.slice(0, MAX_ITEMS);
}

const texts = (value: unknown, field: string, report: Report): string[] =>
  list(value, field, report).flatMap((item, index) => readLabel(item, `${field}[${index}]`, report, TEXT) ?? []);

function readDocument(item: unknown, field: string, report: Report): ProcedureDocument | undefined {
  const { label, note } = (typeof item === 'string' ? { label: item } : typeof item === 'object' && item !== null ? item : {}) as Fields;
  const text = readLabel(label, `${field}.label`, report, TEXT);
  if (text === undefined) report(field, 'Chaque pièce a un libellé (label) : elle est ignorée.', item);
  return text === undefined ? undefined : { label: text, note: readLabel(note, `${field}.note`, report, TEXT) };
}

function readLinkItem(item: unknown, field: string, report: Report): ProcedureLink | undefined {
  const { label, href } = (typeof item === 'object' && item !== null ? item : {}) as Fields;
  const text = readLabel(label, `${field}.label`, report, 120);
  const url = readHref(href, `${field}.href`, report);
  if (text === undefined || url === undefined) {
    report(field, 'Une démarche liée a un libellé et un lien valides : elle est ignorée.', item);
    return undefined;
  }
  return { label: text, href: url };
}

/** « Gratuit » for 0, « 25 € » for a number, the author's text otherwise. */
function readCost(value: unknown, report: Report): string | undefined {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 0) return value === 0 ? 'Gratuit' : formatNumber(value, { style: 'currency', currency: 'EUR', minimumFractionDigits: Number.isInteger(value) ? 0 : 2 });
    report('cost', 'Le coût est un montant positif en euros ou un texte (« Gratuit ») : il n’est pas affiché.', value);
    return undefined;
  }
  return readLabel(value, 'cost', report, 120);
}

function readOnline(value: unknown, report: Report): OnlineWay | undefined {
  if (value === undefined || value === null) return undefined;
  const { href, service, account } = (typeof value === 'object' ? value : {}) as Fields;
  const url = readHref(href, 'online.href', report);
  if (url === undefined) {
    report('online', 'La démarche en ligne a besoin d’un lien valide : elle n’est pas proposée.', value);
    return undefined;
  }
  return { href: url, service: readLabel(service, 'online.service', report, 80), account: account === false ? false : readLabel(account, 'online.account', report, 80) };
}

export function readProcedure(input: unknown): { procedure: Procedure; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report: Report = (field, message, value) => problems.push(problem(field, message, value));
  const source = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Fields;
  if (source !== input) report('procedure', 'La démarche doit être un objet JSON.', input);
  const title = readLabel(source.title, 'title', report, 160);
  if (title === undefined) report('title', 'Le titre de la démarche est obligatoire ; commencez par un verbe (« Déclarer une naissance »).');
  let updated: Date | undefined;
  if (source.updated !== undefined && source.updated !== null && source.updated !== '') {
    updated = parseIsoDateTime(source.updated)?.date;
    if (updated === undefined) report('updated', 'La date de mise à jour doit être une date ISO 8601 (AAAA-MM-JJ) : elle n’est pas affichée.', source.updated);
  }
  return {
    problems,
    procedure: {
      title,
      audience: readLabel(source.audience, 'audience', report, TEXT),
      documents: list(source.documents, 'documents', report).flatMap((item, index) => readDocument(item, `documents[${index}]`, report) ?? []),
      cost: readCost(source.cost, report),
      delay: readLabel(source.delay, 'delay', report, 160),
      steps: texts(source.steps, 'steps', report),
      online: readOnline(source.online, report),
      otherWays: texts(source.otherWays, 'otherWays', report),
      updated,
      related: list(source.related, 'related', report).flatMap((item, index) => readLinkItem(item, `related[${index}]`, report) ?? []),
    },
  };
}

/**
 * The démarche written in the element's HTML, marked with `data-` attributes (see
 * docs/services.md). Browser only: elements call it from `connectedCallback`.
 */
export function procedureFromHtml(host: Element): Fields {
  const one = (selector: string) => host.querySelector(selector);
  const items = (selector: string) => [...host.querySelectorAll(`${selector} > li`)];
  const online = one('a[data-online]');
  const account = online?.getAttribute('data-account');
  const updated = one('[data-updated]');
  return {
    title: textOf(one(':scope > :is(h1, h2, h3, h4, h5, h6)')),
    audience: textOf(one('[data-audience]')),
    documents: items('[data-documents]').map((item) => {
      // « <b>Livret de famille</b> si vous en avez un »: the bold part is the document, the rest its note.
      const label = item.querySelector('b, strong');
      const whole = textOf(item) ?? '';
      const name = textOf(label);
      return name === undefined ? whole : { label: name, note: whole.slice(whole.indexOf(name) + name.length).replace(/^[\s,:–—-]+/, '') };
    }),
    cost: textOf(one('[data-cost]')),
    delay: textOf(one('[data-delay]')),
    steps: items('[data-steps]').map((item) => textOf(item)),
    online: online === null ? undefined : { href: online.getAttribute('href'), service: online.getAttribute('data-service') ?? undefined, account: account === 'none' ? false : (account ?? undefined) },
    otherWays: items('[data-other-ways]').map((item) => textOf(item)),
    updated: updated?.getAttribute('datetime') ?? textOf(updated),
    related: [...host.querySelectorAll('[data-related] a[href]')].map((link) => ({ label: textOf(link), href: link.getAttribute('href') })),
  };
}
