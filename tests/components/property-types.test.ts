/**
 * Properties set from script with a type the element does not expect: the obvious forms (a Date,
 * a URL) are taken, anything else is reported, and the element never goes blank.
 */
import type { LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ELEMENTS, mount, settle, shadowText } from './contract.js';
import { captureInvalid } from './support.js';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const contract = (tag: string) => ELEMENTS.find((entry) => entry.tag === tag)!;

/** Sets `property` to `value` and waits; the update must not reject. */
async function setProperty(element: LitElement, property: string, value: unknown): Promise<void> {
  (element as unknown as Record<string, unknown>)[property] = value;
  await settle(element);
}

describe('properties of the obvious other type are taken', () => {
  it('a notice takes a Date as published and expires', async () => {
    const invalid = captureInvalid();
    const notice = await mount(contract('loos-notice'));
    await setProperty(notice, 'published', new Date('2026-03-02T09:30:00+01:00'));
    await setProperty(notice, 'expires', new Date('2026-04-01T00:00:00+02:00'));
    expect(shadowText(notice)).toContain('2 mars 2026');
    expect(invalid).toEqual([]);
  });

  it('a notice takes a URL object as href', async () => {
    const invalid = captureInvalid();
    const notice = await mount(contract('loos-notice'));
    await setProperty(notice, 'href', new URL('https://www.ville-loos.fr/travaux'));
    expect(notice.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe('https://www.ville-loos.fr/travaux');
    expect(invalid).toEqual([]);
  });
});

const WRONG: readonly [tag: string, property: string, value: unknown][] = [
  ['loos-notice', 'level', 3],
  ['loos-notice', 'expires', { jour: 'demain' }],
  ['loos-notice', 'published', new Date(Number.NaN)],
  ['loos-notice', 'href', 42],
  ['loos-notice', 'heading', ['Titre']],
  ['loos-tone-checker', 'value', 42],
  ['loos-tone-checker', 'config', null],
  ['loos-tone-checker', 'config', 'strict'],
  ['loos-budget-chart', 'source', 2026],
  ['loos-key-figure', 'label', { texte: 'x' }],
  ['loos-official-banner', 'organisation', 7],
  ...ELEMENTS.filter((entry) => entry.headingLevel).flatMap(({ tag }) => [
    [tag, 'headingLevel', { level: 3 }],
    [tag, 'headingLevel', Symbol('h3')],
  ] as [string, string, unknown][]),
];

describe('properties of a wrong type are reported, never a blank element', () => {
  it.each(WRONG)('<%s>.%s = %o', async (tag, property, value) => {
    const invalid = captureInvalid();
    const element = await mount(contract(tag));
    const before = shadowText(element).trim();
    expect(before).not.toBe('');
    const reports = invalid.length;
    await setProperty(element, property, value);
    expect(shadowText(element).trim()).not.toBe('');
    // config = null means « the default », the one value here that is not an error.
    if (!(property === 'config' && value === null)) {
      expect(invalid.length).toBeGreaterThan(reports);
      expect(invalid.at(-1)!.detail.problems.map((p) => p.field).join(' ')).toMatch(new RegExp(property === 'headingLevel' ? 'heading-level' : property, 'i'));
    }
  });
});
