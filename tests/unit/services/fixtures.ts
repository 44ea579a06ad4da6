import { readFileSync } from 'node:fs';

/** A file of tests/fixtures/services, parsed. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/services/${name}`, import.meta.url), 'utf8'));
}

/** The town hall's usual week: Monday to Friday in two ranges, Saturday morning. */
export const TOWN_HALL_WEEK = {
  lundi: ['08:30-12:00', '13:30-17:30'],
  mardi: ['08:30-12:00', '13:30-17:30'],
  mercredi: ['08:30-12:00', '13:30-17:30'],
  jeudi: ['08:30-12:00', '13:30-17:30'],
  vendredi: ['08:30-12:00', '13:30-17:30'],
  samedi: ['09:00-12:00'],
};

/**
 * National holidays 2026–2030, written by hand: the fixed dates, and Easter Monday, Ascension
 * and Whit Monday counted from Easter Sunday (5 April 2026, 28 March 2027, 16 April 2028,
 * 1 April 2029, 21 April 2030, checked against python-dateutil's `easter()`).
 */
export const HOLIDAYS: Readonly<Record<number, readonly string[]>> = {
  2026: ['01-01', '04-06', '05-01', '05-08', '05-14', '05-25', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2027: ['01-01', '03-29', '05-01', '05-06', '05-08', '05-17', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2028: ['01-01', '04-17', '05-01', '05-08', '05-25', '06-05', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2029: ['01-01', '04-02', '05-01', '05-08', '05-10', '05-21', '07-14', '08-15', '11-01', '11-11', '12-25'],
  2030: ['01-01', '04-22', '05-01', '05-08', '05-30', '06-10', '07-14', '08-15', '11-01', '11-11', '12-25'],
};

/**
 * The UTC offset of Loos in 2026, in hours, written from the rule rather than computed with
 * `Intl`: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC (last Sundays of March and October).
 */
export function offset2026(day: string): 1 | 2 {
  return day >= '2026-03-29' && day < '2026-10-25' ? 2 : 1;
}

/** An instant from a local time in Loos in 2026 and the offset above: `at('2026-12-07', '10:00')`. */
export function at(day: string, time: string): number {
  return Date.parse(`${day}T${time}:00+0${offset2026(day)}:00`);
}
