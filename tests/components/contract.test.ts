/// <reference types="vite/client" />
/**
 * What every element promises, checked for all of them from one list: a new element gets these
 * tests by adding one line. Specific behaviour stays in each element's own test file; axe in every
 * theme runs on the stories, server rendering and hydration in tests/e2e/ssr-hydration.test.ts, and
 * Lit development warnings fail any test (tests/support/lit-warnings.ts).
 */
import { LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/index.js';
import type { LoosInvalidEvent } from '../../src/events/invalid.js';
import { manualClock } from '../../src/lib/notices/clock.js';
import budget from '../fixtures/budget/loos-2026.json?raw';

const NOW = Date.parse('2026-03-14T10:00:00+01:00');
const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;
const attr = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

interface ElementContract {
  readonly tag: string;
  /** The element with `text` in one of its texts a person reads. */
  readonly markup: (text: string) => string;
  /** Whether it takes `heading-level`. */
  readonly headingLevel: boolean;
}

const ELEMENTS: readonly ElementContract[] = [
  { tag: 'loos-official-banner', headingLevel: false, markup: (text) => `<loos-official-banner organisation="${attr(text)}"></loos-official-banner>` },
  { tag: 'loos-notice', headingLevel: true, markup: (text) => `<loos-notice heading="${attr(text)}" published="2026-03-01"><p>Message</p></loos-notice>` },
  {
    tag: 'loos-notice-feed',
    headingLevel: true,
    markup: (text) => `<loos-notice-feed>${json({ notices: [{ id: 'a', level: 'warning', heading: text, message: 'Message', published: '2026-03-01' }] })}</loos-notice-feed>`,
  },
  { tag: 'loos-event-card', headingLevel: true, markup: (text) => `<loos-event-card event-id="a" event-title="${attr(text)}" start="2026-12-19T15:00" location="Salle Fernand-Nuyttens"></loos-event-card>` },
  {
    tag: 'loos-event-list',
    headingLevel: true,
    markup: (text) => `<loos-event-list now="2026-12-01T10:00:00+01:00">${json([{ id: 'a', title: text, start: '2026-12-19T15:00', location: 'Salle des fêtes' }])}</loos-event-list>`,
  },
  { tag: 'loos-budget-chart', headingLevel: true, markup: (text) => `<loos-budget-chart heading="${attr(text)}"><script type="application/json">${budget.replaceAll('<', '\\u003c')}</script></loos-budget-chart>` },
  { tag: 'loos-key-figure', headingLevel: false, markup: (text) => `<loos-key-figure value="28400000" unit="EUR" label="${attr(text)}" previous="27000000"></loos-key-figure>` },
  { tag: 'loos-tone-checker', headingLevel: false, markup: (text) => `<loos-tone-checker value="${attr(text)}"></loos-tone-checker>` },
  { tag: 'loos-contact-card', headingLevel: true, markup: (text) => `<loos-contact-card name="${attr(text)}" phone="0320000000"></loos-contact-card>` },
  { tag: 'loos-service-tiles', headingLevel: true, markup: (text) => `<loos-service-tiles heading="${attr(text)}" all-href="/demarches">${json([{ label: 'Déclarer une naissance', href: '/naissance' }])}</loos-service-tiles>` },
  { tag: 'loos-procedure', headingLevel: true, markup: (text) => `<loos-procedure>${json({ title: text, cost: 0, updated: '2026-12-01' })}</loos-procedure>` },
];

/** Mounts the element in a French page part, its clock (if any) fixed, and waits for it to settle. */
async function mount(contract: ElementContract, text = 'Texte de la ville', extra = ''): Promise<LitElement> {
  document.body.innerHTML = `<div lang="fr">${contract.markup(text).replace(`<${contract.tag}`, `<${contract.tag} ${extra}`)}</div>`;
  const element = document.querySelector<LitElement & { clock?: unknown }>(contract.tag)!;
  if ('clock' in element) element.clock = manualClock(NOW);
  await settle(element);
  return element;
}

async function settle(element: LitElement): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

const shadowText = (element: Element): string => {
  const texts: string[] = [];
  const walk = (root: Element | ShadowRoot) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
      if (node instanceof HTMLTextAreaElement) texts.push(node.value);
      if (node instanceof Element) {
        walk(node);
        if (node.shadowRoot !== null) walk(node.shadowRoot);
      }
    }
  };
  walk(element.shadowRoot!);
  return texts.join(' ').replace(/\s+/g, ' ');
};

/** The first match in the element's shadow root or in those of the elements it renders (a feed's notices). */
function deepQuery(element: Element, selector: string): Element | null {
  const root = element.shadowRoot;
  if (root === null) return null;
  const found = root.querySelector(selector);
  if (found !== null) return found;
  for (const child of root.querySelectorAll('*')) {
    const inner = deepQuery(child, selector);
    if (inner !== null) return inner;
  }
  return null;
}

function captureInvalid(): LoosInvalidEvent[] {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const events: LoosInvalidEvent[] = [];
  document.addEventListener('loos-invalid', (event) => events.push(event));
  return events;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  delete (window as { pwned?: boolean }).pwned;
});

describe.each(ELEMENTS)('<$tag> contract', (contract) => {
  it('speaks the language of the page, and follows a change of lang', async () => {
    const element = await mount(contract);
    const french = shadowText(element);
    document.querySelector('div')!.lang = 'en';
    await vi.waitFor(async () => {
      await settle(element);
      expect(shadowText(element)).not.toBe(french);
    });
    document.querySelector('div')!.lang = 'fr';
    await vi.waitFor(async () => {
      await settle(element);
      expect(shadowText(element)).toBe(french);
    });
  });

  it('shows hostile text as text, and runs none of it', async () => {
    const payload = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>Fête';
    const element = await mount(contract, payload);
    expect(deepQuery(element, 'img[src="x"], script')).toBeNull();
    expect(shadowText(element)).toContain('<img src=x');
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('reports a problem once, however often it renders', async () => {
    const invalid = captureInvalid();
    const bad = contract.headingLevel ? 'heading-level="abc"' : '';
    const element = bad === '' ? await mount(contract, ' ') : await mount(contract, 'Texte', bad);
    const before = invalid.length;
    expect(before).toBeGreaterThanOrEqual(contract.headingLevel ? 1 : 0);
    element.requestUpdate();
    await settle(element);
    element.requestUpdate();
    await settle(element);
    expect(invalid.length).toBe(before);
  });

});

describe.each(ELEMENTS.filter((contract) => contract.headingLevel))('<$tag> heading level', (contract) => {
  it('reports a bad heading-level as written, from the element itself, and uses a real heading', async () => {
    const invalid = captureInvalid();
    const element = await mount(contract, 'Texte', 'heading-level="abc"');
    const reports = invalid.filter((event) => event.detail.problems.some((problem) => problem.field === 'heading-level'));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.detail.element).toBe(contract.tag);
    expect(reports[0]!.detail.problems.find((problem) => problem.field === 'heading-level')!.value).toBe('abc');
    expect(deepQuery(element, 'h2, h3, h4, h5, h6')).not.toBeNull();
  });
});
