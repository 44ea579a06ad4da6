/**
 * Agenda data in JSON, read without holding the schema.org mapping: our format is read at once;
 * schema.org JSON-LD — an uncommon input, and the biggest reader — needs ./schema-org-mapping.ts,
 * which `<loos-event-list>` loads on first need. ./sources.ts and ./schema-org.ts hold the
 * mapping for callers that want an answer at once.
 */
import { problem, type InputProblem } from '../invalid.js';
import { jsonShapeProblem, neverThrows, textLengthProblem } from '../json-limits.js';
import { validateEvents, type EventsValidation } from './model.js';

export type SchemaOrgMapping = typeof import('./schema-org-mapping.js');

/** JSON text once parsed: the value, or the validation that reports invalid JSON. */
export type AgendaJson = { readonly data: unknown } | { readonly invalid: EventsValidation };

let loadedMapping: SchemaOrgMapping | undefined;

/**
 * Called by ./schema-org.ts when it is evaluated: where it is loaded statically (the package
 * index, hence server rendering), JSON-LD is read at once, so that a server-rendered agenda
 * hydrates with the same content.
 */
export function provideSchemaOrgMapping(mapping: SchemaOrgMapping): void {
  loadedMapping = mapping;
}

/** Loads the schema.org mapping (a chunk of its own in bundles). */
export async function loadSchemaOrgMapping(): Promise<void> {
  loadedMapping ??= await import('./schema-org-mapping.js');
}

function invalidJson(problems: InputProblem[]): EventsValidation {
  return { events: [], rejected: 0, problems };
}

/**
 * Reads schema.org JSON-LD (a parsed value or the JSON text) with `mapping`; texts tagged with
 * a language are taken in `language`, else in French, else as given. Never throws.
 */
export function readSchemaOrg(mapping: SchemaOrgMapping, data: unknown, path: string, language = 'fr'): EventsValidation {
  let value = data;
  if (typeof data === 'string') {
    const tooLong = textLengthProblem(data);
    if (tooLong !== undefined) return invalidJson([problem(path, tooLong)]);
    try {
      value = JSON.parse(data) as unknown;
    } catch {
      return invalidJson([problem(path, "Le JSON-LD n'est pas du JSON valide.", data)]);
    }
  }
  const shape = jsonShapeProblem(value);
  if (shape !== undefined) return invalidJson([problem(path, shape)]);
  return neverThrows(() => mapSchemaOrg(mapping, value, path, language), (message) => invalidJson([problem(path, message)]));
}

function mapSchemaOrg(mapping: SchemaOrgMapping, value: unknown, path: string, language: string): EventsValidation {
  const { inputs, notes } = mapping.schemaOrgToInputs(value, language);
  const problems: InputProblem[] = [];
  if (inputs.length === 0) problems.push(problem(path, 'Aucun objet schema.org « Event » trouvé dans le JSON-LD.'));
  // Notes name a place in the data (`subEvent[3]`, `@graph[2].startdate`) or an event (`[2].eventStatus`).
  problems.push(...notes.map((note) => problem(note.field.startsWith('[') ? path + note.field : `${path}.${note.field}`, note.message, note.value)));
  const result = validateEvents(inputs, path);
  return { ...result, problems: [...problems, ...result.problems] };
}

/** schema.org JSON-LD is recognised by its `@context` / `@type` / `@graph`. */
export function looksLikeJsonLd(value: unknown): boolean {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null && ('@context' in first || '@type' in first || '@graph' in first);
}

/** Parses agenda JSON text; invalid JSON is reported, not thrown. */
export function parseAgendaJson(text: string, path = 'events'): AgendaJson {
  const tooLong = textLengthProblem(text);
  if (tooLong !== undefined) return { invalid: invalidJson([problem(path, tooLong)]) };
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { invalid: invalidJson([problem(path, `Le JSON de l'agenda est invalide : ${reason}`)]) };
  }
}

/** The data is schema.org JSON-LD and the mapping has not been loaded yet. */
export function needsSchemaOrgMapping(json: AgendaJson | undefined): boolean {
  return json !== undefined && 'data' in json && looksLikeJsonLd(json.data) && loadedMapping === undefined;
}

/**
 * Reads parsed agenda data, our format (an array, or `{ "events": [...] }`) or schema.org
 * JSON-LD, with `mapping` or else the loaded one, in the page's `language`. Never throws.
 */
export function readAgendaJson(json: AgendaJson, path = 'events', mapping = loadedMapping, language = 'fr'): EventsValidation {
  if ('invalid' in json) return json.invalid;
  const { data } = json;
  const shape = jsonShapeProblem(data);
  if (shape !== undefined) return invalidJson([problem(path, shape)]);
  return neverThrows(() => readCheckedAgenda(data, path, mapping, language), (message) => invalidJson([problem(path, message)]));
}

function readCheckedAgenda(data: unknown, path: string, mapping: SchemaOrgMapping | undefined, language: string): EventsValidation {
  if (looksLikeJsonLd(data)) {
    if (mapping !== undefined) return readSchemaOrg(mapping, data, path, language);
    // Only when the mapping could not be loaded (network failure): the agenda says it is empty, and why.
    return invalidJson([problem(path, "Le lecteur de JSON-LD schema.org n'a pas pu être chargé : l'agenda est vide.")]);
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && 'events' in data) {
    return validateEvents(data.events, path);
  }
  return validateEvents(data, path);
}
