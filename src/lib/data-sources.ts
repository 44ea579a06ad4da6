/**
 * The data elements take their data in up to three forms: a JavaScript property, a `<script>`
 * child (what a CMS author can write), and, for the feed, the agenda and the budget chart, a `src`
 * address. This table says, per element, what each form is called; the elements (through
 * `childScript` and the data-source controller) and the server renderer all read it, so they never
 * disagree.
 */

import { ACT_SOURCE } from './publications/act-source.js';

export interface DataSourceForm {
  /** The JavaScript property holding the data. */
  readonly property: string;
  /** The types of `<script>` child the element reads, in order of preference. */
  readonly childTypes: readonly string[];
  /** The JSON document the element expects in its child, for a value of the property (the value itself when absent). */
  readonly document?: (value: unknown) => unknown;
  /** For an element that also reads `src`: what the data is, as fetch messages name it, and the `Accept` header. */
  readonly fetch?: { readonly what: string; readonly accept: string };
  /**
   * The plain HTML child the element also reads its data from (`table`, `ul`): what a resident
   * without JavaScript reads, the element being the enhancement. A `<script>` child comes first.
   */
  readonly childMarkup?: 'table' | 'ul';
}

/**
 * An element whose data is only in the page (HTML, a JSON child or the property). Calls are marked
 * pure so that an element importing only `childScript` does not carry this table.
 */
const inPage = (property: string) => ({ property, childTypes: ['application/json'] }) as const;

export const DATA_SOURCES = {
  // The feed format `{ "notices": [ … ] }`, as `src` returns it (src/lib/notices/json-feed.ts); CAP 1.2, Atom and RSS from src.
  'loos-notice-feed': {
    property: 'notices',
    childTypes: ['application/json'],
    document: (notices: unknown) => ({ notices }),
    fetch: { what: 'du flux', accept: 'application/json, application/cap+xml, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1' },
  },
  // An array of events, our format or schema.org JSON-LD (src/lib/events/sources.ts).
  'loos-event-list': {
    property: 'events',
    childTypes: ['application/json', 'application/ld+json'],
    fetch: { what: "de l'agenda", accept: 'application/json, application/ld+json;q=0.9, */*;q=0.1' },
    // A list of event cards (or plain event markup) written in the page (src/lib/events/html-list.ts).
    childMarkup: 'ul',
  },
  // `{ year, stage, section, flow, source, lines… }` (src/lib/budget/load.ts), or an SCDL CSV file.
  'loos-budget-chart': {
    property: 'data',
    childTypes: ['application/json', 'text/csv'],
    fetch: { what: 'du budget', accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
    // A table pasted from a spreadsheet: label, amount, previous year (src/lib/budget/html-table.ts).
    childMarkup: 'table',
  },
  // Opening hours `{ weekly, exceptions… }` or the directory's `plage_ouverture` (src/lib/services/hours.ts).
  'loos-contact-card': /* @__PURE__ */ inPage('hours'),
  // `{ heading, allHref, tiles }` or the tiles alone (src/lib/services/tiles.ts).
  'loos-service-tiles': /* @__PURE__ */ inPage('tiles'),
  // The démarche as an object (src/lib/services/procedure.ts).
  'loos-procedure': /* @__PURE__ */ inPage('procedure'),
} as const satisfies Readonly<Record<string, DataSourceForm>>;

export type DataElement = keyof typeof DATA_SOURCES;
/** The elements that also fetch `src`. */
export type FetchingElement = { [Tag in DataElement]: (typeof DATA_SOURCES)[Tag] extends { fetch: object } ? Tag : never }[DataElement];

/** The form of an element that fetches `src`, as the data-source controller takes it. */
export type FetchingForm = DataSourceForm & { readonly fetch: { readonly what: string; readonly accept: string } };

/**
 * Each element's form, the publications' included: those live in their own module so that the civic
 * library (dist/cdn/loos-ui.js), which carries this table, does not carry them too.
 */
export function dataSourceOf(tag: string): DataSourceForm | undefined {
  if (tag === 'loos-act-list') return ACT_SOURCE;
  return Object.hasOwn(DATA_SOURCES, tag) ? DATA_SOURCES[tag as DataElement] : undefined;
}

/**
 * The element's `<script>` data child of one of `types` (its first), narrowed by `filter`
 * (`:not([data-previous])`). `undefined` where there is none, and on the server, whose DOM shim
 * has no `querySelector` (the data then comes from the property).
 */
export function childScript(host: Element, types: readonly string[], filter = ''): { type: string; text: string } | undefined {
  if (!('querySelector' in host)) return undefined;
  const script = host.querySelector(types.map((type) => `:scope > script[type="${type}"]${filter}`).join(', '));
  return script === null ? undefined : { type: script.getAttribute('type') ?? '', text: script.textContent };
}

/** The element's plain HTML data child (`:scope > table`, `:scope > ul`), if any. Browser only, like `childScript`. */
export function childMarkup(host: Element, selector: 'table' | 'ul' | undefined): Element | undefined {
  if (selector === undefined || !('querySelector' in host)) return undefined;
  return host.querySelector(`:scope > ${selector}`) ?? undefined;
}

/** The text of a cell or item, its spaces folded, as a person reads it. */
export function plainText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

