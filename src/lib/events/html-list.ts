/**
 * An agenda written in the page as a plain list, which reads without JavaScript and which
 * `<loos-event-list>` then enhances (filters, months, paging, export):
 *
 * ```html
 * <loos-event-list>
 *   <ul>
 *     <li><loos-event-card start="2026-12-15T18:00" location-name="Hôtel de ville" href="…">
 *       <h3>Conseil municipal</h3> …</loos-event-card></li>
 *     <li><h3><a href="…">Vœux du maire</a></h3>
 *       <time datetime="2027-01-09T11:00">samedi 9 janvier, 11 h</time> · <span data-location>Salle Pierre de Coubertin</span></li>
 *   </ul>
 * </loos-event-list>
 * ```
 *
 * Each item gives the same input as the JSON form, so that one validation speaks for both.
 * Pure: the DOM is read into `ListItemData` by `listItems` (lib/data-sources.ts).
 */
import { problem, type InputProblem } from '../invalid.js';
import { inputFromAttributes, withoutUndefined, type EventCardAttributes } from './card-input.js';
import { slugify } from './text.js';

/** What one `<li>` says: the attributes of its `<loos-event-card>`, or its plain markup. */
export interface ListItemData {
  /** Attributes of the `<loos-event-card>` in the item, as written (`event-title`, `start`…); empty for plain markup. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Text of the first heading of the item. */
  readonly heading?: string;
  /** Address of the heading's link (or the item's first link). */
  readonly href?: string;
  /** `datetime` of the item's `<time>` elements, in order: start, then end. */
  readonly times: readonly string[];
  /** Texts of the item's `data-location`, `data-category`, `data-description` elements, its `id` and its `lang`. */
  readonly fields: Readonly<Record<string, string>>;
}

const BOOLEAN_ATTRIBUTES = new Set(['all-day']);

/** `location-name` → `locationName`. */
function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** The events of the list in the agenda's JSON form, and what could not be read at all. */
export function eventsFromListItems(items: readonly ListItemData[]): { readonly events: Record<string, unknown>[]; readonly problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const events: Record<string, unknown>[] = [];
  if (items.length === 0) problems.push(problem('events', 'La liste de l’agenda ne contient aucun élément <li>.'));
  for (const item of items) {
    const attributes: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(item.attributes)) attributes[camel(name)] = BOOLEAN_ATTRIBUTES.has(name) ? true : value;
    const plain: EventCardAttributes = {
      // An editor writing a list in HTML gives no identifier: one is made from the title and the
      // date, as stable as the JSON reader's, without a report the author could do nothing about.
      eventId: item.fields.id ?? `${slugify(item.heading ?? 'evenement')}-${slugify(item.times[0] ?? 'sans-date')}`,
      ...(item.href === undefined ? {} : { href: item.href }),
      ...(item.times[0] === undefined ? {} : { start: item.times[0] }),
      ...(item.times[1] === undefined ? {} : { end: item.times[1] }),
      ...(item.fields.location === undefined ? {} : { locationName: item.fields.location }),
      ...(item.fields.category === undefined ? {} : { category: item.fields.category }),
      ...(item.fields.description === undefined ? {} : { description: item.fields.description }),
    };
    // The card's attributes win over what its content says; its content fills the gaps.
    // An item written in another language says so with `lang` (on the `<li>` or its card).
    const lang = item.attributes.lang ?? item.fields.lang;
    events.push(withoutUndefined({ ...inputFromAttributes({ ...plain, ...(attributes as EventCardAttributes) }, item.heading), lang }));
  }
  return { events, problems };
}
