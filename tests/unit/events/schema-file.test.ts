import { describe, expect, it } from 'vitest';
import { ACCESSIBILITY_FEATURES, ATTENDANCE_MODES, EVENT_STATUSES } from '../../../src/lib/events/model.js';
import schema from '../../../schemas/events.schema.json';
import agenda from '../../fixtures/events/agenda.json';

const event = schema.$defs.event;

describe('schemas/events.schema.json', () => {
  it('lists the same statuses, attendance modes and accessibility features as the model', () => {
    expect(event.properties.status.enum).toEqual([...EVENT_STATUSES]);
    expect(event.properties.attendance.enum).toEqual([...ATTENDANCE_MODES]);
    expect(event.properties.accessibility.items.enum).toEqual([...ACCESSIBILITY_FEATURES]);
  });

  it('describes every field of the fixture agenda, and requires id, title and start', () => {
    expect(event.required).toEqual(['id', 'title', 'start']);
    const known = Object.keys(event.properties);
    for (const item of agenda) expect(known).toEqual(expect.arrayContaining(Object.keys(item)));
    const date = new RegExp(schema.$defs.isoDateTime.pattern);
    for (const item of agenda) expect(date.test(item.start)).toBe(true);
  });
});
