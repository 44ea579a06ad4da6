/**
 * What « Ajouter à mon agenda » and « Exporter l'agenda » do on a click: start the download of an
 * iCalendar file. The writer (./download.ts) is loaded on the first click only; this small
 * module is what the elements hold from the start.
 */
import type { CivicEvent } from '../../lib/events/model.js';
import type { Locale } from '../../lib/i18n.js';

/** The agenda's name in calendar applications (« Exporter l'agenda », the list's `toIcs()`). */
export const CALENDAR_NAME = 'Agenda de la Ville de Loos';

/** Downloads `events` as `fileName`; `calendarName` names a whole agenda in calendar applications. */
export function startCalendarDownload(fileName: string, events: readonly CivicEvent[], locale: Locale, calendarName?: string): void {
  void import('./download.js').then(
    ({ downloadIcs }) => {
      downloadIcs(fileName, events, locale, calendarName);
    },
    // Offline, the module cannot come: say so to whoever looks, rather than fail in silence.
    (error: unknown) => {
      console.warn('loos-event-card : le fichier d’agenda n’a pas pu être préparé (module non chargé, connexion perdue ?).', error);
    },
  );
}
