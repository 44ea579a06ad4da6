/**
 * The service tiles: the most used démarches, each one link with a label, an optional
 * description and a pictogram, plus the « Toutes les démarches » link. Pure: from what an author
 * wrote (a property, JSON, or the links of the element's HTML) to checked tiles and problems.
 */
import { problem, type InputProblem } from '../invalid.js';
import { readHref, readLabel, type Report } from './fields.js';

export interface ServiceTile {
  readonly label: string;
  readonly href: string;
  readonly description?: string;
  /** A pictogram name (`naissance`, `cantine`…); unknown names fall back on a generic page. */
  readonly icon?: string;
}

export interface ServiceTiles {
  readonly heading?: string;
  readonly tiles: readonly ServiceTile[];
  readonly allHref?: string;
  readonly allLabel?: string;
}

/** What an author gives: `{ heading, allHref, allLabel, tiles: [{ label, href, description, icon }] }`, or the tiles alone. */
export interface ServiceTilesInput {
  readonly heading?: unknown;
  readonly allHref?: unknown;
  readonly allLabel?: unknown;
  readonly tiles?: unknown;
}

const MAX_TILES = 24;

function readTile(value: unknown, field: string, report: Report): ServiceTile | undefined {
  if (typeof value !== 'object' || value === null) {
    report(field, 'Chaque tuile est un objet { label, href, description, icon }.', value);
    return undefined;
  }
  const tile = value as Record<string, unknown>;
  const label = readLabel(tile.label, `${field}.label`, report, 80);
  const href = readHref(tile.href, `${field}.href`, report);
  if (label === undefined || href === undefined) {
    report(field, 'Une tuile a un libellé et un lien valides : elle n’est pas affichée.', value);
    return undefined;
  }
  const icon = readLabel(tile.icon, `${field}.icon`, report, 40);
  return { label, href, description: readLabel(tile.description, `${field}.description`, report, 160), icon };
}

export function readServiceTiles(input: unknown): { tiles: ServiceTiles; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report: Report = (field, message, value) => problems.push(problem(field, message, value));
  const source: ServiceTilesInput = Array.isArray(input) ? { tiles: input } : typeof input === 'object' && input !== null ? input : {};
  const list = Array.isArray(source.tiles) ? source.tiles : [];
  if (!Array.isArray(source.tiles)) report('tiles', 'Aucune tuile : donnez une liste de liens (dans la page, en JSON ou par la propriété tiles).', source.tiles);
  if (list.length > MAX_TILES) report('tiles', `Plus de ${MAX_TILES} tuiles : les suivantes sont ignorées ; gardez les démarches les plus demandées.`, list.length);
  const tiles = list.slice(0, MAX_TILES).flatMap((tile: unknown, index) => readTile(tile, `tiles[${index}]`, report) ?? []);
  return {
    problems,
    tiles: {
      heading: readLabel(source.heading, 'heading', report, 120),
      tiles,
      allHref: readHref(source.allHref, 'all-href', report),
      allLabel: readLabel(source.allLabel, 'all-label', report, 80),
    },
  };
}

/**
 * The tiles written in the element's HTML: a heading, a list of links (the description in a
 * `<small>` or `[data-description]` inside the link, the pictogram in `data-icon`) and a link
 * marked `data-all`. Browser only: elements call it from `connectedCallback`.
 */
export function tilesFromHtml(host: Element): ServiceTilesInput {
  const all = host.querySelector('a[data-all]');
  const tiles = [...host.querySelectorAll('li a[href]')].map((link) => {
    const description = link.querySelector('small, [data-description]');
    const copy = link.cloneNode(true) as Element;
    copy.querySelector('small, [data-description]')?.remove();
    return { label: copy.textContent.replace(/\s+/g, ' ').trim(), href: link.getAttribute('href'), description: description?.textContent ?? undefined, icon: link.getAttribute('data-icon') ?? undefined };
  });
  return {
    heading: host.querySelector(':scope > :is(h2, h3, h4, h5, h6)')?.textContent ?? undefined,
    tiles: tiles.length === 0 ? undefined : tiles,
    allHref: all?.getAttribute('href') ?? undefined,
    allLabel: all?.textContent,
  };
}
