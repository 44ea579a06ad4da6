import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, eventToIcs, eventsToIcs, foldLine } from '../../../src/lib/events/ics.js';
import { validateEvent, validateEvents, type CivicEvent } from '../../../src/lib/events/model.js';
import agenda from '../../fixtures/events/agenda.json';

const NOW = new Date('2026-11-29T10:00:00Z');

function event(input: Record<string, unknown>): CivicEvent {
  const result = validateEvent({ id: 'concert-42', title: 'Concert', start: '2026-12-14T15:00', ...input });
  expect(result.problems).toEqual([]);
  return result.event!;
}

/** Parses with ical.js, an independent implementation of RFC 5545. */
function parseVevents(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
}

const longAccentedText =
  'Réunion publique : « Quel avenir pour le quartier ? » — échanges, questions ; présentation du projet, ' +
  'à l’hôtel de ville. Élus, habitantes et habitants, associations : venez nombreux ! Émojis 🎉🎶 inclus.\n' +
  'Deuxième ligne, avec une barre oblique inverse \\ et des virgules, points-virgules; deux-points:';

describe('iCalendar export', () => {
  it('is parsed back field by field by ical.js', () => {
    const ics = eventToIcs(
      event({
        end: '2026-12-14T18:00',
        description: longAccentedText,
        location: { name: 'La Fileuse', address: '25 rue Georges Potié', city: 'Loos' },
        href: '/agenda/concert',
        category: 'Culture',
        price: 0,
      }),
      { now: NOW, baseUrl: 'https://www.ville-loos.fr/agenda/' },
    );
    const [vevent] = parseVevents(ics);
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe('concert-42@agenda.ville-loos.fr');
    expect(parsed.summary).toBe('Concert');
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-12-14T14:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-12-14T17:00:00.000Z');
    expect(parsed.location).toBe('La Fileuse, 25 rue Georges Potié, Loos');
    expect(parsed.description).toContain(longAccentedText);
    expect(parsed.description).toContain('Tarif : Gratuit');
    expect(vevent?.getFirstPropertyValue('url')).toBe('https://www.ville-loos.fr/agenda/concert');
    expect(vevent?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent?.getFirstPropertyValue('categories')).toBe('Culture');
    expect(String(vevent?.getFirstPropertyValue('dtstamp'))).toBe('2026-11-29T10:00:00Z');
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    const ics = eventToIcs(event({ title: `Fête de l’été ${'éà🎉'.repeat(40)}`, description: longAccentedText.repeat(3) }), { now: NOW });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      // A lone surrogate would mean an emoji was cut in half.
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const parsed = new ICAL.Event(parseVevents(ics)[0]);
    expect(parsed.summary).toBe(`Fête de l’été ${'éà🎉'.repeat(40)}`);
  });

  it('escapes text values as RFC 5545 says', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // « é » is two octets: 37 of them plus one « x » fill 75 octets, the next « é » moves down.
    expect(foldLine(`x${'é'.repeat(38)}`)).toBe(`x${'é'.repeat(37)}\r\n é`);
  });

  it('writes all-day events as dates with an exclusive end', () => {
    const ics = eventToIcs(event({ start: '2025-07-03', end: '2025-07-05' }), { now: NOW });
    expect(ics).toContain('DTSTART;VALUE=DATE:20250703\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20250706\r\n');
    const parsed = new ICAL.Event(parseVevents(ics)[0]);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.endDate.toString()).toBe('2025-07-06');
  });

  it('marks a cancelled event STATUS:CANCELLED and says it in the description', () => {
    const ics = eventToIcs(event({ status: 'cancelled' }), { now: NOW });
    const vevent = parseVevents(ics)[0];
    expect(vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(new ICAL.Event(vevent).description.startsWith('Annulé.')).toBe(true);
  });

  it('keeps times right across the daylight-saving change', () => {
    const ics = eventToIcs(event({ start: '2026-03-29T01:30', end: '2026-03-29T04:00' }), { now: NOW });
    const parsed = new ICAL.Event(parseVevents(ics)[0]);
    // 1 h 30 is still winter time (UTC+1), 4 h already summer time (UTC+2): 1 h 30 of event.
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-03-29T02:00:00.000Z');
  });

  it('leaves out a relative link when there is no base address', () => {
    expect(eventToIcs(event({ href: '/agenda/concert' }), { now: NOW })).not.toContain('URL:');
  });

  it('exports a whole agenda that ical.js reads back event by event', () => {
    const { events } = validateEvents(agenda);
    const ics = eventsToIcs(events, { now: NOW, calendarName: 'Agenda de Loos, 2026-2027' });
    expect(ics).toContain('X-WR-CALNAME:Agenda de Loos\\, 2026-2027');
    const vevents = parseVevents(ics);
    expect(vevents).toHaveLength(events.length);
    expect(vevents.map((v) => new ICAL.Event(v).summary)).toEqual(events.map((e) => e.title));
    expect(new Set(vevents.map((v) => new ICAL.Event(v).uid)).size).toBe(events.length);
  });
});
