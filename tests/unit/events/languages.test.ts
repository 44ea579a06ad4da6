import { describe, expect, it } from 'vitest';
import { eventsFromListItems } from '../../../src/lib/events/html-list.js';
import { eventToJsonLd } from '../../../src/lib/events/json-ld.js';
import { validateEvent } from '../../../src/lib/events/model.js';
import { eventsFromSchemaOrg } from '../../../src/lib/events/schema-org.js';

/** A partner's concert published in English, as schema.org's own examples write an Event. */
const englishConcert = {
  '@context': 'https://schema.org',
  '@type': 'MusicEvent',
  name: 'Jazz night at La Fileuse',
  startDate: '2026-12-12T20:30:00+01:00',
  inLanguage: 'en',
  description: 'A jazz trio plays the standards.',
  location: { '@type': 'Place', name: 'La Fileuse', address: { '@type': 'PostalAddress', streetAddress: '25 rue Georges Potié', postalCode: '59120', addressLocality: 'Loos' } },
};

describe('the language an event’s data says it is in', () => {
  it('takes schema.org inLanguage (a tag or a Language node)', () => {
    expect(eventsFromSchemaOrg(englishConcert).events[0]).toMatchObject({ title: 'Jazz night at La Fileuse', lang: 'en' });
    const node = { ...englishConcert, inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en-GB' } };
    expect(eventsFromSchemaOrg(node).events[0]?.lang).toBe('en-GB');
  });

  it('takes the @language of the JSON-LD @context for untagged texts', () => {
    const untagged = { ...englishConcert, inLanguage: undefined };
    const data = { ...untagged, '@context': ['https://schema.org', { '@language': 'en' }] };
    expect(eventsFromSchemaOrg(data).events[0]?.lang).toBe('en');
  });

  it('takes the language a value is tagged with, per text: an English title with a French description', () => {
    const data = {
      ...englishConcert,
      inLanguage: undefined,
      name: { '@value': 'Jazz night at La Fileuse', '@language': 'en' },
      description: [{ '@value': 'Un trio de jazz et ses standards.', '@language': 'fr' }, { '@value': 'A jazz trio.', '@language': 'en' }],
    };
    const [event] = eventsFromSchemaOrg(data, 'jsonLd', 'fr').events;
    expect(event).toMatchObject({ title: 'Jazz night at La Fileuse', lang: 'en', description: 'Un trio de jazz et ses standards.', descriptionLang: 'fr' });
  });

  it('says nothing when the data says nothing: no language is guessed from the words', () => {
    const untagged = { ...englishConcert, inLanguage: undefined };
    const [event] = eventsFromSchemaOrg(untagged).events;
    expect(event?.lang).toBeUndefined();
    expect(event?.descriptionLang).toBeUndefined();
  });

  it('reports a language that is no tag, and shows the event all the same', () => {
    const { event, problems } = validateEvent({ id: 'soiree', title: 'Soirée', start: '2026-12-12T20:30', lang: '<script>' });
    expect(event?.lang).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: 'lang', message: 'Langue illisible (fr, en, en-GB… attendu) : ignorée.' })]);
    expect(validateEvent({ id: 'soiree', title: 'Soirée', start: '2026-12-12T20:30', lang: 42 }).problems).toHaveLength(1);
  });

  it('reads the lang of an HTML-first list item or of its card', () => {
    const { events } = eventsFromListItems([
      { attributes: {}, heading: 'Jazz night', times: ['2026-12-12T20:30'], fields: { lang: 'en' } },
      { attributes: { lang: 'en-GB', start: '2026-12-13T20:30' }, heading: 'Quiz night', times: [], fields: {} },
    ]);
    expect(events.map((event) => event.lang)).toEqual(['en', 'en-GB']);
  });

  it('writes the event’s own language back into its JSON-LD, French by default', () => {
    const english = validateEvent({ title: 'Jazz night', start: '2026-12-12T20:30', lang: 'en' }).event!;
    const french = validateEvent({ title: 'Soirée jazz', start: '2026-12-12T20:30' }).event!;
    expect(eventToJsonLd(english)).toMatchObject({ inLanguage: 'en' });
    expect(eventToJsonLd(french)).toMatchObject({ inLanguage: 'fr-FR' });
  });
});
