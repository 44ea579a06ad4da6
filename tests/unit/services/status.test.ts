import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusText } from '../../../src/lib/services/display.js';
import { readOpeningHours } from '../../../src/lib/services/hours.js';
import { openingStatus } from '../../../src/lib/services/status.js';
import { at, HOLIDAYS, offset2026, TOWN_HALL_WEEK } from './fixtures.js';

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const hoursOf = (input: unknown) => readOpeningHours(input).hours;
const townHall = hoursOf({ weekly: TOWN_HALL_WEEK });
const say = (instant: number, hours = townHall) => flat(statusText(openingStatus(hours, instant), 'fr'));

/** Every day of 2026 as `YYYY-MM-DD`, from UTC arithmetic only. */
const DAYS_2026 = Array.from({ length: 365 }, (_, index) => new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10));

describe('opening status over the year 2026', () => {
  it('is open at 10:00 on every working day and closed on Sundays and every holiday, in local time across both DST changes', () => {
    const holidays = new Set(HOLIDAYS[2026]!.map((day) => `2026-${day}`));
    const wrong: string[] = [];
    for (const day of DAYS_2026) {
      const sunday = new Date(`${day}T12:00:00Z`).getUTCDay() === 0;
      const status = openingStatus(townHall, at(day, '10:00'));
      const expected = sunday || holidays.has(day) ? 'closed' : 'open';
      // Closes at noon, Loos time: 11:00 UTC in winter, 10:00 UTC in summer.
      const noon = `${day}T${String(12 - offset2026(day)).padStart(2, '0')}:00:00.000Z`;
      if (status.state !== expected || (expected === 'open' && status.closesAt?.toISOString() !== noon)) {
        wrong.push(`${day}: ${status.state} ${status.closesAt?.toISOString() ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says why it is closed on each holiday of 2026 that falls on an opening day', () => {
    const texts = HOLIDAYS[2026]!.map((day) => `2026-${day}`)
      .filter((day) => new Date(`${day}T12:00:00Z`).getUTCDay() !== 0)
      .map((day) => say(at(day, '10:00')).replace(/ — .*/, ''));
    expect(texts).toEqual([
      'Fermé aujourd’hui (jour férié : jour de l’An)',
      'Fermé aujourd’hui (jour férié : lundi de Pâques)',
      'Fermé aujourd’hui (jour férié : fête du Travail)',
      'Fermé aujourd’hui (jour férié : Victoire 1945)',
      'Fermé aujourd’hui (jour férié : Ascension)',
      'Fermé aujourd’hui (jour férié : lundi de Pentecôte)',
      'Fermé aujourd’hui (jour férié : fête nationale)',
      'Fermé aujourd’hui (jour férié : Assomption)',
      'Fermé aujourd’hui (jour férié : Armistice 1918)',
      'Fermé aujourd’hui (jour férié : Noël)',
    ]);
  });
});

describe('every national holiday from 2026 to 2030', () => {
  it('closes the town hall all day, saying it is a holiday', () => {
    const open: string[] = [];
    for (const [year, days] of Object.entries(HOLIDAYS)) {
      for (const day of days) {
        // 09:30 UTC is 10:30 or 11:30 in Loos: within the morning opening, whatever the season.
        const status = openingStatus(townHall, Date.parse(`${year}-${day}T09:30:00Z`));
        if (status.state !== 'closed' || status.today?.kind !== 'holiday') open.push(`${year}-${day}`);
      }
    }
    expect(open).toEqual([]);
  });
});

describe('what the status says', () => {
  it('« Ouvert — ferme à 12 h », then « Ferme bientôt », then closed for lunch', () => {
    expect(say(at('2026-12-07', '10:00'))).toBe('Ouvert — ferme à 12 h');
    expect(say(at('2026-12-07', '11:45'))).toBe('Ferme bientôt — à 12 h');
    expect(say(at('2026-12-07', '12:30'))).toBe('Fermé — ouvre à 13 h 30');
    expect(say(at('2026-12-07', '16:00'))).toBe('Ouvert — ferme à 17 h 30');
  });

  it('names tomorrow, a weekday, or a date for the next opening', () => {
    expect(say(at('2026-12-04', '18:00'))).toBe('Fermé — ouvre demain à 9 h');
    expect(say(at('2026-12-05', '12:00'))).toBe('Fermé — ouvre lundi à 8 h 30');
    const summer = hoursOf({ weekly: TOWN_HALL_WEEK, exceptions: [{ date: '2026-08-01', to: '2026-08-16', label: 'congés d’été' }] });
    expect(say(at('2026-07-31', '18:00'), summer)).toBe('Fermé — ouvre le lundi 17 août à 8 h 30');
  });

  it('« Fermé aujourd’hui (jour férié : lundi de Pâques) » and the next opening', () => {
    expect(say(Date.parse('2027-03-29T10:00:00+02:00'))).toBe('Fermé aujourd’hui (jour férié : lundi de Pâques) — ouvre demain à 8 h 30');
  });

  it('tells an exceptional closure, with or without a label, and exceptional hours', () => {
    const hours = hoursOf({
      weekly: TOWN_HALL_WEEK,
      exceptions: [
        { date: '2026-12-08', closed: true, label: 'inventaire' },
        { date: '2026-12-11' },
        { date: '2026-12-24', hours: ['08:30-12:00'], label: 'veille de Noël' },
      ],
    });
    expect(say(at('2026-12-08', '10:00'), hours)).toBe('Fermé aujourd’hui (fermeture exceptionnelle : inventaire) — ouvre demain à 8 h 30');
    expect(say(at('2026-12-11', '10:00'), hours)).toBe('Fermé aujourd’hui (fermeture exceptionnelle) — ouvre demain à 9 h');
    expect(say(at('2026-12-24', '10:00'), hours)).toBe('Ouvert — ferme à 12 h (horaires exceptionnels aujourd’hui : veille de Noël)');
    // After special hours end, today was open: no « Fermé aujourd’hui ».
    expect(say(at('2026-12-24', '14:00'), hours)).toBe('Fermé — ouvre samedi à 9 h');
  });

  it('an exceptional opening wins over a holiday; local holidays close every year or once', () => {
    const hours = hoursOf({
      weekly: TOWN_HALL_WEEK,
      exceptions: [{ date: '2026-07-14', hours: ['10:00-12:00'], label: 'cérémonie' }],
      localHolidays: [{ date: '09-07', name: 'braderie' }, { date: '2026-06-19', name: 'fête de la ville' }],
    });
    expect(openingStatus(hours, at('2026-07-14', '11:45')).state).toBe('closing-soon');
    expect(say(at('2026-09-07', '10:00'), hours)).toBe('Fermé aujourd’hui (jour férié : braderie) — ouvre demain à 8 h 30');
    expect(openingStatus(hours, Date.parse('2027-09-07T10:00:00+02:00')).state).toBe('closed');
    expect(say(at('2026-06-19', '10:00'), hours)).toMatch(/^Fermé aujourd’hui \(jour férié : fête de la ville\)/);
  });

  it('can stay open on public holidays (publicHolidays: false)', () => {
    expect(openingStatus(hoursOf({ weekly: TOWN_HALL_WEEK, publicHolidays: false }), at('2026-05-14', '10:00')).state).toBe('open');
  });

  it('says « Fermé » alone when nothing opens within a year', () => {
    expect(say(at('2026-12-07', '10:00'), hoursOf({ weekly: {} }))).toBe('Fermé');
  });

  it('writes English from the English table', () => {
    expect(flat(statusText(openingStatus(townHall, at('2026-12-05', '12:00')), 'en'))).toBe('Closed — opens on Monday at 08:30');
  });
});

describe('daylight-saving changes', () => {
  it('opens on the Monday after the spring change at 8:30 summer time', () => {
    const status = openingStatus(townHall, Date.parse('2026-03-28T13:00:00+01:00'));
    expect(status.opensAt?.toISOString()).toBe('2026-03-30T06:30:00.000Z');
  });

  it('opens on the Monday after the autumn change at 8:30 winter time', () => {
    const status = openingStatus(townHall, Date.parse('2026-10-24T12:30:00+02:00'));
    expect(status.opensAt?.toISOString()).toBe('2026-10-26T07:30:00.000Z');
  });

  it('keeps wall-clock hours on the change days themselves (an exceptional Sunday opening)', () => {
    const hours = hoursOf({ weekly: TOWN_HALL_WEEK, exceptions: [{ date: '2026-03-29', hours: ['08:00-18:00'] }, { date: '2026-10-25', hours: ['08:00-18:00'] }] });
    expect(openingStatus(hours, Date.parse('2026-03-29T04:00:00Z')).opensAt?.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(openingStatus(hours, Date.parse('2026-03-29T10:00:00Z')).closesAt?.toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(openingStatus(hours, Date.parse('2026-10-25T04:00:00Z')).opensAt?.toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(openingStatus(hours, Date.parse('2026-10-25T10:00:00Z')).closesAt?.toISOString()).toBe('2026-10-25T17:00:00.000Z');
  });
});

describe('next change', () => {
  it('wakes up at closing-soon, at closing, at opening, and at midnight for the wording', () => {
    const next = (instant: number) => openingStatus(townHall, instant).nextChange.getTime();
    expect(next(at('2026-12-07', '10:00'))).toBe(at('2026-12-07', '11:30'));
    expect(next(at('2026-12-07', '11:45'))).toBe(at('2026-12-07', '12:00'));
    expect(next(at('2026-12-07', '12:30'))).toBe(at('2026-12-07', '13:30'));
    expect(next(at('2026-12-07', '18:00'))).toBe(at('2026-12-08', '00:00'));
    // The night of the spring change is an hour shorter.
    expect(next(Date.parse('2026-03-28T20:00:00+01:00'))).toBe(Date.parse('2026-03-29T00:00:00+01:00'));
  });

  it('always moves forward and agrees with the state (property)', () => {
    const hours = hoursOf({ weekly: TOWN_HALL_WEEK, exceptions: [{ date: '2026-03-29', hours: ['01:00-04:00'] }] });
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }), (now) => {
        const status = openingStatus(hours, now);
        expect(status.nextChange.getTime()).toBeGreaterThan(now);
        if (status.state === 'closed') expect(status.opensAt!.getTime()).toBeGreaterThan(now);
        else expect(status.closesAt!.getTime()).toBeGreaterThan(now);
      }),
    );
  });
});
