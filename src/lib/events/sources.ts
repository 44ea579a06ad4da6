/**
 * Agenda data as it arrives from a `src` URL or a `<script type="application/json">` child:
 * JSON text, either our format (an array, or `{ "events": [...] }`) or schema.org JSON-LD,
 * recognised by its `@context` / `@type` / `@graph`.
 */
import { problem } from '../invalid.js';
import { validateEvents, type EventsValidation } from './model.js';
import { eventsFromSchemaOrg } from './schema-org.js';

function looksLikeJsonLd(value: unknown): boolean {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null && ('@context' in first || '@type' in first || '@graph' in first);
}

/** Reads parsed agenda data in either format. Never throws. */
export function eventsFromData(data: unknown, path = 'events'): EventsValidation {
  if (looksLikeJsonLd(data)) return eventsFromSchemaOrg(data, path);
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && 'events' in data) {
    return validateEvents(data.events, path);
  }
  return validateEvents(data, path);
}

/** Reads agenda JSON text in either format; invalid JSON is reported, not thrown. */
export function eventsFromJsonText(text: string, path = 'events'): EventsValidation {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { events: [], rejected: 0, problems: [problem(path, `Le JSON de l'agenda est invalide : ${reason}`)] };
  }
  return eventsFromData(data, path);
}
