/**
 * The guides under docs/ are written for the repository (links between Markdown files), and shown
 * in the catalogue too. There, a link to another guide opens its catalogue page, and a link to any
 * other file of the repository opens it on the repository's site: never a file path that leads
 * nowhere inside the catalogue.
 */
import { toId } from 'storybook/internal/csf';
import pkg from '../../package.json';

/** Catalogue page title of each guide that has one; the page's id follows from it. */
export const GUIDE_TITLES: Readonly<Record<string, string>> = {
  'docs/brand.md': 'Guides/Marque et jetons',
  'docs/accessibility.md': 'Guides/Accessibilité',
  'docs/tone-of-voice.md': 'Guides/Ton éditorial',
  'docs/tone-rules.md': 'Guides/Règles du correcteur de ton',
  'docs/channels.md': 'Guides/Canaux',
  'docs/contributing.md': 'Guides/Contribuer',
  'docs/services.md': 'Guides/Démarches et contacts',
  'docs/formats/notices.md': 'Guides/Formats de données/Avis',
  'docs/formats/events.md': 'Guides/Formats de données/Événements',
  'docs/formats/budget.md': 'Guides/Formats de données/Budget',
};

/** The repository's web address, from package.json (`…/blob/main/<path>` opens a file). */
export const REPOSITORY_URL = pkg.homepage.replace(/#.*$/u, '');

/** The catalogue link of a docs page, as Storybook's docs pages navigate (`?path=/docs/<id>`). */
export function cataloguePath(title: string): string {
  return `?path=/docs/${toId(title, 'Documentation')}`;
}

/** `docs/formats/notices.md` + `../ssr.md` → `docs/ssr.md`. */
function resolvePath(from: string, target: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Where a link written in `source` should lead from inside the catalogue. */
export function catalogueHref(source: string, href: string): string {
  if (/^(?:[a-z]+:|#|\?)/iu.test(href)) return href;
  const [path = '', anchor] = href.split('#');
  const file = resolvePath(source, path);
  const title = GUIDE_TITLES[file];
  if (title !== undefined) return cataloguePath(title);
  return `${REPOSITORY_URL}/blob/main/${file}${anchor === undefined ? '' : `#${anchor}`}`;
}

/** The Markdown of a guide with every relative link rewritten for the catalogue. */
export function guideForCatalogue(source: string, markdown: string): string {
  return markdown
    // « [cliquez ici](…) » shows what a link looks like in a text, it leads nowhere: underlined text.
    .replace(/\[([^\]]*)\]\(…\)/gu, '<u>$1</u>')
    // An image is shown from the catalogue itself (its static files), never fetched from another site.
    .replace(/(!?)(\[[^\]]*\]\()([^)\s]+)(\))/gu, (_match, bang: string, open: string, href: string, close: string) =>
      `${bang}${open}${bang === '!' && !/^[a-z]+:/iu.test(href) ? resolvePath(source, href) : catalogueHref(source, href)}${close}`);
}

/** A Markdown link to a guide's catalogue page, for the descriptions of component pages. */
export function guideLink(file: string, text: string): string {
  const title = GUIDE_TITLES[file];
  if (title === undefined) throw new Error(`Pas de page de catalogue pour ${file}`);
  return `[${text}](${cataloguePath(title)})`;
}
