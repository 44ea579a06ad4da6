/**
 * The attribute form of an event (`<loos-event-card event-title="…" start="…">`) turned into
 * the same input shape as the JSON form, plus the heading level check. Kept out of the element
 * so that the element never reads raw input itself.
 */

/** Attribute values as Lit hands them over: strings, `undefined` when absent. */
export interface EventCardAttributes {
  readonly eventId?: string;
  readonly eventTitle?: string;
  readonly start?: string;
  readonly end?: string;
  readonly allDay?: boolean;
  readonly locationName?: string;
  readonly locationAddress?: string;
  readonly locationCity?: string;
  readonly category?: string;
  readonly description?: string;
  readonly imageSrc?: string;
  readonly imageAlt?: string;
  readonly href?: string;
  readonly price?: string;
  readonly registrationUrl?: string;
  readonly status?: string;
  readonly attendance?: string;
  readonly onlineUrl?: string;
  /** Space- or comma-separated: `wheelchair hearing-loop`. */
  readonly accessibility?: string;
  readonly organizer?: string;
}

/** Drops absent fields, so that validation only speaks about what the author wrote. */
export function withoutUndefined(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/**
 * `attributes` may be the element itself (its properties have these names): each field is read
 * one by one, which works with Lit's prototype accessors. `fallbackTitle` is used without
 * `eventTitle` (the text of a heading that the CMS wrote in the light DOM).
 */
export function inputFromAttributes(attributes: EventCardAttributes, fallbackTitle?: string): Record<string, unknown> {
  const a = attributes;
  const input: Record<string, unknown> = {
    id: a.eventId,
    title: a.eventTitle ?? fallbackTitle,
    start: a.start,
    end: a.end,
    allDay: a.allDay === true ? true : undefined,
    location:
      a.locationName === undefined && a.locationAddress === undefined && a.locationCity === undefined
        ? undefined
        : { name: a.locationName, address: a.locationAddress, city: a.locationCity },
    category: a.category,
    description: a.description,
    image: a.imageSrc === undefined ? undefined : { src: a.imageSrc, alt: a.imageAlt },
    href: a.href,
    price: a.price,
    registrationUrl: a.registrationUrl,
    status: a.status,
    attendance: a.attendance,
    onlineUrl: a.onlineUrl,
    accessibility: a.accessibility,
    organizer: a.organizer,
  };
  return withoutUndefined(input);
}

export { readHeadingLevel, type HeadingLevel } from '../heading-level.js';
