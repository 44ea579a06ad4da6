import { describe, expect, it } from 'vitest';
import { eventToJsonLd, jsonLdScriptText } from '../../../src/lib/events/json-ld.js';
import { validateEvent, type CivicEvent } from '../../../src/lib/events/model.js';
import { eventsFromSchemaOrg } from '../../../src/lib/events/schema-org.js';

function event(input: Record<string, unknown>): CivicEvent {
  return validateEvent({ id: 'voeux', title: 'Cérémonie des vœux', start: '2027-01-09T11:00', ...input }).event!;
}

describe('schema.org JSON-LD builder', () => {
  it('describes an in-person free event with its place, offer and status', () => {
    const jsonLd = eventToJsonLd(
      event({ end: '2027-01-09T13:00', location: { name: 'La Fileuse', address: '25 rue Georges Potié', city: 'Loos' }, price: 0, href: '/agenda/voeux', organizer: 'Ville de Loos' }),
      { baseUrl: 'https://www.ville-loos.fr/' },
    );
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Cérémonie des vœux',
      startDate: '2027-01-09T11:00:00+01:00',
      endDate: '2027-01-09T13:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'La Fileuse',
        address: { '@type': 'PostalAddress', streetAddress: '25 rue Georges Potié', addressLocality: 'Loos', addressCountry: 'FR' },
      },
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', url: 'https://www.ville-loos.fr/agenda/voeux' },
      isAccessibleForFree: true,
      url: 'https://www.ville-loos.fr/agenda/voeux',
      organizer: { '@type': 'Organization', name: 'Ville de Loos' },
    });
  });

  it('uses a VirtualLocation online and both locations for a mixed event', () => {
    const online = eventToJsonLd(event({ status: 'moved-online', onlineUrl: 'https://visio.ville-loos.fr/x' }));
    expect(online.eventStatus).toBe('https://schema.org/EventMovedOnline');
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://visio.ville-loos.fr/x' });
    const mixed = eventToJsonLd(event({ attendance: 'mixed', location: { name: 'Hôtel de ville' }, onlineUrl: 'https://www.ville-loos.fr/direct' }));
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect((mixed.location as { '@type': string }[]).map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
  });

  it('maps every status, « full » as a sold-out offer, and a text price as an offer description', () => {
    expect(eventToJsonLd(event({ status: 'cancelled' })).eventStatus).toBe('https://schema.org/EventCancelled');
    expect(eventToJsonLd(event({ status: 'postponed' })).eventStatus).toBe('https://schema.org/EventPostponed');
    expect(eventToJsonLd(event({ status: 'rescheduled' })).eventStatus).toBe('https://schema.org/EventRescheduled');
    const full = eventToJsonLd(event({ status: 'full', price: '5 € / 3 € tarif réduit' }));
    expect(full.offers).toMatchObject({ availability: 'https://schema.org/SoldOut', description: '5 € / 3 € tarif réduit', priceCurrency: 'EUR' });
    expect(full.isAccessibleForFree).toBe(false);
  });

  it('writes all-day dates without time', () => {
    const jsonLd = eventToJsonLd(event({ start: '2027-07-03', end: '2027-07-05' }));
    expect([jsonLd.startDate, jsonLd.endDate]).toEqual(['2027-07-03', '2027-07-05']);
  });

  it('cannot be broken out of its script element', () => {
    const text = jsonLdScriptText(eventToJsonLd(event({ title: '</script><script>alert(1)</script>' })));
    expect(text).not.toContain('<');
    expect((JSON.parse(text) as { name: string }).name).toBe('</script><script>alert(1)</script>');
  });

  it('survives a round trip through the schema.org ingest', () => {
    const original = event({
      end: '2027-01-09T13:00', location: { name: 'La Fileuse', city: 'Loos' }, price: 8, href: 'https://www.ville-loos.fr/agenda/voeux',
      status: 'full', organizer: 'Ville de Loos', description: 'Discours et verre de l’amitié.',
    });
    const { events, problems } = eventsFromSchemaOrg(eventToJsonLd(original));
    expect(problems).toEqual([]);
    expect(events[0]).toMatchObject({
      title: original.title, start: original.start, end: original.end, price: 8, status: 'full', attendance: 'in-person',
      location: { name: 'La Fileuse', city: 'Loos' }, organizer: 'Ville de Loos', description: original.description,
    });
  });
});
