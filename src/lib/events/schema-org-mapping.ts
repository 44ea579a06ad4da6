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
import type { AttendanceMode, EventStatus } from './model.js';

const EVENT_TYPES = new Set([
  'Event', 'BusinessEvent', 'ChildrensEvent', 'ComedyEvent', 'CourseInstance', 'DanceEvent', 'DeliveryEvent',
  'EducationEvent', 'EventSeries', 'ExhibitionEvent', 'Festival', 'FoodEvent', 'Hackathon', 'LiteraryEvent',
  'MusicEvent', 'PublicationEvent', 'SaleEvent', 'ScreeningEvent', 'SocialEvent', 'SportsEvent', 'TheaterEvent',
  'VisualArtsEvent', 'OnDemandEvent', 'BroadcastEvent',
]);

const STATUS_BY_NAME: Record<string, EventStatus> = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventMovedOnline: 'moved-online',
};

const ATTENDANCE_BY_NAME: Record<string, AttendanceMode> = {
  OfflineEventAttendanceMode: 'in-person',
  OnlineEventAttendanceMode: 'online',
  MixedEventAttendanceMode: 'mixed',
};

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** `https://schema.org/MusicEvent`, `schema:MusicEvent`, `MusicEvent` → `MusicEvent`. */
function shortName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /([A-Za-z]+)\s*$/.exec(value);
  return match?.[1];
}

function typesOf(node: Node): string[] {
  return asArray(node['@type'])
    .map(shortName)
    .filter((name) => name !== undefined);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  // Language maps / value objects: { "@value": "…", "@language": "fr" }, or an array of them.
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = text(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (isNode(value)) return text(value['@value']);
  return undefined;
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

function addressParts(value: unknown): { address?: string; city?: string } {
  if (typeof value === 'string') return { address: value };
  if (!isNode(value)) return {};
  const street = text(value.streetAddress);
  const postalCode = text(value.postalCode);
  const locality = text(value.addressLocality);
  const city = [postalCode, locality].filter((part) => part !== undefined && part !== '').join(' ');
  return { ...(street === undefined ? {} : { address: street }), ...(city === '' ? {} : { city }) };
}

interface LocationMapping {
  location?: Node | string;
  onlineUrl?: unknown;
  inPerson: boolean;
  online: boolean;
}

function mapLocation(value: unknown): LocationMapping {
  const mapping: LocationMapping = { inPerson: false, online: false };
  for (const item of asArray(value)) {
    if (typeof item === 'string') {
      mapping.location ??= item;
      mapping.inPerson = true;
    } else if (isNode(item)) {
      const types = typesOf(item);
      if (types.includes('VirtualLocation')) {
        mapping.onlineUrl ??= item.url;
        mapping.online = true;
      } else {
        const name = text(item.name) ?? addressParts(item.address).address;
        mapping.location ??= { name, ...addressParts(item.address) };
        mapping.inPerson = true;
      }
    }
  }
  return mapping;
}

function offerPrice(offer: Node): number | string | undefined {
  const raw = offer.price ?? (isNode(offer.priceSpecification) ? offer.priceSpecification.price : undefined);
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string' && /^\s*\d+(?:[.,]\d+)?\s*$/.test(raw)) return Number(raw.replace(',', '.'));
  return typeof raw === 'string' ? raw : undefined;
}

function mapOffers(node: Node): { price?: number | string; registrationUrl?: unknown; full: boolean } {
  const offers = asArray(node.offers).filter(isNode);
  const prices = [...new Set(offers.map(offerPrice).filter((price) => price !== undefined))];
  const full = offers.some((offer) => shortName(offer.availability) === 'SoldOut');
  const registrationUrl = offers.find((offer) => typeof offer.url === 'string')?.url;
  let price: number | string | undefined;
  if (prices.length === 1) price = prices[0];
  else if (prices.length > 1) {
    price = prices.map((value) => (typeof value === 'number' ? `${String(value).replace('.', ',')} €` : value)).join(' / ');
  } else if (node.isAccessibleForFree === true || node.isAccessibleForFree === 'true') price = 0;
  return { ...(price === undefined ? {} : { price }), ...(registrationUrl === undefined ? {} : { registrationUrl }), full };
}

function mapImage(value: unknown): { src: unknown; alt: string } | undefined {
  const first = asArray(value)[0];
  if (typeof first === 'string') return { src: first, alt: '' };
  if (isNode(first)) {
    const alt = text(first.caption) ?? text(first.name) ?? '';
    return { src: first.url ?? first.contentUrl, alt };
  }
  return undefined;
}

function mapName(value: unknown): string | undefined {
  const first = asArray(value)[0];
  if (isNode(first)) return text(first.name);
  return text(first);
}

/** One schema.org Event node → a civic event input (not yet validated). */
export function schemaOrgEventToInput(node: Node, index: number): Record<string, unknown> {
  const place = mapLocation(node.location);
  const offers = mapOffers(node);
  let status = STATUS_BY_NAME[shortName(node.eventStatus) ?? ''];
  if (offers.full && (status === undefined || status === 'scheduled')) status = 'full';
  const attendance =
    ATTENDANCE_BY_NAME[shortName(node.eventAttendanceMode) ?? ''] ??
    (place.inPerson && place.online ? 'mixed' : place.online ? 'online' : undefined);
  const description = text(node.description);
  const input: Record<string, unknown> = {
    id: text(node['@id']) ?? text(node.identifier) ?? text(node.url) ?? `schema-org-${index + 1}`,
    title: text(node.name),
    start: text(node.startDate),
    end: text(node.endDate),
    location: place.location,
    onlineUrl: place.onlineUrl,
    description: description === undefined ? undefined : htmlToText(description),
    image: mapImage(node.image),
    href: text(node.url),
    price: offers.price,
    registrationUrl: offers.registrationUrl,
    status,
    attendance,
    organizer: mapName(node.organizer),
    category: typeof node.keywords === 'string' ? node.keywords.split(',')[0]?.trim() : undefined,
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
