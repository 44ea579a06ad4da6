/**
 * The data elements (`<loos-notice-feed>`, `<loos-event-list>`, `<loos-budget-chart>`) take their
 * data in three forms: a JavaScript property, a `<script>` child (what a CMS author can write),
 * and a `src` address. This table says, per element, what each form is called; the elements'
 * data-source controller and the server renderer both read it, so the two never disagree.
 */

export interface DataSourceForm {
  /** The JavaScript property holding the data. */
  readonly property: string;
  /** The types of `<script>` child the element reads, in order of preference. */
  readonly childTypes: readonly string[];
  /** The JSON document the element expects in its child, for a value of the property. */
  readonly document: (value: unknown) => unknown;
  /** What the data is, as fetch messages name it (« Le serveur du flux a répondu 500. »). */
  readonly what: string;
  /** The `Accept` header of a request to `src`. */
  readonly accept: string;
}

export const DATA_SOURCES = {
  // The feed format `{ "notices": [ … ] }`, as `src` returns it (src/lib/notices/json-feed.ts); CAP 1.2 and Atom from src.
  'loos-notice-feed': {
    property: 'notices',
    childTypes: ['application/json'],
    document: (notices: unknown) => ({ notices }),
    what: 'du flux',
    accept: 'application/json, application/cap+xml, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
  },
  // An array of events, our format or schema.org JSON-LD (src/lib/events/sources.ts).
  'loos-event-list': {
    property: 'events',
    childTypes: ['application/json', 'application/ld+json'],
    document: (events: unknown) => events,
    what: "de l'agenda",
    accept: 'application/json, application/ld+json;q=0.9, */*;q=0.1',
  },
  // `{ year, stage, section, flow, source, lines… }` (src/lib/budget/load.ts), or an SCDL CSV file.
  'loos-budget-chart': {
    property: 'data',
    childTypes: ['application/json', 'text/csv'],
    document: (budget: unknown) => budget,
    what: 'du budget',
    accept: 'application/json, text/csv;q=0.9, */*;q=0.1',
  },
  // The démarches and services elements have no `src`: their data is in the page (HTML or a JSON
  // child) or a property, which the server renderer writes as a child (src/lib/services/).
  // Opening hours `{ weekly, exceptions… }` or the directory's `plage_ouverture` (hours.ts).
  'loos-contact-card': {
    property: 'hours',
    childTypes: ['application/json'],
    document: (hours: unknown) => hours,
    what: 'des horaires',
    accept: 'application/json',
  },
  // `{ heading, allHref, tiles }` or the tiles alone (tiles.ts).
  'loos-service-tiles': {
    property: 'tiles',
    childTypes: ['application/json'],
    document: (tiles: unknown) => tiles,
    what: 'des tuiles',
    accept: 'application/json',
  },
  // The démarche as an object (procedure.ts).
  'loos-procedure': {
    property: 'procedure',
    childTypes: ['application/json'],
    document: (procedure: unknown) => procedure,
    what: 'de la démarche',
    accept: 'application/json',
  },
} as const satisfies Readonly<Record<string, DataSourceForm>>;

export type DataElement = keyof typeof DATA_SOURCES;

export function dataSourceOf(tag: string): DataSourceForm | undefined {
  return Object.hasOwn(DATA_SOURCES, tag) ? DATA_SOURCES[tag as DataElement] : undefined;
}
