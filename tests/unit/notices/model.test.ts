import { describe, expect, it } from 'vitest';
import { dismissalKey, normaliseText, validateNotice } from '../../../src/lib/notices/model.js';

const valid = {
  id: 'n1',
  level: 'warning',
  heading: 'Route fermée',
  message: 'La route est fermée.',
  published: '2026-03-14T09:00:00+01:00',
};

describe('validateNotice', () => {
  it('builds a notice from a complete entry', () => {
    const { value, problems } = validateNotice({ ...valid, href: 'https://www.ville-loos.fr', linkLabel: 'Détails', area: 'Centre' });
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ id: 'n1', level: 'warning', heading: 'Route fermée', href: 'https://www.ville-loos.fr', linkLabel: 'Détails', area: 'Centre' });
    expect(value?.published.toISOString()).toBe('2026-03-14T08:00:00.000Z');
  });

  it.each([
    ['id', { id: undefined }],
    ['level', { level: 'urgent' }],
    ['heading', { heading: '   ' }],
    ['message', { message: 42 }],
    ['published', { published: '2026-02-30' }],
  ])('refuses an entry whose %s is missing or wrong, naming the field in French', (field, change) => {
    const { value, problems } = validateNotice({ ...valid, ...change }, 'notices[2]');
    expect(value).toBeUndefined();
    expect(problems.map((p) => p.field)).toContain(`notices[2].${field}`);
    expect(problems[0]?.message).toMatch(/[a-zé]/);
  });

  it('refuses something that is not an object', () => {
    for (const raw of [null, 'texte', 3, [valid]]) {
      expect(validateNotice(raw).value).toBeUndefined();
    }
  });

  it('keeps the notice but drops a refused link, and reports it', () => {
    const { value, problems } = validateNotice({ ...valid, href: 'javascript:alert(1)', linkLabel: 'Cliquez' });
    expect(value).toBeDefined();
    expect(value?.href).toBeUndefined();
    expect(value?.linkLabel).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('href');
    expect(problems[0]?.message).toContain('javascript:');
  });

  it('reads a date-only expiry as the end of that day in Paris', () => {
    const { value } = validateNotice({ ...valid, expires: '2026-03-14' });
    // The notice holds until midnight in Paris (UTC+1 in March), i.e. 23:00 UTC.
    expect(value?.expires?.toISOString()).toBe('2026-03-14T23:00:00.000Z');
    expect(value?.expiresDateOnly).toBe(true);
  });

  it('reads a date-only expiry across the summer-time change', () => {
    const { value } = validateNotice({ ...valid, published: '2026-03-28', expires: '2026-03-29' });
    // 29 March 2026 lasts 23 hours in Paris; midnight after it is 22:00 UTC.
    expect(value?.expires?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('reads a date-only publication as the start of that day in Paris', () => {
    const { value } = validateNotice({ ...valid, published: '2026-07-01' });
    expect(value?.published.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(value?.publishedDateOnly).toBe(true);
  });

  it('refuses an expiry before publication (a typo that would hide the notice for ever)', () => {
    const { value, problems } = validateNotice({ ...valid, expires: '2026-03-13T09:00:00+01:00' });
    expect(value).toBeUndefined();
    expect(problems[0]?.field).toBe('expires');
  });

  it('ignores an unreadable expiry but keeps the notice', () => {
    const { value, problems } = validateNotice({ ...valid, expires: 'demain' });
    expect(value?.expires).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['expires']);
  });

  it('keeps HTML as text and line breaks in the message', () => {
    const { value } = validateNotice({ ...valid, message: '<img src=x onerror=alert(1)>\r\nligne 2' });
    expect(value?.message).toBe('<img src=x onerror=alert(1)>\nligne 2');
  });

  it('refuses a huge heading and message rather than freezing the page', () => {
    expect(validateNotice({ ...valid, heading: 'x'.repeat(301) }).value).toBeUndefined();
    expect(validateNotice({ ...valid, message: 'x'.repeat(10_001) }).value).toBeUndefined();
    expect(validateNotice({ ...valid, message: 'x'.repeat(1_000) }).value).toBeDefined();
  });

  it('shortens the offending value in the report', () => {
    const { problems } = validateNotice({ ...valid, heading: 'x'.repeat(5_000) });
    expect(problems[0]?.value?.length).toBeLessThan(100);
  });
});

describe('normaliseText', () => {
  it('turns every line break into \\n and removes control characters', () => {
    expect(normaliseText('a\r\nb\rc\u0000d\te')).toBe('a\nb\ncd\te');
  });
});

describe('dismissalKey', () => {
  it('changes when the same notice is published again', () => {
    const first = dismissalKey('n1', new Date('2026-03-14T08:00:00Z'));
    const again = dismissalKey('n1', new Date('2026-03-16T08:00:00Z'));
    expect(first).not.toBe(again);
    expect(dismissalKey('n1', new Date('2026-03-14T08:00:00Z'))).toBe(first);
  });
});
