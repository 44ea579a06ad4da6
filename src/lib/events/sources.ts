/**
 * Agenda data as it arrives from a `src` URL or a `<script type="application/json">` child:
 * JSON text, either our format (an array, or `{ "events": [...] }`) or schema.org JSON-LD,
 * recognised by its `@context` / `@type` / `@graph`. Synchronous: this module holds the
 * schema.org mapping (`<loos-event-list>` uses ./agenda-data.ts, which loads it on first need).
 */
import { parseAgendaJson, readAgendaJson } from './agenda-data.js';
import type { EventsValidation } from './model.js';
import * as schemaOrg from './schema-org-mapping.js';

/** Reads parsed agenda data in either format. Never throws. */
export function eventsFromData(data: unknown, path = 'events', language = 'fr'): EventsValidation {
  return readAgendaJson({ data }, path, schemaOrg, language);
}

/** Reads agenda JSON text in either format; invalid JSON is reported, not thrown. */
export function eventsFromJsonText(text: string, path = 'events', language = 'fr'): EventsValidation {
  return readAgendaJson(parseAgendaJson(text, path), path, schemaOrg, language);
}
