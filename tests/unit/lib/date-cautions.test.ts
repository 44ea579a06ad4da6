import { describe, expect, it } from 'vitest';
import { parseIsoDateTime } from '../../../src/lib/dates.js';
import { validateNotice } from '../../../src/lib/notices/model.js';
import { readNoticeAttributes } from '../../../src/lib/notices/display.js';
import { validateEvent } from '../../../src/lib/events/model.js';

const notice = { id: 'travaux', level: 'info', heading: 'Travaux rue Pasteur', message: 'Circulation alternée.' };
const event = { id: 'bal', title: 'Bal de la Saint-Sylvestre', start: '2026-12-14T15:00' };

describe('dates a clock cannot show once and only once', () => {
  it('refuses a year written 0000 to 0099 instead of reading it as 1900 to 1999', () => {
    expect(parseIsoDateTime('0026-12-14')).toBeNull();
    expect(parseIsoDateTime('0099-01-01T10:00')).toBeNull();
    expect(parseIsoDateTime('0000-01-01T10:00Z')).toBeNull();
    // A four-digit year after the first century is read as it is written.
    expect(parseIsoDateTime('1026-12-14T12:00Z')?.date.getUTCFullYear()).toBe(1026);
  });

  it('marks a local time skipped by the spring change and one repeated by the autumn change', () => {
    expect(parseIsoDateTime('2027-03-28T02:30')).toMatchObject({ fold: 'skipped' });
    expect(parseIsoDateTime('2026-10-25T02:30')).toMatchObject({ fold: 'repeated' });
    for (const plain of ['2027-03-28T01:59', '2027-03-28T03:00', '2026-10-25T01:59', '2026-10-25T03:00', '2026-10-25T02:30+01:00', '2026-10-25']) {
      expect(parseIsoDateTime(plain)?.fold, plain).toBeUndefined();
    }
  });

  it('tells the author why a notice dated year 0026 is refused', () => {
    const { value, problems } = validateNotice({ ...notice, published: '0026-12-14' });
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ field: 'published', message: 'Année 0026 refusée : écrivez-la en entier (2026 ?).' }),
    ]);
  });

  it('shows a notice published in the spring gap at the hour that exists, and says so', () => {
    const { value, problems } = validateNotice({ ...notice, published: '2027-03-28T02:30' });
    expect(value?.published.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'published',
        message: "2027-03-28T02:30 n'existe pas à Paris (passage à l'heure d'été) : 3:30 est retenue.",
      }),
    ]);
  });

  it('takes the first of the two autumn 02:30 for an expiry, and says so', () => {
    const { value, problems } = validateNotice({ ...notice, published: '2026-10-24', expires: '2026-10-25T02:30' });
    expect(value?.expires?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'expires',
        message: "2026-10-25T02:30 a lieu deux fois à Paris (retour à l'heure d'hiver) : la première, en +02:00, est retenue.",
      }),
    ]);
  });

  it('reports the same cautions for the attributes of one notice element', () => {
    const { problems } = readNoticeAttributes({ heading: 'Fête', published: '2027-03-28T02:15', expires: '0027-01-01' });
    expect(problems.map((p) => p.field)).toEqual(['published', 'expires']);
    expect(problems[0]?.message).toContain('3:15 est retenue');
    expect(problems[1]?.message).toBe("La date d'expiration est ignorée. Année 0027 refusée : écrivez-la en entier (2027 ?).");
  });

  it('reports an event starting in the spring gap and ending in the repeated autumn hour', () => {
    const skipped = validateEvent({ ...event, start: '2027-03-28T02:30', end: '2027-03-28T05:00' });
    expect(skipped.event?.start.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(skipped.problems).toEqual([expect.objectContaining({ field: 'start', message: expect.stringContaining("n'existe pas") as string })]);

    const repeated = validateEvent({ ...event, start: '2026-10-24T22:00', end: '2026-10-25T02:30' });
    expect(repeated.event?.end?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(repeated.problems).toEqual([expect.objectContaining({ field: 'end', message: expect.stringContaining('a lieu deux fois') as string })]);
  });

  it('refuses an event in year 0026 with the reason, instead of showing 1926', () => {
    const { event: read, problems } = validateEvent({ ...event, start: '0026-12-14T15:00' });
    expect(read).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: 'start', message: 'Année 0026 refusée : écrivez-la en entier (2026 ?).' })]);
  });
});
