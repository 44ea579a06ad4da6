/**
 * Reading schema.org values as sites really write them: texts tagged with a language, statuses
 * as `{ "@id" }` objects or URLs, prices in other currencies, accessibility in amenities,
 * misspelt keys. Part of the schema.org reader: like ./schema-org-mapping.ts it imports at run time
 * only what the element has already loaded (the number formats), so that both stay in the chunk
 * `<loos-event-list>` loads on first need.
 */
import { formatMoney, formatNumber } from '../format.js';
import type { AccessibilityFeature, AttendanceMode, EventStatus } from './model.js';

export type Node = Record<string, unknown>;

/** Something the reader wants an author to know; `field` is relative to the JSON-LD path. */
export interface MappingNote {
  readonly field: string;
  readonly message: string;
  readonly value?: unknown;
}

/** What every reader needs: the page's language (primary subtag) and where to put notes. */
export interface MappingContext {
  readonly language: string;
  /** The `@language` of the document's `@context`: the language of its untagged texts. */
  readonly dataLanguage?: string;
  readonly notes: MappingNote[];
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** `https://schema.org/MusicEvent`, `http://schema.org/X/`, `schema:MusicEvent`, `MusicEvent` → the last name. */
export function shortName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /([A-Za-z]+)[\s/]*$/.exec(value)?.[1];
}

const primary = (tag: unknown) => (typeof tag === 'string' ? tag.toLowerCase().split('-')[0] : undefined);
const LANGUAGE_KEY = /^(?:[a-z]{2,3}(?:-[a-z0-9]+)*|@none)$/i;

/** Every text a value holds, with its language when tagged: strings, value objects, language maps. */
function taggedTexts(value: unknown, found: { text: string; language?: string }[]): void {
  if (typeof value === 'string') found.push({ text: value });
  else if (typeof value === 'number') found.push({ text: String(value) });
  else if (Array.isArray(value)) for (const item of value) taggedTexts(item, found);
  else if (isNode(value)) {
    if ('@value' in value) {
      const text = value['@value'];
      if (typeof text === 'string' || typeof text === 'number') {
        found.push({ text: String(text), ...(typeof value['@language'] === 'string' ? { language: value['@language'] } : {}) });
      }
      return;
    }
    // A language map ({ "fr": "…", "en": "…" }, from a context with "@container": "@language").
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([key, text]) => LANGUAGE_KEY.test(key) && typeof text === 'string')) {
      for (const [language, text] of entries) found.push({ text: text as string, ...(language === '@none' ? {} : { language }) });
    }
  }
}

/** The text of a value in the page's language, else in French, else the first one, with the language it is tagged with. */
export function pickTagged(value: unknown, language: string): { text: string; language?: string } | undefined {
  const found: { text: string; language?: string }[] = [];
  taggedTexts(value, found);
  return found.find((item) => primary(item.language) === language) ?? found.find((item) => primary(item.language) === 'fr') ?? found[0];
}

/** The text of a value in the page's language, else in French, else the first one. */
export function pickText(value: unknown, language: string): string | undefined {
  return pickTagged(value, language)?.text;
}

/**
 * What an event says of its language: `inLanguage` as a tag (`"en"`) or a `Language` node (its
 * `alternateName`, as schema.org's examples write it), else the `@language` of its `@context`.
 */
export function statedLanguage(node: Node, documentLanguage: string | undefined): string | undefined {
  const first = asArray(node.inLanguage)[0];
  const stated = isNode(first) ? (first.alternateName ?? first['@value']) : first;
  return typeof stated === 'string' && stated.trim() !== '' ? stated.trim() : (contextLanguage(node) ?? documentLanguage);
}

/** The default `@language` a JSON-LD `@context` sets (`{ "@context": ["https://schema.org", { "@language": "en" }] }`). */
export function contextLanguage(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  const found = asArray(node['@context']).find((item) => isNode(item) && typeof item['@language'] === 'string');
  return isNode(found) ? (found['@language'] as string) : undefined;
}

const STATUS_BY_NAME: Record<string, EventStatus> = {
  eventscheduled: 'scheduled',
  eventcancelled: 'cancelled',
  eventcanceled: 'cancelled',
  eventpostponed: 'postponed',
  eventrescheduled: 'rescheduled',
  eventmovedonline: 'moved-online',
};

const ATTENDANCE_BY_NAME: Record<string, AttendanceMode> = {
  offlineeventattendancemode: 'in-person',
  onlineeventattendancemode: 'online',
  mixedeventattendancemode: 'mixed',
};

/** The written form of an enumeration: a string, or the `@id` (or `@value`, `name`) of an object. */
function enumText(value: unknown): unknown {
  const first = asArray(value)[0];
  return isNode(first) ? (first['@id'] ?? first['@value'] ?? first.name) : first;
}

function lookUp<T>(table: Record<string, T>, value: unknown, prefix: string, suffix: string): T | undefined {
  const name = shortName(enumText(value))?.toLowerCase();
  return name === undefined ? undefined : (table[name] ?? table[`${prefix}${name}${suffix}`]);
}

/** `eventStatus` in any of its published forms; an unknown one is reported and left out. */
export function readStatus(value: unknown, field: string, context: MappingContext): EventStatus | undefined {
  if (value === undefined || value === null) return undefined;
  const known = lookUp(STATUS_BY_NAME, value, 'event', '');
  if (known !== undefined) return known;
  const written = enumText(value);
  // A cancelled event shown as taking place sends people to a closed door: a cancellation is
  // read as one however it is written, and the author is told to use the schema.org name.
  if (typeof written === 'string' && /cancel|annul/i.test(written)) {
    context.notes.push({ field, message: 'Statut hors vocabulaire schema.org, lu comme annulé : écrivez EventCancelled.', value: written });
    return 'cancelled';
  }
  context.notes.push({
    field,
    message: 'Statut schema.org inconnu (EventCancelled, EventPostponed… attendu) : ignoré.',
    value: written,
  });
  return undefined;
}

/** `eventAttendanceMode` in any of its published forms; an unknown one is reported and left out. */
export function readAttendance(value: unknown, field: string, context: MappingContext): AttendanceMode | undefined {
  if (value === undefined || value === null) return undefined;
  const known = lookUp(ATTENDANCE_BY_NAME, value, '', 'eventattendancemode');
  if (known === undefined) {
    context.notes.push({
      field,
      message: 'Mode de participation schema.org inconnu (OfflineEventAttendanceMode… attendu) : ignoré.',
      value: enumText(value),
    });
  }
  return known;
}

/** A price as read from one offer: an amount, and its ISO 4217 currency when the amount is a number. */
export interface OfferPrice {
  readonly amount: number | string;
  readonly currency?: string;
}

const NUMERIC = /^\s*\d+(?:[.,]\d+)?\s*$/;
const EURO_WORDS = /^(?:€|euros?)$/i;

/** The price of an offer (`price`, else its `priceSpecification`), with its currency. */
export function readOfferPrice(offer: Node, field: string, context: MappingContext): OfferPrice | undefined {
  const specification = asArray(offer.priceSpecification).find(isNode);
  const raw = offer.price ?? specification?.price;
  let amount: number | undefined;
  if (typeof raw === 'number' && Number.isFinite(raw)) amount = raw;
  else if (typeof raw === 'string' && NUMERIC.test(raw)) amount = Number(raw.replace(',', '.'));
  // A price written as text (« 8,50 € », « Libre participation ») is shown exactly as written.
  else if (typeof raw === 'string' && raw.trim() !== '') return { amount: raw.trim() };
  if (amount === undefined) return undefined;
  const written = pickText(offer.priceCurrency ?? specification?.priceCurrency, context.language)?.trim();
  // schema.org has no default currency; the agenda of a French city means euros.
  if (written === undefined || EURO_WORDS.test(written)) return { amount, currency: 'EUR' };
  if (/^[A-Za-z]{3}$/.test(written)) return { amount, currency: written.toUpperCase() };
  context.notes.push({
    field: `${field}.priceCurrency`,
    message: 'Devise illisible (code ISO 4217 attendu : EUR, CAD…) : tarif affiché tel qu’écrit.',
    value: written,
  });
  return { amount: `${formatNumber(amount, { maximumFractionDigits: 2 })} ${written}` };
}

/** « 12 € », « 18,50 $CA »: a price among several, in its own currency. */
export function priceText(price: OfferPrice): string {
  if (typeof price.amount === 'string') return price.amount;
  return formatMoney(price.amount, price.currency ?? 'EUR');
}

/** Words that name an accessibility feature, in French, in English and as schema.org values. */
const ACCESSIBILITY_WORDS: readonly (readonly [AccessibilityFeature, RegExp])[] = [
  ['wheelchair', /fauteuil|wheelchair|\bPMR\b|mobilit[ée] r[ée]duite|handicap(?:és?)? moteur|acc[èe]s handicap/i],
  ['sign-language', /\bLSF\b|\bLSQ\b|langue des signes|sign ?language/i],
  ['hearing-loop', /boucle (?:magn|à induction|d'induction)|hearing ?loop|induction ?loop/i],
  ['audio-description', /audio-?description/i],
  ['easy-read', /\bFALC\b|facile à lire|easy-?read/i],
];

function accessibilityOf(text: string | undefined): AccessibilityFeature | undefined {
  return text === undefined ? undefined : ACCESSIBILITY_WORDS.find(([, words]) => words.test(text))?.[0];
}

/**
 * Accessibility from the event's and its place's `amenityFeature` (a `LocationFeatureSpecification`
 * whose `value` is not false) and from `accessibilityFeature`. Amenities that are not about
 * accessibility (a car park, Wi-Fi) are not accessibility information and are not read; an
 * `accessibilityFeature` the agenda cannot say is reported.
 */
export function readAccessibilityFeatures(nodes: readonly Node[], field: string, context: MappingContext): AccessibilityFeature[] {
  const features = new Set<AccessibilityFeature>();
  for (const node of nodes) {
    for (const amenity of asArray(node.amenityFeature)) {
      const available = !isNode(amenity) || !/^false$/i.test(String(amenity.value));
      const feature = accessibilityOf(pickText(isNode(amenity) ? amenity.name : amenity, context.language));
      if (available && feature !== undefined) features.add(feature);
    }
  }
  for (const value of asArray(nodes[0]?.accessibilityFeature)) {
    const text = pickText(value, context.language);
    const feature = accessibilityOf(text);
    if (feature === undefined) {
      context.notes.push({
        field: `${field}.accessibilityFeature`,
        message: 'Accessibilité non reprise : l’agenda dit fauteuil, LSF, boucle magnétique, audiodescription et FALC.',
        value: text ?? value,
      });
    } else features.add(feature);
  }
  return [...features];
}

/** The properties the reader uses, so that a misspelt one (`startdate`, `Name`) can be recognised. */
const READ_KEYS = [
  'name', 'description', 'startDate', 'endDate', 'location', 'eventStatus', 'eventAttendanceMode', 'offers', 'image', 'url',
  'organizer', 'keywords', 'subEvent', 'subEvents', 'identifier', 'isAccessibleForFree', 'amenityFeature', 'accessibilityFeature',
  'address', 'streetAddress', 'postalCode', 'addressLocality', 'addressRegion', 'price', 'priceCurrency', 'priceSpecification',
  'availability', 'caption', 'contentUrl', 'value',
];
const KEY_BY_LOWER_CASE = new Map(READ_KEYS.map((key) => [key.toLowerCase(), key]));
const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;

/**
 * A copy of JSON-LD data with schema.org keys in their one spelling: prefixed (`schema:name`)
 * and full-IRI keys are read as such; misspelt ones (`startdate`, `Name`, ` endDate`) are read
 * too and reported. `field` locates the data in problems (`jsonLd.@graph[2].startdate`).
 */
export function normaliseKeys(value: unknown, field: string, context: MappingContext, depth = 0): unknown {
  if (depth > 12) return value;
  if (Array.isArray(value)) return value.map((item, index) => normaliseKeys(item, `${field}[${index}]`, context, depth + 1));
  if (!isNode(value)) return value;
  const copy: Node = {};
  for (const [key, item] of Object.entries(value)) {
    const bare = key.trim().replace(SCHEMA_PREFIX, '');
    const spelt = bare.startsWith('@') ? bare : (KEY_BY_LOWER_CASE.get(bare.toLowerCase()) ?? bare);
    // Assigning `__proto__` would change the copy's prototype: such a key is no schema.org data.
    if (spelt === '__proto__') continue;
    const at = field === '' ? key : `${field}.${key}`;
    if (spelt !== key.replace(SCHEMA_PREFIX, '')) {
      context.notes.push({ field: at, message: `Clé mal écrite, lue comme « ${spelt} ».`, value: key });
    }
    // The correctly spelt key wins over a misspelt duplicate.
    if (!(spelt in copy) || spelt === key) copy[spelt] = normaliseKeys(item, at, context, depth + 1);
  }
  return copy;
}
