/**
 * schema.org events as French and Québec sites really publish them:
 * statuses as objects or URLs, language-tagged texts, series of sub-events, other currencies,
 * accessibility from amenities, misspelt keys.
 */
import { describe, expect, it } from 'vitest';
import { formatPrice } from '../../../src/lib/events/format-event.js';
import { eventsFromSchemaOrg } from '../../../src/lib/events/schema-org.js';
import { eventsFromData } from '../../../src/lib/events/sources.js';
import published from '../../fixtures/events/schema-org-published.json';

const fields = (problems: readonly { field: string }[]) => problems.map((found) => found.field);

describe('eventStatus and eventAttendanceMode as published (point 10)', () => {
  const { events, problems } = eventsFromSchemaOrg(published.statusForms);

  it('reads them as { "@id" } objects, http:// and https:// URLs and prefixed names', () => {
    expect(events.map((event) => [event.title, event.status, event.attendance])).toEqual([
      ['Bal du 14 juillet', 'cancelled', 'in-person'],
      ['Brocante du Marais', 'cancelled', 'mixed'],
      ['Conseil municipal', 'postponed', 'online'],
      ['Course des familles', 'cancelled', undefined],
      ['Exposition photo', 'cancelled', undefined],
      ['Cinéma en plein air', undefined, undefined],
    ]);
  });

  it('reports unknown values, and still reads a cancellation written in words as cancelled', () => {
    expect(fields(problems)).toEqual(['jsonLd[3].eventStatus', 'jsonLd[3].eventAttendanceMode', 'jsonLd[5].eventStatus']);
    expect(problems[0]?.message).toMatch(/annulé/);
    expect(problems[2]?.value).toBe('EventPerhaps');
  });
});

describe('language-tagged values (point 11)', () => {
  it('picks the page language, then French, then any, for name, description, place and organiser', () => {
    const { events, problems } = eventsFromSchemaOrg(published.quebec);
    expect(problems.filter((found) => found.field.endsWith('title'))).toEqual([]);
    expect(events[0]).toMatchObject({
      title: 'Fête des neiges',
      description: 'Glissades, sculptures de glace et tire sur la neige.',
      location: { name: 'Parc Jean-Drapeau', address: '1, circuit Gilles-Villeneuve', city: 'Montréal (QC) H3C 1A9' },
      organizer: 'Société du parc',
    });
    expect(events[1]?.title).toBe('Le Malade imaginaire');
    const english = eventsFromSchemaOrg(published.quebec, 'jsonLd', 'en').events[0];
    expect(english).toMatchObject({ title: 'Winter festival', location: { name: 'Jean-Drapeau Park' } });
    expect(eventsFromSchemaOrg(published.quebec, 'jsonLd', 'de').events[0]?.title).toBe('Fête des neiges');
  });

  it('reads a place given only as language-tagged texts', () => {
    const location = [{ '@value': 'Town hall', '@language': 'en' }, { '@value': 'Hôtel de ville', '@language': 'fr' }];
    const { events } = eventsFromSchemaOrg({ '@type': 'Event', name: 'Conseil', startDate: '2026-12-01T19:00', location });
    expect(events[0]?.location).toEqual({ name: 'Hôtel de ville' });
  });

  it('reads a JSON-LD language map as a title, never « Le titre est obligatoire »', () => {
    const { events, problems } = eventsFromSchemaOrg({
      '@context': 'https://schema.org', '@type': 'Event', startDate: '2027-01-23', name: { en: 'Snow day', fr: 'Journée de la neige' },
    });
    expect(events[0]?.title).toBe('Journée de la neige');
    expect(problems.map((found) => found.message)).not.toContain('Le titre est obligatoire.');
  });
});

describe('series, prices, accessibility and keys (point 12)', () => {
  it('turns every sub-event of an EventSeries into an event, with the series fields as defaults', () => {
    const { events, rejected, problems } = eventsFromSchemaOrg(published.series);
    expect(events.map((event) => [event.title, event.location?.name, event.status])).toEqual([
      ['Cinéma en plein air', 'Parc du Clos Mademoiselle', undefined],
      ["L'été au parc", 'Parc du Clos Mademoiselle', 'cancelled'],
      ["Concert de l'harmonie", 'Kiosque du parc', undefined],
    ]);
    expect(events[0]).toMatchObject({ organizer: 'Ville de Loos', price: 0, description: "Animations gratuites tout l'été.", accessibility: ['wheelchair'] });
    expect(events[2]?.id).toBe('https://www.ville-loos.fr/agenda/ete-au-parc/concert#event');
    expect(new Set(events.map((event) => event.id)).size).toBe(3);
    // Nothing dropped silently: the missing reference and the undated sub-event are said.
    expect(rejected).toBe(1);
    expect(fields(problems)).toEqual(['jsonLd.subEvent[3]', 'jsonLd[3].start']);
  });

  it('shows a price in its own currency, never as euros, and keeps « 8,50 € » as written', () => {
    const { events, problems } = eventsFromSchemaOrg(published.prices);
    expect(events.map((event) => event.price)).toEqual(['8,50 €', '12,50 $US', '20 dollars', '45 CHF']);
    expect(events.map((event) => formatPrice(event.price ?? 0, 'fr'))).toEqual(['8,50 €', '12,50 $US', '20 dollars', '45 CHF']);
    expect(fields(problems)).toEqual(['jsonLd[2].offers.priceCurrency']);
    const quebec = eventsFromSchemaOrg(published.quebec).events;
    expect(quebec.map((event) => event.price)).toEqual(['15 $CA', '32 $CA / 18,50 $CA']);
    // Euros stay numbers: « 12 € », « Gratuit » and the schema.org price written back.
    expect(eventsFromSchemaOrg({ '@type': 'Event', name: 'A', startDate: '2026-12-01', offers: { price: '12', priceCurrency: 'EUR' } }).events[0]?.price).toBe(12);
  });

  it('reads accessibility from amenityFeature and accessibilityFeature, and reports what it cannot say', () => {
    const quebec = eventsFromSchemaOrg(published.quebec);
    expect(quebec.events[1]?.accessibility).toEqual(['sign-language']);
    expect(fields(quebec.problems)).toEqual(['jsonLd[1].accessibilityFeature']);
    expect(quebec.problems[0]?.value).toBe('captions');
  });

  it('reads misspelt keys, says so, and reads prefixed and full-IRI keys silently', () => {
    const { events, problems } = eventsFromSchemaOrg(published.malformedKeys);
    expect(events[0]).toMatchObject({
      title: 'Fête de la musique',
      location: { name: 'Place de la République' },
      description: 'Scènes ouvertes dans toute la ville.',
      status: 'scheduled',
      accessibility: ['audio-description'],
    });
    expect(events[0]?.end?.toISOString()).toBe('2026-06-21T21:00:00.000Z');
    expect(fields(problems)).toEqual(['jsonLd.Name', 'jsonLd.startdate', 'jsonLd. endDate', 'jsonLd.EventStatus', 'jsonLd[0].accessibilityFeature']);
  });

  it('does not let a « __proto__ » key change what is read', () => {
    const data: unknown = JSON.parse('{"@type":"Event","@id":"p","startDate":"2026-06-21","__proto__":{"name":"Piège"}}');
    const { events, problems } = eventsFromSchemaOrg(data);
    expect(events).toEqual([]);
    expect(problems.map((found) => found.message)).toContain('Le titre est obligatoire.');
  });

  it('is read the same way when the agenda recognises JSON-LD by itself', () => {
    expect(eventsFromData(published.series).events).toHaveLength(3);
  });
});
