/**
 * « Ajouter à mon agenda » and « Exporter l'agenda »: iCalendar files handed to the person.
 * Browser-only, called from click handlers (never during render), so that server rendering
 * never reaches `document`.
 */
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

/** Hands a text file to the person as a download. */
export function downloadTextFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the object URL after the click handler has returned.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 30_000);
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
