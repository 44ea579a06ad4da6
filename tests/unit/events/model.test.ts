import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventEndInstant, validateEvent, validateEvents } from '../../../src/lib/events/model.js';
import badEvents from '../../fixtures/events/bad-events.json';
import agenda from '../../fixtures/events/agenda.json';

const base = { id: 'concert', title: 'Concert à La Fileuse', start: '2026-12-14T15:00' };

function fields(input: unknown): string[] {
  return validateEvent(input).problems.map((p) => p.field);
}

describe('validateEvent', () => {
  it('reads a complete event, with local time in Europe/Paris', () => {
    const { event, problems } = validateEvent({
      ...base,
      end: '2026-12-14T18:00',
      location: { name: 'La Fileuse', address: '25 rue Georges Potié', city: 'Loos' },
      price: 0,
      status: 'full',
      attendance: 'mixed',
      onlineUrl: 'https://www.ville-loos.fr/direct',
      accessibility: ['wheelchair', 'hearing-loop'],
      image: { src: '/img/concert.jpg', alt: '' },
    });
    expect(problems).toEqual([]);
    expect(event?.start.toISOString()).toBe('2026-12-14T14:00:00.000Z');
    expect(event?.end?.toISOString()).toBe('2026-12-14T17:00:00.000Z');
    expect(event?.allDay).toBe(false);
    expect(event?.image).toEqual({ src: '/img/concert.jpg', alt: '' });
    expect(event?.accessibility).toEqual(['wheelchair', 'hearing-loop']);
  });

  it('treats a date without time as an all-day event', () => {
    const { event } = validateEvent({ ...base, start: '2025-07-03', end: '2025-07-05' });
    expect(event?.allDay).toBe(true);
    expect(event?.start.toISOString()).toBe('2025-07-02T22:00:00.000Z');
    // The last day is inclusive: the event is over only after 5 July.
    expect(eventEndInstant(event!).toISOString()).toBe('2025-07-05T21:59:59.999Z');
  });

  it('cannot make an event without title or start, but keeps the title for the placeholder', () => {
    expect(validateEvent({ id: 'x', start: '2026-12-14' }).event).toBeUndefined();
    expect(fields({ id: 'x', start: '2026-12-14' })).toContain('title');
    const noStart = validateEvent({ id: 'x', title: 'Loto' });
    expect(noStart.event).toBeUndefined();
    expect(noStart.title).toBe('Loto');
    expect(noStart.problems.map((p) => p.field)).toContain('start');
  });

  it('reports invalid dates instead of guessing', () => {
    const { event, problems } = validateEvent({ ...base, start: '2026-02-30T10:00' });
    expect(event).toBeUndefined();
    expect(problems[0]?.message).toMatch(/date de début est invalide/);
  });

  it('drops an end before the start and says so', () => {
    const { event, problems } = validateEvent({ ...base, end: '2026-12-14T14:00' });
    expect(event?.end).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: 'end', message: expect.stringMatching(/antérieure/) as unknown })]);
  });

  it('reports unknown status and attendance, and keeps the rest', () => {
    const { event, problems } = validateEvent({ ...base, status: 'maybe', attendance: 'telepathy' });
    expect(event?.title).toBe(base.title);
    expect(event?.status).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['status', 'attendance']);
  });

  it('does not show an image without alt, and accepts an empty alt for a decorative one', () => {
    const missing = validateEvent({ ...base, image: { src: 'https://example.org/a.jpg' } });
    expect(missing.event?.image).toBeUndefined();
    expect(missing.problems[0]?.field).toBe('image.alt');
    expect(validateEvent({ ...base, image: { src: 'https://example.org/a.jpg', alt: '' } }).problems).toEqual([]);
  });

  it('refuses javascript: URLs through the shared check', () => {
    const { event, problems } = validateEvent({ ...base, href: 'javascript:alert(1)', registrationUrl: ' java\tscript:alert(1)', onlineUrl: 'data:text/html,x' });
    expect(event?.href).toBeUndefined();
    expect(event?.registrationUrl).toBeUndefined();
    expect(event?.onlineUrl).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['href', 'registrationUrl', 'onlineUrl']);
  });

  it('keeps HTML in text as text, removes control characters and shortens huge strings', () => {
    const { event, problems } = validateEvent({ ...base, title: '<b>Fête</b>\u0000\u202e', description: 'x'.repeat(6000) });
    expect(event?.title).toBe('<b>Fête</b>');
    expect(Array.from(event?.description ?? '')).toHaveLength(5000);
    expect(problems.map((p) => p.field)).toEqual(['description']);
  });

  it('reads prices: 0 is free, numeric text from an attribute is a number, negative is refused', () => {
    expect(validateEvent({ ...base, price: '0' }).event?.price).toBe(0);
    expect(validateEvent({ ...base, price: '7,5' }).event?.price).toBe(7.5);
    expect(validateEvent({ ...base, price: '5 € / 3 € tarif réduit' }).event?.price).toBe('5 € / 3 € tarif réduit');
    const negative = validateEvent({ ...base, price: -5 });
    expect(negative.event?.price).toBeUndefined();
    expect(negative.problems[0]?.field).toBe('price');
  });

  it('keeps known accessibility features and reports unknown ones, from a list or an attribute', () => {
    const { event, problems } = validateEvent({ ...base, accessibility: 'wheelchair, easy-read teleportation' });
    expect(event?.accessibility).toEqual(['wheelchair', 'easy-read']);
    expect(problems).toEqual([expect.objectContaining({ field: 'accessibility[2]', value: 'teleportation' })]);
  });

  it('derives a stable id when it is missing, and says so', () => {
    const first = validateEvent({ title: 'Loto', start: '2026-12-14T15:00' });
    const second = validateEvent({ title: 'Loto', start: '2026-12-14T15:00' });
    expect(first.event?.id).toBe(second.event?.id);
    expect(first.problems.map((p) => p.field)).toEqual(['id']);
  });
});

describe('validateEvents', () => {
  it('reads the fixture agenda without a single problem', () => {
    const result = validateEvents(agenda);
    expect(result.problems).toEqual([]);
    expect(result.events).toHaveLength(agenda.length);
  });

  it('never lets one bad event hide the others, and counts the rejected ones', () => {
    const result = validateEvents(badEvents);
    // No title, no start, invalid start, not an object.
    expect(result.rejected).toBe(4);
    expect(result.events.map((e) => e.id)).toEqual([
      'fin-avant-debut', 'statut-inconnu', 'image-sans-alt', 'hostile', 'prix-negatif', 'valide',
    ]);
    expect(result.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['events[0].title', 'events[1].start', 'events[2].start', 'events[6].href', 'events[8]']),
    );
  });

  it('reports duplicate ids', () => {
    const result = validateEvents([base, base]);
    expect(result.problems).toEqual([expect.objectContaining({ field: 'events[1].id' })]);
  });

  it('reports a value that is not a list', () => {
    expect(validateEvents({ title: 'x' }).problems[0]?.message).toMatch(/tableau/);
  });
});

describe('validateEvent (property tests)', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateEvent(input);
        expect(Array.isArray(result.problems)).toBe(true);
      }),
    );
  });

  it('never throws on objects with arbitrary values in every known field', () => {
    const anyField = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.array(fc.string()), fc.object());
    fc.assert(
      fc.property(
        fc.record(
          { id: anyField, title: anyField, start: anyField, end: anyField, price: anyField, image: anyField, status: anyField, location: anyField, accessibility: anyField },
          { requiredKeys: [] },
        ),
        (input) => {
          const { event, problems } = validateEvent(input);
          // Whenever there is no event, the reason is reported.
          if (event === undefined) expect(problems.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('keeps any real date-time and any non-blank title, and never returns an end before the start', () => {
    const dateTime = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString());
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !/^[\s\p{Cc}]*$/u.test(s)), dateTime, dateTime, (title, start, end) => {
        const { event } = validateEvent({ id: 'p', title, start, end });
        expect(event).toBeDefined();
        expect(event!.start.toISOString()).toBe(start);
        if (event!.end !== undefined) expect(event!.end.getTime()).toBeGreaterThan(event!.start.getTime());
      }),
    );
  });
});
