import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventsFromSchemaOrg } from '../../../src/lib/events/schema-org.js';

/** A value where schema.org texts go: plain, language-tagged, language maps, or anything at all. */
const textish = fc.oneof(
  fc.string(),
  fc.record({ '@value': fc.anything(), '@language': fc.oneof(fc.constantFrom('fr', 'fr-CA', 'en', ''), fc.anything()) }),
  fc.dictionary(fc.constantFrom('fr', 'en', '@none', 'xx-YY', '__proto__'), fc.anything()),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.anything(),
);

/** Event-looking nodes with every property of any shape, misspelt keys and sub-events included. */
const eventish = fc.letrec((tie) => ({
  event: fc.record(
    {
      '@type': fc.constantFrom('Event', 'EventSeries', 'MusicEvent', ['Event', 'Festival'], 'https://schema.org/TheaterEvent'),
      '@id': fc.oneof(fc.constantFrom('a', 'b', '#x'), fc.anything()),
      name: textish,
      Name: textish,
      startDate: fc.oneof(fc.constantFrom('2026-07-14T21:00', '2026-02-30', ''), textish),
      startdate: textish,
      eventStatus: fc.oneof(fc.constantFrom('EventCancelled', 'Annulé', 'http://schema.org/EventPostponed/'), fc.record({ '@id': fc.anything() }), fc.anything()),
      eventAttendanceMode: fc.anything(),
      location: fc.oneof(textish, fc.record({ name: textish, address: fc.anything(), amenityFeature: fc.anything() })),
      offers: fc.oneof(
        fc.record({ price: fc.oneof(fc.double(), fc.string(), fc.anything()), priceCurrency: fc.oneof(fc.constantFrom('CAD', '€', 'xx', '1234'), fc.anything()) }),
        fc.anything(),
      ),
      accessibilityFeature: fc.oneof(fc.array(fc.oneof(fc.constantFrom('signLanguage', 'captions'), fc.anything())), fc.anything()),
      subEvent: fc.oneof(fc.constantFrom('a', 'b'), fc.array(fc.oneof(tie('event'), fc.constantFrom('a', 'nowhere'), fc.record({ '@id': fc.constantFrom('a', 'b') })), { maxLength: 3 })),
    },
    { requiredKeys: ['@type'] },
  ),
})).event;

describe('the schema.org reader never throws', () => {
  it('on any JSON value, and on event-looking nodes of any shape, alone, in arrays or in a @graph', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), eventish, fc.array(eventish, { maxLength: 4 }), fc.record({ '@graph': fc.array(eventish, { maxLength: 4 }) })),
        fc.constantFrom('fr', 'en', 'de'),
        (data, language) => {
          const { events, problems } = eventsFromSchemaOrg(data, 'jsonLd', language);
          for (const event of events) {
            expect(event.title.length).toBeGreaterThan(0);
            expect(Number.isNaN(event.start.getTime())).toBe(false);
          }
          for (const found of problems) expect(found.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
