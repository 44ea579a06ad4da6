/**
 * Ingest of schema.org `Event` JSON-LD — what CMSs and agenda platforms publish — into the
 * civic event model. The mapping (and its decisions) is in ./schema-org-mapping.ts; the
 * reading and validation in ./agenda-data.ts, which `<loos-event-list>` uses without holding
 * the mapping until some JSON-LD needs it.
 */
import { provideSchemaOrgMapping, readSchemaOrg } from './agenda-data.js';
import type { EventsValidation } from './model.js';
import * as mapping from './schema-org-mapping.js';

export { findSchemaOrgEvents, htmlToText, schemaOrgEventToInput, schemaOrgToInputs } from './schema-org-mapping.js';

/**
 * Reads schema.org JSON-LD (a parsed value or the JSON text) into validated civic events, texts
 * in the page's `language` when they are tagged. Never throws: invalid JSON, events without name
 * or start date and values that cannot be read are reported.
 */
export function eventsFromSchemaOrg(data: unknown, path = 'jsonLd', language = 'fr'): EventsValidation {
  return readSchemaOrg(mapping, data, path, language);
}

// Wherever this module is loaded (the package index, hence server rendering), `<loos-event-list>`
// reads JSON-LD at once instead of loading the mapping (see ./agenda-data.ts).
provideSchemaOrgMapping(mapping);
