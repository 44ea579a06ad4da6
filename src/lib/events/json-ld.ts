/**
 * schema.org `Event` JSON-LD from a validated event, for search engines and agenda platforms.
 * `<loos-event-card structured-data>` emits it into the light DOM; integrators can call
 * `eventToJsonLd` on the server as well.
 */
import { isoDay } from '../dates.js';
import { eventStrings } from '../strings/events.js';
import { toCityIso } from './format-event.js';
import { absoluteUrl } from './urls.js';
import type { AttendanceMode, CivicEvent, EventStatus } from './model.js';

const SCHEMA = 'https://schema.org/';

export const EVENT_STATUS_URL: Record<EventStatus, string> = {
  scheduled: `${SCHEMA}EventScheduled`,
  cancelled: `${SCHEMA}EventCancelled`,
  postponed: `${SCHEMA}EventPostponed`,
  rescheduled: `${SCHEMA}EventRescheduled`,
  'moved-online': `${SCHEMA}EventMovedOnline`,
  // schema.org has no « full » status: the event takes place, its offer is sold out.
  full: `${SCHEMA}EventScheduled`,
};

export const ATTENDANCE_MODE_URL: Record<AttendanceMode, string> = {
  'in-person': `${SCHEMA}OfflineEventAttendanceMode`,
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  mixed: `${SCHEMA}MixedEventAttendanceMode`,
};

export interface JsonLdOptions {
  /** Base for relative links and image addresses (the page address). */
  readonly baseUrl?: string;
  /** `addressLocality` when a place has no city (default « Loos »). */
  readonly defaultCity?: string;
}

export type JsonLdObject = Record<string, unknown>;

/** The attendance mode, read from the status when the event moved online. */
function attendanceOf(event: CivicEvent): AttendanceMode | undefined {
  if (event.attendance !== undefined) return event.attendance;
  if (event.status === 'moved-online') return 'online';
  return event.location === undefined ? undefined : 'in-person';
}

function placeOf(event: CivicEvent, options: JsonLdOptions): JsonLdObject | undefined {
  if (event.location === undefined) return undefined;
  const { name, address, city } = event.location;
  const place: JsonLdObject = {
    '@type': 'Place',
    name,
    address: {
      '@type': 'PostalAddress',
      ...(address === undefined ? {} : { streetAddress: address }),
      addressLocality: city ?? options.defaultCity ?? 'Loos',
      addressCountry: 'FR',
    },
  };
  if (event.accessibility.includes('wheelchair')) {
    place.amenityFeature = {
      '@type': 'LocationFeatureSpecification',
      name: eventStrings.fr.accessibility.wheelchair,
      value: true,
    };
  }
  return place;
}

function offersOf(event: CivicEvent, options: JsonLdOptions): JsonLdObject | undefined {
  if (event.price === undefined && event.registrationUrl === undefined && event.status !== 'full') return undefined;
  const offer: JsonLdObject = { '@type': 'Offer', priceCurrency: 'EUR' };
  if (typeof event.price === 'number') offer.price = event.price;
  else if (typeof event.price === 'string') offer.description = event.price;
  const url = absoluteUrl(event.registrationUrl ?? event.href, options.baseUrl);
  if (url !== undefined) offer.url = url;
  offer.availability = event.status === 'full' ? `${SCHEMA}SoldOut` : `${SCHEMA}InStock`;
  return offer;
}

function dateOf(date: Date, allDay: boolean): string {
  return allDay ? isoDay(date) : toCityIso(date);
}

/** Builds the schema.org `Event` object (with `@context`) for one event. */
export function eventToJsonLd(event: CivicEvent, options: JsonLdOptions = {}): JsonLdObject {
  const attendance = attendanceOf(event);
  const place = attendance === 'online' ? undefined : placeOf(event, options);
  const onlineUrl = absoluteUrl(event.onlineUrl, options.baseUrl);
  const virtual = attendance === 'online' || attendance === 'mixed'
    ? { '@type': 'VirtualLocation', ...(onlineUrl === undefined ? {} : { url: onlineUrl }) }
    : undefined;
  const locations = [place, virtual].filter((item) => item !== undefined);
  const url = absoluteUrl(event.href, options.baseUrl);
  const image = event.image === undefined ? undefined : absoluteUrl(event.image.src, options.baseUrl);
  const offers = offersOf(event, options);

  const jsonLd: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url === undefined ? `#evenement-${event.id}` : `${url.split('#')[0] ?? url}#evenement-${event.id}`,
    name: event.title,
    startDate: dateOf(event.start, event.allDay),
    ...(event.end === undefined ? {} : { endDate: dateOf(event.end, event.allDay) }),
    eventStatus: EVENT_STATUS_URL[event.status ?? 'scheduled'],
    ...(attendance === undefined ? {} : { eventAttendanceMode: ATTENDANCE_MODE_URL[attendance] }),
    ...(locations.length === 0 ? {} : { location: locations.length === 1 ? locations[0] : locations }),
    ...(event.description === undefined ? {} : { description: event.description }),
    ...(image === undefined ? {} : { image }),
    ...(url === undefined ? {} : { url }),
    ...(offers === undefined ? {} : { offers }),
    ...(event.price === undefined ? {} : { isAccessibleForFree: event.price === 0 }),
    ...(event.organizer === undefined ? {} : { organizer: { '@type': 'Organization', name: event.organizer } }),
    ...(event.category === undefined ? {} : { keywords: event.category }),
    inLanguage: event.lang ?? 'fr-FR',
  };
  return jsonLd;
}

// The writer every element shares, loaded with the event builder (one chunk on demand, not two).
export { jsonLdScriptText, writeJsonLdScript } from '../json-ld-script.js';
