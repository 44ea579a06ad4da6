import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays, publicHolidayOn } from '../../../src/lib/services/holidays.js';
import { contactCardStrings } from '../../../src/lib/strings/services.js';
import { HOLIDAYS } from './fixtures.js';

describe('French public holidays', () => {
  it.each([2026, 2027, 2028, 2029, 2030])('computes the eleven holidays of %i', (year) => {
    expect(frenchPublicHolidays(year).map((holiday) => holiday.date)).toEqual(HOLIDAYS[year]?.map((day) => `${year}-${day}`));
  });

  it('names the holidays computed from Easter', () => {
    const names = contactCardStrings.fr.holidays;
    expect(names[publicHolidayOn('2027-03-29')!]).toBe('lundi de Pâques');
    expect(names[publicHolidayOn('2027-05-06')!]).toBe('Ascension');
    expect(names[publicHolidayOn('2027-05-17')!]).toBe('lundi de Pentecôte');
    expect(publicHolidayOn('2027-03-28')).toBeUndefined();
  });

  it('finds Easter on its earliest and latest possible dates', () => {
    // 22 March (1818, 2285) and 25 April (1943, 2038) bound the Gregorian computus.
    expect(easterSunday(1818)).toEqual({ month: 3, day: 22 });
    expect(easterSunday(2285)).toEqual({ month: 3, day: 22 });
    expect(easterSunday(1943)).toEqual({ month: 4, day: 25 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 });
  });
});
