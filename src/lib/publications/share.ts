/**
 * Share links: plain addresses of each network's share page, built from the page's address and
 * title. Nothing is loaded from a network until a person follows one of them (no script, no
 * button widget, no pixel). Pure: from the attributes as written to links and problems.
 */
import { problem, type InputProblem } from '../invalid.js';
import { propertyTexts } from '../property-values.js';
import { readLabel, type Report } from '../services/fields.js';
import { checkUrl } from '../url.js';

export const SHARE_NETWORKS = ['email', 'facebook', 'x', 'linkedin', 'whatsapp'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

export interface ShareLink {
  readonly network: ShareNetwork;
  readonly href: string;
}

/** As written in the page, or set from script with any type (a non-text value is reported). */
export interface ShareAttributes {
  readonly url?: unknown;
  readonly title?: unknown;
  /** Space-separated networks, in the order shown; all of them when absent. */
  readonly networks?: unknown;
}

export interface ShareView {
  /** The checked absolute address, or `undefined` when it was refused. */
  readonly url?: string;
  readonly title?: string;
  readonly links: readonly ShareLink[];
}

/** Lone surrogates (text cut in the middle of an emoji) become « � »: encodeURIComponent throws on them. */
const enc = (text: string): string => encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** Each network's share address. Only `url` and `title` go out, in the address, on a click. */
const BUILDERS: Readonly<Record<ShareNetwork, (url: string, title: string | undefined) => string>> = {
  email: (url, title) => `mailto:?${title === undefined ? '' : `subject=${enc(title)}&`}body=${enc(title === undefined ? url : `${title}\n${url}`)}`,
  facebook: (url) => `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
  x: (url, title) => `https://x.com/intent/post?url=${enc(url)}${title === undefined ? '' : `&text=${enc(title)}`}`,
  linkedin: (url) => `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`,
  whatsapp: (url, title) => `https://wa.me/?text=${enc(title === undefined ? url : `${title} ${url}`)}`,
};

const isNetwork = (name: string): name is ShareNetwork => (SHARE_NETWORKS as readonly string[]).includes(name);

function readNetworks(value: string | null | undefined, report: Report): readonly ShareNetwork[] {
  if (value === undefined || value === null || value.trim() === '') return SHARE_NETWORKS;
  const names = value.trim().toLowerCase().split(/[\s,]+/);
  const unknown = names.filter((name) => !isNetwork(name));
  if (unknown.length > 0) {
    report('networks', `Réseau inconnu (${unknown.join(', ')}) : il est ignoré. Réseaux possibles : ${SHARE_NETWORKS.join(', ')}.`, value);
  }
  return [...new Set(names.filter(isNetwork))];
}

/** Reads the address to share: absolute `https:`/`http:` only, since a shared link leaves the site. */
function readUrl(value: string | null | undefined, report: Report): string | undefined {
  if (value === undefined || value === null) {
    report('url', 'L’adresse à partager (url) est absente : aucun lien de partage n’est affiché.');
    return undefined;
  }
  const checked = checkUrl(value);
  if (!checked.ok) {
    report('url', `Adresse à partager refusée : ${checked.reason}`, value);
    return undefined;
  }
  if (!/^https?:\/\/[^/?#\s]+/i.test(checked.url)) {
    report('url', 'L’adresse à partager doit être complète (https://www.loos.fr/…) : une adresse relative ne mène nulle part hors du site.', value);
    return undefined;
  }
  return checked.url;
}

export function readShareAttributes(input: ShareAttributes): { view: ShareView; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report: Report = (field, message, value) => problems.push(problem(field, message, value));
  const texts = propertyTexts(input, { url: 'url', title: 'share-title', networks: 'networks' }, problems);
  const url = readUrl(texts.url, report);
  const title = readLabel(texts.title, 'title', report, 300);
  const networks = readNetworks(texts.networks, report);
  const links = url === undefined ? [] : networks.map((network) => ({ network, href: BUILDERS[network](url, title) }));
  return { view: { url, title, links }, problems };
}
