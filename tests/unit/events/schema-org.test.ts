import { describe, expect, it } from 'vitest';
import { eventsFromSchemaOrg, htmlToText } from '../../../src/lib/events/schema-org.js';
import { eventsFromJsonText } from '../../../src/lib/events/sources.js';
import samples from '../../fixtures/events/schema-org.json';

describe('schema.org Event ingest', () => {
  it('finds events in a @graph, with subtypes, several offers and HTML descriptions', () => {
    const { events, problems } = eventsFromSchemaOrg(samples.graph);
    expect(problems).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: 'https://www.lafileuse.fr/concert-jazz#event',
      title: 'Jazz à La Fileuse',
      status: 'scheduled',
      attendance: 'in-person',
      location: { name: 'La Fileuse', address: '25 rue Georges Potié', city: '59120 Loos' },
      price: '12 € / 8 €',
      registrationUrl: 'https://www.lafileuse.fr/billetterie/jazz',
      organizer: 'La Fileuse',
      href: 'https://www.lafileuse.fr/concert-jazz',
      description: 'Un trio de jazz & des standards.\nBar ouvert dès 19 h.',
      image: { src: 'https://www.lafileuse.fr/images/jazz.jpg', alt: '' },
    });
    expect(events[0]?.start.toISOString()).toBe('2026-12-12T19:30:00.000Z');
  });

  it('reads short status names, a text location and isAccessibleForFree', () => {
    const { events } = eventsFromSchemaOrg(samples.cancelledFree);
    expect(events[0]).toMatchObject({ status: 'cancelled', price: 0, location: { name: 'Hôtel de ville' } });
  });

  it('reads arrays, VirtualLocation, sold-out offers, image captions and mixed locations', () => {
    const { events, problems } = eventsFromSchemaOrg(samples.movedOnline);
    expect(problems).toEqual([]);
    expect(events[0]).toMatchObject({
      id: 'atelier-seniors-42', status: 'moved-online', attendance: 'online', onlineUrl: 'https://visio.ville-loos.fr/atelier',
      price: 0, image: { alt: 'Deux seniors devant une tablette' },
    });
    expect(events[1]).toMatchObject({ attendance: 'mixed', allDay: true, location: { name: 'Parc du Clos Mademoiselle', address: 'Loos' } });
  });

  it('reports an event without name or with an unreadable date', () => {
    const { events, rejected, problems } = eventsFromSchemaOrg(samples.broken);
    expect(events).toEqual([]);
    expect(rejected).toBe(1);
    expect(problems.map((p) => p.field)).toEqual(['jsonLd[0].title', 'jsonLd[0].start']);
  });

  it('reports invalid JSON and JSON-LD without events instead of throwing', () => {
    expect(eventsFromSchemaOrg('{ not json').problems[0]?.message).toMatch(/JSON valide/);
    expect(eventsFromSchemaOrg({ '@type': 'Organization', name: 'Ville de Loos' }).problems[0]?.message).toMatch(/Aucun objet/);
  });

  it('is recognised automatically in agenda JSON', () => {
    expect(eventsFromJsonText(JSON.stringify(samples.graph)).events[0]?.title).toBe('Jazz à La Fileuse');
    expect(eventsFromJsonText('{"events":[{"id":"a","title":"A","start":"2026-12-01"}]}').events).toHaveLength(1);
    expect(eventsFromJsonText('[oops').problems[0]?.message).toMatch(/JSON de l'agenda est invalide/);
  });

  it('turns HTML descriptions into text', () => {
    expect(htmlToText('<p>A&nbsp;B</p><script>x</script><p>C &#233; &#x1F389;</p>')).toBe('A\u00a0B\nC é 🎉\n');
  });
});
