import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../../src/lib/budget/words.js';
import { formatEventDate, formatPrice } from '../../../src/lib/events/format-event.js';
import { dayOfMonth, formatCount, formatDate, formatLongDate, formatMoney, formatTimeOfDay } from '../../../src/lib/format.js';
import { formatNoticeDate } from '../../../src/lib/notices/display.js';
import { agendaStrings } from '../../../src/lib/strings/events.js';
import { noticeFeedStrings } from '../../../src/lib/strings/notices.js';

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

describe('French typography shared by every element', () => {
  const NNBSP = '\u202f';

  it('writes the first day of a month as « 1er », in notices as in events', () => {
    const firstOfDecember = new Date('2026-12-01T09:00:00Z');
    expect(formatLongDate(firstOfDecember, 'fr')).toBe('1er décembre 2026');
    expect(formatNoticeDate(firstOfDecember, true, 'fr')).toBe('1er décembre 2026');
    expect(formatNoticeDate(firstOfDecember, false, 'fr')).toBe(`1er décembre 2026 à 10${NBSP}h`);
    expect(formatEventDate({ start: firstOfDecember, end: undefined, allDay: true }, 'fr')).toBe('mardi 1er décembre 2026, toute la journée');
    expect(formatDate(firstOfDecember, { weekday: 'long', day: 'numeric', month: 'long' }, 'fr')).toBe('mardi 1er décembre');
  });

  it('keeps other days, and English, as Intl writes them', () => {
    expect(formatLongDate(new Date('2026-12-11T09:00:00Z'), 'fr')).toBe('11 décembre 2026');
    expect(formatLongDate(new Date('2026-12-21T09:00:00Z'), 'fr')).toBe('21 décembre 2026');
    expect(formatLongDate(new Date('2026-12-01T09:00:00Z'), 'en')).toBe('1 December 2026');
    expect(dayOfMonth('1', 'en')).toBe('1');
  });

  it('groups thousands with a narrow no-break space in amounts, counts and prices', () => {
    expect(amountInWords(1262)).toBe(`1${NNBSP}262 euros`);
    expect(amountInWords(-4500)).toBe(`moins 4${NNBSP}500 euros`);
    expect(formatCount(12_500)).toBe(`12${NNBSP}500`);
    expect(formatMoney(1500)).toBe(`1${NNBSP}500${NBSP}€`);
    expect(formatMoney(18.5)).toBe(`18,50${NBSP}€`);
    expect(formatPrice(1500, 'fr')).toBe(`1${NNBSP}500${NBSP}€`);
    expect(agendaStrings.fr.count(1200)).toBe(`1${NNBSP}200 événements`);
    expect(noticeFeedStrings.fr.skipped(1500)).toBe(`1${NNBSP}500 avis du flux n’ont pas pu être affichés.`);
  });

  it('never writes four digits or more without a separator in French', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9_999_999 }), (count) => {
        expect(formatCount(count)).not.toMatch(/\d{4}/);
        expect(amountInWords(count)).not.toMatch(/\d{4}/);
      }),
    );
  });
});
