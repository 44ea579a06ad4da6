/**
 * Reading TRUSTED markup (a page template, a CMS block) on the server, where there is no DOM:
 * Lit's server shim gives elements no children. Only what `renderHtml` needs to hand the data
 * elements their data — attributes, a `<script>` data child, a `<table>`, a `<ul>` of events —
 * with patterns that fit what an editor or a CMS writes. Whatever they cannot read with certainty
 * is left to the browser, which reads the same markup with a real parser.
 */
import type { TableCells, TableRow } from '../lib/budget/html-table.js';
import type { ListItemData } from '../lib/events/html-list.js';

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** An opening tag's attribute list, quotes respected (a `>` inside a value does not end it). */
export const ATTRIBUTES_SOURCE = `((?:\\s+[^\\s=/>"']+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?)*)\\s*/?>`;

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** HTML character references decoded: `&amp;` → `&`, `&#8239;` → narrow no-break space. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[lower] ?? whole;
  });
}

/** `name="value"` pairs of an opening tag, names lowercased, values decoded; a bare name is `''`. */
export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (name === '' || Object.hasOwn(attributes, name)) continue;
    attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** The text a person reads in a piece of markup: tags dropped, references decoded, spaces folded. */
export function markupText(markup: string): string {
  return decodeEntities(markup.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The first element `tag` in `markup`: its attributes, its content and where it sits. */
export function firstElement(markup: string, tag: string): { attributes: Record<string, string>; inner: string; start: number; end: number } | undefined {
  const open = new RegExp(`<${tag}${ATTRIBUTES_SOURCE}`, 'i').exec(markup);
  if (open === null) return undefined;
  const from = open.index + open[0].length;
  const close = markup.toLowerCase().indexOf(`</${tag}`, from);
  if (close === -1) return undefined;
  const end = markup.indexOf('>', close);
  return { attributes: parseAttributes(open[1] ?? ''), inner: markup.slice(from, close), start: open.index, end: end === -1 ? markup.length : end + 1 };
}

/** The texts of a `<table>`'s markup, the same as `tableCells` reads from the DOM (lib/data-sources.ts). */
export function tableCellsFromMarkup(table: { attributes: Record<string, string>; inner: string }): TableCells {
  const { inner } = table;
  const caption = firstElement(inner, 'caption');
  const sections = (name: string): [number, number][] => [...inner.matchAll(new RegExp(`<${name}\\b[\\s\\S]*?</${name}>`, 'gi'))].map((match) => [match.index, match.index + match[0].length]);
  const heads = sections('thead');
  const feet = sections('tfoot');
  const within = (ranges: [number, number][], index: number): boolean => ranges.some(([from, to]) => index >= from && index < to);
  const rows = [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((match) => ({
    index: match.index,
    cells: [...(match[1] ?? '').matchAll(/<(th|td)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((cell) => ({ header: (cell[1] ?? '').toLowerCase() === 'th', text: markupText(cell[2] ?? '') })),
  }));
  const isHead = (row: (typeof rows)[number], position: number): boolean =>
    within(heads, row.index) || (heads.length === 0 && position === 0 && row.cells.length > 0 && row.cells.every((cell) => cell.header));
  const headRows = rows.filter(isHead);
  const attributes: Record<string, string> = {};
  for (const name of ['year', 'stage', 'section', 'flow']) {
    const value = table.attributes[`data-${name}`];
    if (value !== undefined) attributes[name] = value.trim();
  }
  return {
    ...(caption === undefined ? {} : { caption: markupText(caption.inner) }),
    head: headRows.at(-1)?.cells.map((cell) => cell.text) ?? [],
    rows: rows
      .filter((row, position) => !isHead(row, position))
      .map((row): TableRow => (within(feet, row.index) ? { cells: row.cells.map((cell) => cell.text), foot: true } : { cells: row.cells.map((cell) => cell.text) })),
    attributes,
  };
}

/** What each `<li>` of a list says, the same as `listItems` reads from the DOM (lib/data-sources.ts). */
export function listItemsFromMarkup(list: string): ListItemData[] {
  return [...list.matchAll(new RegExp(`<li${ATTRIBUTES_SOURCE}([\\s\\S]*?)</li>`, 'gi'))].map((match) => {
    const itemAttributes = parseAttributes(match[1] ?? '');
    const card = firstElement(match[2] ?? '', 'loos-event-card');
    const scope = card?.inner ?? match[2] ?? '';
    const heading = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/i.exec(scope);
    const link = new RegExp(`<a${ATTRIBUTES_SOURCE}`, 'i').exec(heading?.[2] ?? '') ?? new RegExp(`<a${ATTRIBUTES_SOURCE}`, 'i').exec(scope);
    const href = link === null ? undefined : parseAttributes(link[1] ?? '').href;
    const id = itemAttributes.id;
    const fields: Record<string, string> = id === undefined || id === '' ? {} : { id };
    if (itemAttributes.lang !== undefined && itemAttributes.lang !== '') fields.lang = itemAttributes.lang;
    for (const name of ['location', 'category', 'description']) {
      const field = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\sdata-${name}\\b[^>]*>([\\s\\S]*?)</\\1>`, 'i').exec(scope);
      if (field !== null) fields[name] = markupText(field[2] ?? '');
    }
    return {
      attributes: card?.attributes ?? {},
      ...(heading === null ? {} : { heading: markupText(heading[2] ?? '') }),
      ...(href === undefined ? {} : { href }),
      times: [...scope.matchAll(new RegExp(`<time${ATTRIBUTES_SOURCE}`, 'gi'))].map((time) => parseAttributes(time[1] ?? '').datetime).filter((value): value is string => value !== undefined),
      fields,
    };
  });
}
