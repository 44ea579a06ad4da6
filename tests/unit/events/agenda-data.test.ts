/**
 * `<loos-event-list>` reads agenda JSON without holding the schema.org mapping, which it loads
 * on first need. This file imports ./agenda-data.ts alone: the mapping starts unloaded.
 */
import { describe, expect, it } from 'vitest';
import {
  loadSchemaOrgMapping,
  needsSchemaOrgMapping,
  parseAgendaJson,
  readAgendaJson,
} from '../../../src/lib/events/agenda-data.js';
import samples from '../../fixtures/events/schema-org.json';

describe('agenda JSON read without the schema.org mapping', () => {
  it('reads our format at once, and JSON-LD once the mapping is loaded', async () => {
    const ours = parseAgendaJson('{"events":[{"id":"a","title":"A","start":"2026-12-01"}]}');
    expect(needsSchemaOrgMapping(ours)).toBe(false);
    expect(readAgendaJson(ours).events.map((event) => event.id)).toEqual(['a']);

    const jsonLd = parseAgendaJson(JSON.stringify(samples.graph));
    expect(needsSchemaOrgMapping(jsonLd)).toBe(true);
    // Were the mapping never to load (network failure), the agenda is empty and says why.
    const unread = readAgendaJson(jsonLd);
    expect(unread.events).toEqual([]);
    expect(unread.problems[0]?.message).toMatch(/JSON-LD schema\.org n'a pas pu être chargé/);

    await loadSchemaOrgMapping();
    expect(needsSchemaOrgMapping(jsonLd)).toBe(false);
    expect(readAgendaJson(jsonLd).events.map((event) => event.title)).toEqual(['Jazz à La Fileuse']);
  });

  it('reports invalid JSON instead of throwing', () => {
    const invalid = parseAgendaJson('[oops');
    expect(needsSchemaOrgMapping(invalid)).toBe(false);
    expect(readAgendaJson(invalid).problems[0]?.message).toMatch(/JSON de l'agenda est invalide/);
  });
});
