import { describe, expect, it } from 'vitest';
import { formatTimeOfDay } from '../../../src/lib/format.js';

const NBSP = '\u00a0';

describe('formatTimeOfDay: one way to write a time in every element', () => {
  it('writes « 9 h » on the hour and « 9 h 05 » otherwise, with no-break spaces, in Paris time', () => {
    expect(formatTimeOfDay(new Date('2026-12-12T08:00:00Z'), 'fr')).toBe(`9${NBSP}h`);
    expect(formatTimeOfDay(new Date('2026-12-12T08:05:00Z'), 'fr')).toBe(`9${NBSP}h${NBSP}05`);
    // Summer time: UTC+2.
    expect(formatTimeOfDay(new Date('2026-07-14T20:30:00Z'), 'fr')).toBe(`22${NBSP}h${NBSP}30`);
    expect(formatTimeOfDay(new Date('2026-12-11T23:00:00Z'), 'fr')).toBe(`0${NBSP}h`);
  });

  it('writes « 09:05 » in English', () => {
    expect(formatTimeOfDay(new Date('2026-12-12T08:05:00Z'), 'en')).toBe('09:05');
  });
});
