import { describe, expect, it } from 'vitest';
import { categoriesOf, filterEvents, groupByMonth, monthRange, weekRange } from '../../../src/lib/events/filter.js';
import { validateEvents } from '../../../src/lib/events/model.js';

const { events } = validateEvents([
  { id: 'past', title: 'Passé', start: '2026-11-20T10:00', category: 'Culture' },
  { id: 'ongoing', title: 'Exposition en cours', start: '2026-11-25', end: '2026-12-05', category: 'Culture' },
  { id: 'sunday', title: 'Dimanche soir', start: '2026-12-06T18:00', category: 'Sport' },
  { id: 'monday', title: 'Lundi suivant', start: '2026-12-07T00:30', category: 'Vie municipale' },
  { id: 'december', title: 'Marché de Noël', start: '2026-12-18', end: '2026-12-20', category: 'Commerce' },
  { id: 'january', title: 'Vœux', start: '2027-01-09T11:00', category: 'Vie municipale' },
  { id: 'early', title: 'Avant', start: '2026-12-02T09:00' },
]);
// Thursday 3 December 2026, noon in Paris.
const now = new Date('2026-12-03T11:00:00Z');
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('agenda filters', () => {
  it('hides past events unless asked, keeps ongoing ones, and sorts by start', () => {
    expect(ids(filterEvents(events, { now }))).toEqual(['ongoing', 'sunday', 'monday', 'december', 'january']);
    expect(ids(filterEvents(events, { now, showPast: true }))).toEqual(['past', 'ongoing', 'early', 'sunday', 'monday', 'december', 'january']);
  });

  it('has weeks from Monday 0 h to Sunday 24 h in Paris time', () => {
    const week = weekRange(now);
    expect(week.start.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(week.end.toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(ids(filterEvents(events, { now, period: 'week' }))).toEqual(['ongoing', 'sunday']);
  });

  it('finds a week that spans the autumn time change', () => {
    const week = weekRange(new Date('2026-10-25T12:00:00Z'));
    expect(week.start.toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(week.end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('filters by month and by category', () => {
    expect(monthRange(now).end.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(ids(filterEvents(events, { now, period: 'month' }))).toEqual(['ongoing', 'sunday', 'monday', 'december']);
    expect(ids(filterEvents(events, { now, category: 'Vie municipale' }))).toEqual(['monday', 'january']);
  });

  it('lists the categories in French order', () => {
    expect(categoriesOf(events)).toEqual(['Commerce', 'Culture', 'Sport', 'Vie municipale']);
  });

  it('groups by month with capitalised French headings', () => {
    const groups = groupByMonth(filterEvents(events, { now }));
    expect(groups.map((g) => [g.label, ids(g.events)])).toEqual([
      ['Novembre 2026', ['ongoing']],
      ['Décembre 2026', ['sunday', 'monday', 'december']],
      ['Janvier 2027', ['january']],
    ]);
    expect(groupByMonth(events, 'en')[0]?.label).toBe('November 2026');
  });
});
