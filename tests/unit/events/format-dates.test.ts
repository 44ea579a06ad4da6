import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale } from '../../../src/lib/strings/locales.js';
import { eventDateSegments, formatEventDate, formatLocation, formatPrice, toCityIso } from '../../../src/lib/events/format-event.js';
import { validateEvent } from '../../../src/lib/events/model.js';

// The English words are loaded on demand, as an element in an English page does.
beforeAll(() => loadLocale('en'));

/** Validated dates of an event; the phrase is compared with plain spaces for readability. */
function phrase(start: string, end?: string, allDay?: boolean, locale: 'fr' | 'en' = 'fr'): string {
  const { event } = validateEvent({ id: 'x', title: 'x', start, ...(end === undefined ? {} : { end }), ...(allDay === undefined ? {} : { allDay }) });
  return formatEventDate(event!, locale).replace(/\u00a0/g, ' ');
}

describe('French event dates', () => {
  it('writes a time range on one day', () => {
    expect(phrase('2024-12-14T15:00', '2024-12-14T18:00')).toBe('samedi 14 décembre 2024, 15 h – 18 h');
  });

  it('writes minutes as « 15 h 30 » and keeps number and unit together with no-break spaces', () => {
    const { event } = validateEvent({ id: 'x', title: 'x', start: '2024-12-14T15:30' });
    expect(formatEventDate(event!)).toBe('samedi 14 décembre 2024, 15\u00a0h\u00a030');
  });

  it('writes a multi-day event in the same month, across months and across years', () => {
    expect(phrase('2025-07-03', '2025-07-05')).toBe('du 3 au 5 juillet 2025');
    expect(phrase('2025-06-28', '2025-07-02')).toBe('du 28 juin au 2 juillet 2025');
    expect(phrase('2025-12-30', '2026-01-02')).toBe('du 30 décembre 2025 au 2 janvier 2026');
  });

  it('writes « toute la journée » and « 1er »', () => {
    expect(phrase('2025-03-01')).toBe('samedi 1er mars 2025, toute la journée');
    expect(phrase('2025-03-01T10:00', undefined, true)).toBe('samedi 1er mars 2025, toute la journée');
  });

  it('reads a night that ends in the small hours as one evening', () => {
    expect(phrase('2026-06-20T21:00', '2026-06-21T02:00')).toBe('samedi 20 juin 2026, 21 h – 2 h');
  });

  it('writes a timed event over several days with both days and times', () => {
    expect(phrase('2026-06-20T14:00', '2026-06-21T18:00')).toBe('du samedi 20 juin 2026 à 14 h au dimanche 21 juin 2026 à 18 h');
  });

  it('keeps local wall-clock times across the spring and autumn changes', () => {
    // 29 March 2026: clocks go from 2 h to 3 h. A workshop at 10 h is at 10 h, in summer time.
    const spring = validateEvent({ id: 'x', title: 'x', start: '2026-03-29T10:00', end: '2026-03-29T11:30' }).event!;
    expect(formatEventDate(spring).replace(/\u00a0/g, ' ')).toBe('dimanche 29 mars 2026, 10 h – 11 h 30');
    expect(spring.start.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(eventDateSegments(spring)[0]?.datetime).toBe('2026-03-29T10:00:00+02:00');
    // A night across the autumn change (25 October 2026, 3 h → 2 h) lasts one hour more.
    const autumn = validateEvent({ id: 'x', title: 'x', start: '2026-10-24T22:00', end: '2026-10-25T04:00' }).event!;
    expect(formatEventDate(autumn).replace(/\u00a0/g, ' ')).toBe('samedi 24 octobre 2026, 22 h – 4 h');
    expect(autumn.end!.getTime() - autumn.start.getTime()).toBe(7 * 3600_000);
    expect(eventDateSegments(autumn).map((s) => s.datetime)).toEqual(['2026-10-24T22:00:00+02:00', undefined, '2026-10-25T04:00:00+01:00']);
  });

  it('shows an instant given in UTC in Paris time', () => {
    expect(phrase('2026-12-31T23:30:00Z')).toBe('vendredi 1er janvier 2027, 0 h 30');
  });

  it('gives every date a machine-readable datetime', () => {
    const { event } = validateEvent({ id: 'x', title: 'x', start: '2025-07-03', end: '2025-07-05' });
    expect(eventDateSegments(event!)).toEqual([
      { text: 'du ' },
      { text: '3', datetime: '2025-07-03' },
      { text: ' au ' },
      { text: '5 juillet 2025', datetime: '2025-07-05' },
    ]);
  });

  it('has an English version', () => {
    expect(phrase('2024-12-14T15:00', '2024-12-14T18:00', undefined, 'en')).toBe('Saturday 14 December 2024, 15:00 – 18:00');
    expect(phrase('2025-07-03', '2025-07-05', undefined, 'en')).toBe('from 3 to 5 July 2025');
  });

  it('writes the Paris offset in toCityIso', () => {
    expect(toCityIso(new Date('2026-01-15T09:05:00Z'))).toBe('2026-01-15T10:05:00+01:00');
  });
});

describe('price and place', () => {
  it('says « Gratuit » for 0, euros for a number, the text as written otherwise', () => {
    expect(formatPrice(0)).toBe('Gratuit');
    expect(formatPrice(5).replace(/\s/g, ' ')).toBe('5 €');
    expect(formatPrice(7.5).replace(/\s/g, ' ')).toBe('7,50 €');
    expect(formatPrice('5 € / 3 € tarif réduit')).toBe('5 € / 3 € tarif réduit');
  });

  it('writes the place name first', () => {
    expect(formatLocation({ name: 'La Fileuse', address: '25 rue Georges Potié', city: 'Loos' })).toBe('La Fileuse, 25 rue Georges Potié, Loos');
    expect(formatLocation({ name: 'Médiathèque' })).toBe('Médiathèque');
  });
});
