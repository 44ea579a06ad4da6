/**
 * « Ajouter à mon agenda » and « Exporter l'agenda »: iCalendar files handed to the person.
 * Browser-only, called from click handlers (never during render), so that server rendering
 * never reaches `document`.
 */
import { downloadTextFile } from '../../lib/download.js';
import type { IcsOptions } from '../../lib/events/ics.js';
import type { CivicEvent } from '../../lib/events/model.js';
import { slugify } from '../../lib/events/text.js';

/**
 * The iCalendar writer, loaded on first use: most visitors never download an event, so it is
 * not part of the elements' first download (bundlers make it a chunk of its own).
 */
export function loadIcs(): Promise<typeof import('../../lib/events/ics.js')> {
  return import('../../lib/events/ics.js');
}

/** Downloads `events` as one iCalendar file. */
export async function downloadIcs(fileName: string, events: readonly CivicEvent[], options: IcsOptions): Promise<void> {
  const { eventsToIcs, ICS_MIME_TYPE } = await loadIcs();
  downloadTextFile(fileName, eventsToIcs(events, options), ICS_MIME_TYPE);
}

/** « evenement-concert-de-noel.ics »: the file of one event, named after it. */
export function eventFileName(event: CivicEvent): string {
  return `evenement-${slugify(event.title)}.ics`;
}
