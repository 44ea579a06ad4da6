import { describe, expect, it } from 'vitest';
import { eventsFromListItems } from '../../../src/lib/events/html-list.js';
import { validateEvents } from '../../../src/lib/events/model.js';

describe('eventsFromListItems', () => {
  it('reads a <loos-event-card> item from its attributes, its heading giving the title', () => {
    const { events, problems } = eventsFromListItems([
      { attributes: { 'event-id': 'conseil', start: '2026-12-15T18:00', 'location-name': 'Hôtel de ville', 'all-day': '', href: 'https://www.loos.fr/a' }, heading: 'Conseil municipal', times: [], fields: {} },
    ]);
    expect(problems).toEqual([]);
    expect(events).toEqual([{ id: 'conseil', title: 'Conseil municipal', start: '2026-12-15T18:00', allDay: true, location: { name: 'Hôtel de ville' }, href: 'https://www.loos.fr/a' }]);
  });

  it('reads plain markup: heading link, <time> start and end, data-location and data-category', () => {
    const { events } = eventsFromListItems([
      { attributes: {}, heading: 'Vœux du maire', href: '/voeux', times: ['2027-01-09T11:00', '2027-01-09T12:30'], fields: { location: 'Salle Pierre de Coubertin', category: 'Vie municipale' } },
    ]);
    expect(events).toEqual([{ id: 'voeux-du-maire-2027-01-09t11-00', title: 'Vœux du maire', href: '/voeux', start: '2027-01-09T11:00', end: '2027-01-09T12:30', location: { name: 'Salle Pierre de Coubertin' }, category: 'Vie municipale' }]);
  });

  it('gives an item without an identifier a stable one, so that no valid item is reported', () => {
    const item = { attributes: {}, heading: 'Vœux du maire', times: ['2027-01-09T11:00'], fields: {} };
    const checked = validateEvents(eventsFromListItems([item]).events);
    expect(checked.problems).toEqual([]);
    expect(checked.events[0]?.id).toBe(validateEvents(eventsFromListItems([item]).events).events[0]?.id);
  });

  it('hands an item without a date to the agenda’s validation, which reports it instead of dropping it', () => {
    const { events } = eventsFromListItems([{ attributes: {}, heading: 'Sans date', times: [], fields: {} }]);
    const checked = validateEvents(events);
    expect(checked.rejected).toBe(1);
    expect(checked.problems.some((p) => p.field.includes('start'))).toBe(true);
  });

  it('reports an empty list', () => {
    expect(eventsFromListItems([]).problems).toEqual([expect.objectContaining({ field: 'events' })]);
  });
});
