/**
 * Ingest of schema.org `Event` JSON-LD — what CMSs and agenda platforms publish — into the
 * civic event model. Mapping decisions (documented in docs/formats/events.md):
 * - `Event` and its subtypes (`MusicEvent`, `TheaterEvent`…), in a `@graph`, an array or alone;
 *   `@type` may be an array or a full URL. Other nodes are skipped silently (a page's JSON-LD
 *   also describes the organisation, the breadcrumb…).
 * - `location`: `Place` (name + `PostalAddress` or text address), `VirtualLocation` (its `url`
 *   becomes `onlineUrl`), plain text (the place's name), or an array of both (→ `mixed`).
 * - `offers` (object or array): the first offer's `price` (number or numeric text, `"0"` is free);
 *   several different prices become a text « 5 € / 3 € ». `isAccessibleForFree: true` means 0.
 * - `eventStatus` / `eventAttendanceMode`: the schema.org URLs (or their short names).
 * - `image`: schema.org has no text alternative. A `caption` or `name` of an `ImageObject` becomes
 *   `alt`; otherwise the image is treated as decorative (`alt: ""`): the card's heading already
 *   names the event next to it.
 * - `description` may contain HTML in the wild: tags are removed, the text kept.
 * The result then goes through `validateEvent` (see `readSchemaOrg` in ./agenda-data.ts), so
 * ingest problems are reported like any other.
 *
 * This module imports nothing at run time: `<loos-event-list>` loads it on first need, and
 * bundlers then make it a chunk of its own, without splitting the element's shared code.
 */
import {
  asArray, contextLanguage, isNode, normaliseKeys, pickTagged, pickText, priceText, statedLanguage, readAccessibilityFeatures, readAttendance, readOfferPrice, readStatus, shortName,
  type MappingContext, type MappingNote, type Node, type OfferPrice,
} from './schema-org-values.js';

export type { MappingNote } from './schema-org-values.js';

const EVENT_TYPES = new Set([
  'Event', 'BusinessEvent', 'ChildrensEvent', 'ComedyEvent', 'CourseInstance', 'DanceEvent', 'DeliveryEvent',
  'EducationEvent', 'EventSeries', 'ExhibitionEvent', 'Festival', 'FoodEvent', 'Hackathon', 'LiteraryEvent',
  'MusicEvent', 'PublicationEvent', 'SaleEvent', 'ScreeningEvent', 'SocialEvent', 'SportsEvent', 'TheaterEvent',
  'VisualArtsEvent', 'OnDemandEvent', 'BroadcastEvent',
]);

function typesOf(node: Node): string[] {
  return asArray(node['@type'])
    .map(shortName)
    .filter((name) => name !== undefined);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** A description as plain text: block tags become line breaks, other tags are removed. */
export function htmlToText(value: string): string {
  return value
    // Script and style contents are code, not words for residents.
    .replace(/<\s*(script|style)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+|#39);/gi, (entity: string, name: string) => {
      const lower = name.toLowerCase();
      if (lower in ENTITIES) return ENTITIES[lower] ?? entity;
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? Number(lower.slice(1)) : NaN;
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/\n{3,}/g, '\n\n');
}

/** « 59120 Loos » in France; « Montréal (QC) H3C 1A9 » where postal codes are not five digits. */
function addressParts(value: unknown, language: string): { address?: string; city?: string } {
  if (typeof value === 'string') return { address: value };
  if (!isNode(value)) return {};
  const [street, postalCode, locality, region] = [value.streetAddress, value.postalCode, value.addressLocality, value.addressRegion]
    .map((part) => pickText(part, language)?.trim())
    .map((part) => (part === '' ? undefined : part));
  const french = postalCode === undefined || /^\d{5}$/.test(postalCode);
  const parts = french ? [postalCode, locality] : [locality, region === undefined ? undefined : `(${region})`, postalCode];
  const city = parts.filter((part) => part !== undefined).join(' ');
  return { ...(street === undefined ? {} : { address: street }), ...(city === '' ? {} : { city }) };
}

interface LocationMapping {
  location?: Node | string;
  place?: Node;
  onlineUrl?: unknown;
  inPerson: boolean;
  online: boolean;
}

function mapLocation(value: unknown, language: string): LocationMapping {
  const mapping: LocationMapping = { inPerson: false, online: false };
  // A place named by language-tagged texts ({ "@value": "Salle des fêtes", "@language": "fr" }).
  const tagged = asArray(value).filter((item) => isNode(item) && '@value' in item);
  if (tagged.length > 0) {
    mapping.location = pickText(tagged, language);
    mapping.inPerson = true;
  }
  for (const item of asArray(value)) {
    if (isNode(item) && '@value' in item) continue;
    if (typeof item === 'string') {
      mapping.location ??= item;
      mapping.inPerson = true;
    } else if (isNode(item)) {
      if (typesOf(item).includes('VirtualLocation')) {
        mapping.onlineUrl ??= item.url;
        mapping.online = true;
      } else {
        const address = addressParts(item.address, language);
        mapping.location ??= { name: pickText(item.name, language) ?? address.address, ...address };
        mapping.place ??= item;
        mapping.inPerson = true;
      }
    }
  }
  return mapping;
}

function mapOffers(node: Node, field: string, context: MappingContext): { price?: number | string; registrationUrl?: unknown; full: boolean } {
  const offers = asArray(node.offers).filter(isNode);
  const prices = new Map<string, OfferPrice>();
  for (const offer of offers) {
    const price = readOfferPrice(offer, `${field}.offers`, context);
    if (price !== undefined) prices.set(`${String(price.amount)} ${price.currency ?? ''}`, price);
  }
  const full = offers.some((offer) => shortName(offer.availability) === 'SoldOut');
  const registrationUrl = offers.find((offer) => typeof offer.url === 'string')?.url;
  const [first, ...others] = [...prices.values()];
  let price: number | string | undefined;
  // The model counts in euros: a price in another currency becomes its text (« 15 $CA »), never euros.
  if (first !== undefined && others.length === 0) price = first.amount === 0 || first.currency === 'EUR' ? first.amount : priceText(first);
  else if (first !== undefined) price = [first, ...others].map(priceText).join(' / ');
  else if (node.isAccessibleForFree === true || node.isAccessibleForFree === 'true') price = 0;
  return { ...(price === undefined ? {} : { price }), ...(registrationUrl === undefined ? {} : { registrationUrl }), full };
}

function mapImage(value: unknown, language: string): { src: unknown; alt: string } | undefined {
  const first = asArray(value)[0];
  if (typeof first === 'string') return { src: first, alt: '' };
  if (isNode(first)) {
    const alt = pickText(first.caption, language) ?? pickText(first.name, language) ?? '';
    return { src: first.url ?? first.contentUrl, alt };
  }
  return undefined;
}

function mapName(value: unknown, language: string): string | undefined {
  const first = asArray(value)[0];
  return pickText(isNode(first) && !('@value' in first) ? first.name : first, language);
}

const DEFAULT_CONTEXT: MappingContext = { language: 'fr', notes: [] };

/**
 * One schema.org Event node (keys already normalised, see `normaliseKeys`) → a civic event input
 * (not yet validated). What the data holds but cannot be read goes into `context.notes`.
 */
export function schemaOrgEventToInput(node: Node, index: number, context: MappingContext = { ...DEFAULT_CONTEXT, notes: [] }): Record<string, unknown> {
  const { language } = context;
  const field = `[${index}]`;
  const place = mapLocation(node.location, language);
  const offers = mapOffers(node, field, context);
  let status = readStatus(node.eventStatus, `${field}.eventStatus`, context);
  if (offers.full && (status === undefined || status === 'scheduled')) status = 'full';
  const attendance =
    readAttendance(node.eventAttendanceMode, `${field}.eventAttendanceMode`, context) ??
    (place.inPerson && place.online ? 'mixed' : place.online ? 'online' : undefined);
  // The language of the texts shown: what a tagged value says, else `inLanguage`, else the `@context`'s.
  const stated = statedLanguage(node, context.dataLanguage);
  const title = pickTagged(node.name, language);
  const described = pickTagged(node.description, language);
  const description = described?.text;
  const lang = title?.language ?? stated;
  const descriptionLang = described?.language ?? stated;
  const keywords = pickText(node.keywords, language);
  const accessibility = readAccessibilityFeatures(place.place === undefined ? [node] : [node, place.place], field, context);
  const input: Record<string, unknown> = {
    id: pickText(node['@id'], language) ?? pickText(node.identifier, language) ?? pickText(node.url, language) ?? `schema-org-${index + 1}`,
    title: title?.text,
    lang,
    descriptionLang: descriptionLang === lang ? undefined : descriptionLang,
    start: pickText(node.startDate, language),
    end: pickText(node.endDate, language),
    location: place.location,
    onlineUrl: place.onlineUrl,
    description: description === undefined ? undefined : htmlToText(description),
    image: mapImage(node.image, language),
    href: pickText(node.url, language),
    price: offers.price,
    registrationUrl: offers.registrationUrl,
    status,
    attendance,
    organizer: mapName(node.organizer, language),
    category: keywords?.split(',')[0]?.trim(),
    accessibility: accessibility.length === 0 ? undefined : accessibility,
  };
  // Absent fields are left out, so that validation only speaks about what the data holds.
  // (Not `withoutUndefined` from ./card-input.ts: this module imports nothing, to stay a chunk of its own.)
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/** Every Event node found in JSON-LD data (object, array, `@graph`, nested arrays). */
export function findSchemaOrgEvents(data: unknown): Node[] {
  const found: Node[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 5) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isNode(value)) {
      if (typesOf(value).some((type) => EVENT_TYPES.has(type))) found.push(value);
      else if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
    }
  };
  visit(data, 0);
  return found;
}

/** Every node with an `@id` and something more, so that `{ "@id": "…" }` references can be followed within the data. */
function nodesById(data: unknown): Map<string, Node> {
  const byId = new Map<string, Node>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (isNode(value)) {
      if (typeof value['@id'] === 'string' && Object.keys(value).length > 1 && !byId.has(value['@id'])) byId.set(value['@id'], value);
      for (const item of Object.values(value)) visit(item, depth + 1);
    }
  };
  visit(data, 0);
  return byId;
}

/** What a sub-event takes from its series when it does not say it itself. */
const INHERITED = [
  'name', 'description', 'location', 'organizer', 'offers', 'image', 'url', 'eventStatus', 'eventAttendanceMode', 'keywords',
  'isAccessibleForFree', 'amenityFeature', 'accessibilityFeature', 'inLanguage',
];

function subEventsOf(node: Node): unknown[] {
  return asArray(node.subEvent ?? node.subEvents);
}

/**
 * Every event of JSON-LD data as civic event inputs, with what could not be read. An
 * `EventSeries` with `subEvent`s becomes its sub-events (each taking the series' fields it lacks);
 * another event with sub-events is kept along with them. Sub-events given by `@id` are looked up
 * in the same data (links are never followed); one that cannot be found is reported.
 */
export function schemaOrgToInputs(data: unknown, language = 'fr'): { inputs: Record<string, unknown>[]; notes: MappingNote[] } {
  const notes: MappingNote[] = [];
  const normalised = normaliseKeys(data, '', { language, notes });
  const documentLanguage = contextLanguage(normalised);
  const context: MappingContext = { language: language.toLowerCase().split('-')[0] ?? 'fr', ...(documentLanguage === undefined ? {} : { dataLanguage: documentLanguage }), notes };
  const byId = nodesById(normalised);
  const resolve = (reference: unknown): Node | undefined => {
    const id = typeof reference === 'string' ? reference : isNode(reference) && Object.keys(reference).length === 1 ? reference['@id'] : undefined;
    return typeof id === 'string' ? byId.get(id) : isNode(reference) ? reference : undefined;
  };
  const roots = findSchemaOrgEvents(normalised);
  const children = new Set(roots.flatMap(subEventsOf).map(resolve));
  const done = new Set<Node>();
  const inputs: Record<string, unknown>[] = [];

  const visit = (node: Node, depth: number): void => {
    if (done.has(node) || depth > 3) return;
    done.add(node);
    const subEvents = subEventsOf(node);
    if (subEvents.length === 0 || !typesOf(node).includes('EventSeries')) {
      inputs.push(schemaOrgEventToInput(node, inputs.length, context));
    }
    const seriesId = pickText(node['@id'], context.language) ?? pickText(node.identifier, context.language) ?? pickText(node.url, context.language) ?? `serie-${inputs.length + 1}`;
    subEvents.forEach((reference, position) => {
      const child = resolve(reference);
      if (child === undefined) {
        const name = pickText(node.name, context.language) ?? seriesId;
        context.notes.push({
          field: `subEvent[${position}]`,
          message: `Sous-événement de « ${name} » absent du JSON-LD (liens non suivis) : non affiché.`,
          value: reference,
        });
        return;
      }
      const defaults = Object.fromEntries(INHERITED.filter((key) => key in node).map((key) => [key, node[key]]));
      const ownId = child['@id'] ?? child.identifier ?? child.url;
      const start = pickText(child.startDate, context.language) ?? String(position + 1);
      const merged: Node = { ...defaults, ...child, ...(ownId === undefined ? { '@id': `${seriesId.split('#')[0] ?? seriesId}#${start}` } : {}) };
      done.add(child);
      visit(merged, depth + 1);
    });
  };
  for (const root of roots) if (!children.has(root)) visit(root, 0);
  return { inputs, notes: context.notes };
}
