/**
 * « Ajouter à mon agenda », « Exporter l'agenda » and `toIcs()`: the iCalendar files of
 * `<loos-event-card>` and `<loos-event-list>`. The elements load this module with `import()` on
 * first use: most visitors never download an event, so neither this code nor the iCalendar
 * writer is part of the elements' first download (bundlers make them a chunk of their own).
 * Downloads are browser-only, started from click handlers (never during render), so that
 * server rendering never reaches `document`.
 */
import { downloadTextFile } from '../../lib/download.js';
import { eventsToIcs, ICS_MIME_TYPE, type IcsOptions } from '../../lib/events/ics.js';
import type { CivicEvent } from '../../lib/events/model.js';
import type { Locale } from '../../lib/i18n.js';

/** Links are made absolute against the page: calendar applications cannot resolve `/agenda/concert`. */
function icsOptions(locale: Locale, calendarName?: string): IcsOptions {
  return {
    locale,
    ...(calendarName === undefined ? {} : { calendarName }),
    ...(typeof document === 'undefined' ? {} : { baseUrl: document.baseURI }),
  };
}

/** `events` as one iCalendar file (text). */
export function calendarFile(events: readonly CivicEvent[], locale: Locale, calendarName?: string): string {
  return eventsToIcs(events, icsOptions(locale, calendarName));
}

/** Downloads `events` as one iCalendar file. */
export function downloadIcs(fileName: string, events: readonly CivicEvent[], locale: Locale, calendarName?: string): void {
  downloadTextFile(fileName, calendarFile(events, locale, calendarName), ICS_MIME_TYPE);
}
