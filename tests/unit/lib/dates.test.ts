import { describe, expect, it } from 'vitest';
import { endOfDay, isoDay, parseIsoDateTime, wallClock, zonedTimeToDate } from '../../../src/lib/dates.js';

describe('parseIsoDateTime', () => {
  it('reads a local time without offset in Europe/Paris, winter and summer', () => {
    expect(parseIsoDateTime('2026-12-14T15:00')?.date.toISOString()).toBe('2026-12-14T14:00:00.000Z');
    expect(parseIsoDateTime('2026-07-03T20:30:00')?.date.toISOString()).toBe('2026-07-03T18:30:00.000Z');
  });

  it('follows the daylight-saving changes', () => {
    // Last Sunday of March 2026: 02:00 → 03:00. Last Sunday of October 2026: 03:00 → 02:00.
    expect(parseIsoDateTime('2026-03-29T01:30')?.date.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(parseIsoDateTime('2026-03-29T03:30')?.date.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(parseIsoDateTime('2026-03-29T02:30')?.date.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(parseIsoDateTime('2026-10-25T02:30')?.date.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parseIsoDateTime('2026-10-25T03:30')?.date.toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('keeps an explicit offset or Z', () => {
    expect(parseIsoDateTime('2026-12-14T15:00:00Z')?.date.toISOString()).toBe('2026-12-14T15:00:00.000Z');
    expect(parseIsoDateTime('2026-12-14T15:00:00-05:00')?.date.toISOString()).toBe('2026-12-14T20:00:00.000Z');
    expect(parseIsoDateTime('2026-12-14T15:00:00.250+0100')?.date.toISOString()).toBe('2026-12-14T14:00:00.250Z');
  });

  it('marks a date without time and starts it at local midnight', () => {
    const parsed = parseIsoDateTime('2026-07-14');
    expect(parsed?.dateOnly).toBe(true);
    expect(parsed?.date.toISOString()).toBe('2026-07-13T22:00:00.000Z');
  });

  it.each(['2026-02-30', '2026-13-01', '2026-12-14T24:00', '2026-12-14T12:60', 'demain', '', '14/12/2026', 'NaN'])(
    'refuses %j',
    (value) => {
      expect(parseIsoDateTime(value)).toBeNull();
    },
  );

  it('refuses what is not a string', () => {
    expect(parseIsoDateTime(Number.NaN)).toBeNull();
    expect(parseIsoDateTime(null)).toBeNull();
    expect(parseIsoDateTime(new Date())).toBeNull();
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseIsoDateTime('2028-02-29')).not.toBeNull();
    expect(parseIsoDateTime('2027-02-29')).toBeNull();
  });
});

describe('calendar helpers', () => {
  it('gives the end of a day in Paris, in both seasons', () => {
    expect(endOfDay(new Date('2026-12-14T10:00:00Z')).toISOString()).toBe('2026-12-14T22:59:59.999Z');
    expect(endOfDay(new Date('2026-07-14T10:00:00Z')).toISOString()).toBe('2026-07-14T21:59:59.999Z');
  });

  it('names the Paris calendar day of an instant, not the UTC one', () => {
    expect(isoDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(wallClock(new Date('2026-12-31T23:30:00Z'))).toMatchObject({ year: 2027, month: 1, day: 1, hour: 0, minute: 30 });
  });

  it('round-trips wall-clock times through every hour of a year', () => {
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
      const clock = wallClock(instant);
      const back = zonedTimeToDate(clock);
      // Only the repeated autumn hour maps back to its first occurrence.
      if (back.getTime() !== instant.getTime()) {
        expect(instant.getTime() - back.getTime()).toBe(3_600_000);
        expect(clock).toMatchObject({ month: 10, day: 25, hour: 2 });
      }
    }
  });
});
