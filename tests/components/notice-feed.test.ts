/// <reference types="vite/client" />
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LoosNoticeFeed } from '../../src/components/notice-feed/notice-feed.js';
import type { LoosInvalidEvent } from '../../src/lib/invalid.js';
import { manualClock, type ManualClock } from '../../src/lib/notices/clock.js';
import { FEED_CACHE_PREFIX } from '../../src/lib/notices/feed-source.js';
import capAlert from '../fixtures/notices/cap-alert.xml?raw';
import capAtom from '../fixtures/notices/cap-atom.xml?raw';
import capCancel from '../fixtures/notices/cap-cancel.xml?raw';
import capHeadlineOnly from '../fixtures/notices/cap-headline-only.xml?raw';
import capRss from '../fixtures/notices/cap-rss.xml?raw';
import capTest from '../fixtures/notices/cap-test-status.xml?raw';
import capTwoLanguages from '../fixtures/notices/cap-two-languages.xml?raw';
import malformed from '../fixtures/notices/notices-malformed.json?raw';
import partlyInvalid from '../fixtures/notices/notices-partly-invalid.json?raw';
import valid from '../fixtures/notices/notices-valid.json?raw';
import { expectConsoleWarnings } from '../support/console-guard.js';

/** A 390 kB CAP alert whose description is 130,000 unknown entities. */
const entityFlood = capAlert.replace(/<description>[^<]*<\/description>/, `<description>${'&x;'.repeat(130_000)}</description>`);

const NOW = Date.parse('2026-03-14T10:00:00+01:00');
const SRC = '/flux/avis.json';

type Fetcher = typeof globalThis.fetch;
const answer = (body: string, init: ResponseInit = {}): Fetcher => vi.fn(() => Promise.resolve(new Response(body, init)));

async function settle(feed: LoosNoticeFeed): Promise<void> {
  // The fetching code loads with the first request: on a busy machine that takes a moment.
  await vi.waitFor(() => {
    expect(feed.state).not.toBe('loading');
  }, { timeout: 5000 });
  await feed.updateComplete;
  await Promise.all([...feed.shadowRoot!.querySelectorAll('loos-notice')].map((notice) => notice.updateComplete));
}

async function mountFeed(fetcher: Fetcher, attributes = '', clock: ManualClock = manualClock(NOW)): Promise<LoosNoticeFeed> {
  document.body.innerHTML = `<loos-notice-feed src="${SRC}" ${attributes}></loos-notice-feed>`;
  const feed = document.querySelector('loos-notice-feed')!;
  feed.clock = clock;
  feed.fetcher = fetcher;
  await settle(feed);
  return feed;
}

const shownIds = (feed: LoosNoticeFeed) => [...feed.shadowRoot!.querySelectorAll('loos-notice')].map((n) => n.getAttribute('notice-id'));
const statusText = (feed: LoosNoticeFeed) => [...feed.shadowRoot!.querySelectorAll('[part=status]')].map((p) => p.textContent.trim());

function captureInvalid(): LoosInvalidEvent[] {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const events: LoosInvalidEvent[] = [];
  document.addEventListener('loos-invalid', (event) => events.push(event));
  return events;
}

beforeEach(() => {
  localStorage.clear();
});

describe('<loos-notice-feed> with the library’s JSON', () => {
  it('shows the active notices, alert > warning > info, then newest first', async () => {
    const feed = await mountFeed(answer(valid, { headers: { 'content-type': 'application/json' } }));
    expect(feed.state).toBe('ready');
    expect(feed.getAttribute('state')).toBe('ready');
    expect(shownIds(feed)).toEqual(['tempete-2026-03-14', 'route-fermee-2026-03-13', 'eau-coupure-2026-03-14', 'marche-2026-03-10']);
    const alert = feed.shadowRoot!.querySelector('loos-notice')!;
    expect(alert.shadowRoot!.querySelector('a')!.textContent).toContain('Consignes de sécurité');
  });

  it('reports its own bad heading-level once, and its notices report nothing', async () => {
    const invalid = captureInvalid();
    const feed = await mountFeed(answer(valid), 'heading-level="9"');
    expect(shownIds(feed)).toHaveLength(4);
    const reports = invalid.map((event) => event.detail);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.element).toBe('loos-notice-feed');
    expect(reports[0]!.problems).toEqual([expect.objectContaining({ field: 'heading-level', value: '9' })]);
    // The notices use the fallback level the feed chose.
    expect(feed.shadowRoot!.querySelector('loos-notice')!.shadowRoot!.querySelector('h2')).not.toBeNull();
  });

  it('shows at most max notices', async () => {
    const feed = await mountFeed(answer(valid), 'max="2"');
    expect(shownIds(feed)).toEqual(['tempete-2026-03-14', 'route-fermee-2026-03-13']);
  });

  it('keeps line breaks and shows HTML as text', async () => {
    const warnings = expectConsoleWarnings();
    const feed = await mountFeed(answer(partlyInvalid));
    const hostile = feed.shadowRoot!.querySelector('loos-notice[notice-id="texte-hostile"]')!;
    expect(hostile.querySelector('img')).toBeNull();
    expect(hostile.textContent).toContain('<img src=x onerror="window.__loosHacked = true"> reste du texte.');
    expect(hostile.shadowRoot!.querySelector('h2')!.textContent).toBe('<b>Titre</b> en texte');
    expect((window as { __loosHacked?: boolean }).__loosHacked).toBeUndefined();

    const first = await mountFeed(answer(valid));
    const storm = first.shadowRoot!.querySelector('loos-notice[notice-id="tempete-2026-03-14"] .message')!;
    expect(storm.textContent).toContain('cet après-midi.\nÉvitez');
    expect(getComputedStyle(storm).whiteSpace).toBe('pre-line');
    expect((storm as HTMLElement).innerText.split('\n')).toHaveLength(2);
    // The same feed holds four invalid notices, reported in one line.
    expect(warnings).toEqual([expect.stringContaining('<loos-notice-feed> : données invalides (notices[1].heading, notices[2].level')]);
  });

  it('shows the valid entries of a partly invalid feed and reports every skipped one', async () => {
    const invalid = captureInvalid();
    const feed = await mountFeed(answer(partlyInvalid));
    expect(feed.state).toBe('ready');
    expect(shownIds(feed)).toEqual(['valide-1', 'lien-dangereux', 'texte-hostile']);
    expect(invalid).toHaveLength(1);
    const fields = invalid[0]!.detail.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['notices[1].heading', 'notices[2].level', 'notices[3].published', 'notices[4].href', 'notices[6]']));
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(statusText(feed)).toContain('4 avis du flux n’ont pas pu être affichés.');
    const keptWithoutLink = feed.shadowRoot!.querySelector('loos-notice[notice-id="lien-dangereux"]')!;
    expect(keptWithoutLink.shadowRoot!.querySelector('a')).toBeNull();
  });

  it('requests nothing but src, and refuses a javascript: src without requesting it', async () => {
    const fetcher = answer(capAtom);
    await mountFeed(fetcher);
    expect(vi.mocked(fetcher).mock.calls.map(([url]) => url)).toEqual([SRC]);

    const invalid = captureInvalid();
    document.body.innerHTML = '<loos-notice-feed src="javascript:alert(1)"></loos-notice-feed>';
    const feed = document.querySelector('loos-notice-feed')!;
    const refused = vi.fn<Fetcher>();
    feed.fetcher = refused;
    await settle(feed);
    expect(refused).not.toHaveBeenCalled();
    expect(feed.state).toBe('error');
    expect(invalid.at(-1)!.detail.problems[0]!.field).toBe('src');
  });

  it('lets people hide information and warnings, never alerts, when dismissible', async () => {
    const feed = await mountFeed(answer(valid), 'dismissible');
    const dismissButtons = [...feed.shadowRoot!.querySelectorAll('loos-notice')].map((n) => n.shadowRoot!.querySelector('button') !== null);
    expect(dismissButtons).toEqual([false, true, true, true]);
  });

  it('uses the page’s fetch when none is injected', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(valid)));
    vi.stubGlobal('fetch', fetch);
    document.body.innerHTML = `<loos-notice-feed src="${SRC}"></loos-notice-feed>`;
    const feed = document.querySelector('loos-notice-feed')!;
    feed.clock = manualClock(NOW);
    await settle(feed);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(shownIds(feed)).toHaveLength(4);
  });
});

// The faults of the server (HTTP errors, timeouts, resets, oversize, redirects, bad bodies) are in
// notice-feed-faults.test.ts, as one table.
describe('<loos-notice-feed> after a good fetch', () => {
  it('lets an empty list through: a feed with no notice today is not an error', async () => {
    const feed = await mountFeed(answer(valid), 'refresh="60"');
    feed.fetcher = answer('{ "notices": [] }');
    await vi.waitFor(() => {
      expect(shownIds(feed)).toEqual([]);
    });
    expect(feed.state).toBe('ready');
  });

  it('survives an entity flood: stale with a French message, one bounded report, and it keeps refreshing', async () => {
    const invalid = captureInvalid();
    const clock = manualClock(NOW);
    let body = valid;
    const fetcher = vi.fn(() => Promise.resolve(new Response(body)));
    const feed = await mountFeed(fetcher, 'refresh="60"', clock);
    body = entityFlood;
    clock.advance(60_000);
    await vi.waitFor(() => {
      expect(feed.state).toBe('stale');
    }, { timeout: 10_000 });
    await feed.updateComplete;
    expect(shownIds(feed)).toHaveLength(4);
    expect(feed.lastFailure).toBe('L’avis du flux n’est pas valide : la liste affichée n’est pas remplacée.');
    const report = invalid.at(-1)!.detail.problems;
    expect(report.length).toBeLessThanOrEqual(50);
    expect(report.map((p) => p.message)).toContain('130000 entités inconnues laissées telles quelles (la première : « &x; »).');
    // The next refresh still happens, and a good body brings the feed back.
    body = capAlert;
    clock.advance(60_000);
    await vi.waitFor(() => {
      expect(shownIds(feed)).toEqual(['loos-2026-03-14-orages']);
    });
    expect(feed.state).toBe('ready');
    expect(fetcher).toHaveBeenCalledTimes(3);
  });

  it('shows the copy kept in localStorage on the next visit when the network is down', async () => {
    await mountFeed(answer(valid));
    expect(localStorage.getItem(FEED_CACHE_PREFIX + SRC)).not.toBeNull();
    document.body.innerHTML = '';
    const feed = await mountFeed(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(feed.state).toBe('stale');
    await feed.updateComplete;
    expect(feed.matches(':state(stale)')).toBe(true);
    expect(feed.matches(':state(ready)')).toBe(false);
    expect(shownIds(feed)).toHaveLength(4);
  });
});

describe('<loos-notice-feed> with CAP 1.2', () => {
  it('shows a single CAP alert with its sender as source', async () => {
    const feed = await mountFeed(answer(capAlert, { headers: { 'content-type': 'application/cap+xml' } }));
    const notice = feed.shadowRoot!.querySelector('loos-notice')!;
    expect(notice.level).toBe('alert');
    expect(notice.shadowRoot!.textContent).toContain('Ville de Loos – cellule de crise');
    expect(notice.textContent).toContain('<surtout les trampolines>');
  });

  it('reads an Atom feed in French', async () => {
    const feed = await mountFeed(answer(capAtom));
    expect(shownIds(feed)).toEqual(['loos-crue-2026-03-14', 'loos-pollen-2026-03-13']);
    expect(feed.shadowRoot!.querySelector('loos-notice')!.heading).toBe('Risque de crue le long de la Deûle');
  });

  it('shows an Extreme alert that has only a headline, never « Aucun avis officiel en cours »', async () => {
    const feed = await mountFeed(answer(capHeadlineOnly, { headers: { 'content-type': 'application/cap+xml' } }));
    const notice = feed.shadowRoot!.querySelector('loos-notice')!;
    expect(notice.level).toBe('alert');
    expect(notice.heading).toBe('Crue majeure de la Deûle : quittez les berges immédiatement');
    expect(notice.textContent).toContain('quittez les berges immédiatement');
    expect(statusText(feed).join(' ')).not.toContain('Aucun avis');
  });

  it('reads an RSS feed of alerts', async () => {
    const warnings = expectConsoleWarnings();
    const feed = await mountFeed(answer(capRss, { headers: { 'content-type': 'application/rss+xml' } }));
    expect(shownIds(feed)).toEqual(['loos-eau-2026-03-14', 'loos-parc-2026-03-14']);
    expect(warnings).toEqual([expect.stringContaining('<loos-notice-feed> : données invalides (item[1].severity)')]);
  });

  it('removes a cancelled alert and does not show a test message', async () => {
    expect(shownIds(await mountFeed(answer(capCancel)))).toEqual(['loos-collecte-2026-03-14']);
    const test = await mountFeed(answer(capTest));
    expect(shownIds(test)).toEqual([]);
    expect(statusText(test)).toEqual(['Aucun avis officiel en cours.']);
  });
});

describe('<loos-notice-feed> over time', () => {
  it('announces notices that arrive after a refresh, not those of the first load', async () => {
    let body = capAtom;
    const clock = manualClock(NOW);
    const feed = await mountFeed(() => Promise.resolve(new Response(body)), 'refresh="60"', clock);
    const polite = feed.shadowRoot!.querySelector('[role=status]')!;
    const assertive = feed.shadowRoot!.querySelector('[role=alert]')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(polite.textContent).toBe('');
    expect(assertive.textContent).toBe('');
    // Every <loos-notice> of the feed leaves announcing to the feed.
    expect(feed.shadowRoot!.querySelector('loos-notice')!.announce).toBe('off');

    body = capAlert;
    clock.advance(60_000);
    await vi.waitFor(() => {
      expect(shownIds(feed)).toEqual(['loos-2026-03-14-orages']);
    });
    await expect.poll(() => assertive.textContent).toBe('Nouvel avis officiel. Alerte : Orages violents cet après-midi.');
    expect(polite.textContent).toBe('');
  });

  it('drops an expired notice at its expiry', async () => {
    const clock = manualClock(NOW);
    const feed = await mountFeed(answer(valid), '', clock);
    clock.set(Date.parse('2026-03-15T00:00:00+01:00'));
    await feed.updateComplete;
    expect(shownIds(feed)).not.toContain('eau-coupure-2026-03-14');
    expect(shownIds(feed)).toContain('tempete-2026-03-14');
  });

  it('reports a refresh below 30 seconds', async () => {
    const invalid = captureInvalid();
    await mountFeed(answer(valid), 'refresh="1"');
    expect(invalid[0]!.detail.problems[0]!.field).toBe('refresh');
  });
});

describe('<loos-notice-feed> with notices given by the page (server rendering, no request)', () => {
  /** Mounts a feed without src whose light DOM is `inner`, with the clock of the fixtures and a spy as fetch. */
  async function mountWith(inner: string): Promise<{ feed: LoosNoticeFeed; fetcher: Fetcher }> {
    document.body.innerHTML = `<loos-notice-feed>${inner}</loos-notice-feed>`;
    const feed = document.querySelector('loos-notice-feed')!;
    feed.clock = manualClock(NOW);
    const fetcher = vi.fn<Fetcher>();
    feed.fetcher = fetcher;
    await settle(feed);
    return { feed, fetcher };
  }
  const child = (json: string) => `<script type="application/json">${json}</script>`;

  it('shows the notices of a JSON child in the feed format at once, and requests nothing', async () => {
    const { feed, fetcher } = await mountWith(child(valid));
    expect(feed.state).toBe('ready');
    expect(shownIds(feed)).toEqual(['tempete-2026-03-14', 'route-fermee-2026-03-13', 'eau-coupure-2026-03-14', 'marche-2026-03-10']);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('reads the notices property the same way, and follows its changes', async () => {
    document.body.innerHTML = '<loos-notice-feed></loos-notice-feed>';
    const feed = document.querySelector('loos-notice-feed')!;
    feed.clock = manualClock(NOW);
    feed.fetcher = vi.fn<Fetcher>();
    feed.notices = (JSON.parse(valid) as { notices: unknown[] }).notices;
    await settle(feed);
    expect(shownIds(feed)).toHaveLength(4);
    feed.notices = [{ id: 'seul', level: 'info', heading: 'Marché déplacé', message: 'Place Leclerc.', published: '2026-03-10' }];
    await feed.updateComplete;
    expect(shownIds(feed)).toEqual(['seul']);
    expect(feed.fetcher).not.toHaveBeenCalled();
  });

  it('shows the page’s notices first, then the list read from src', async () => {
    document.body.innerHTML = `<loos-notice-feed src="${SRC}">${child(valid)}</loos-notice-feed>`;
    const feed = document.querySelector('loos-notice-feed')!;
    feed.clock = manualClock(NOW);
    let answerFeed: ((response: Response) => void) | undefined;
    feed.fetcher = () => new Promise((resolve) => (answerFeed = resolve));
    await feed.updateComplete;
    expect(shownIds(feed)).toHaveLength(4);
    expect(statusText(feed)).toEqual([]);
    // The fetching code loads with the first request: the request goes out a moment later.
    await vi.waitFor(() => {
      expect(answerFeed).toBeDefined();
    });
    answerFeed!(new Response(capAtom, { headers: { 'content-type': 'application/atom+xml' } }));
    await vi.waitFor(() => {
      expect(shownIds(feed)).not.toContain('marche-2026-03-10');
    });
    expect(feed.state).toBe('ready');
  });

  it('keeps the page’s notices when src fails, and says they may be out of date', async () => {
    document.body.innerHTML = `<loos-notice-feed src="${SRC}">${child(valid)}</loos-notice-feed>`;
    const offline = document.querySelector('loos-notice-feed')!;
    offline.clock = manualClock(NOW);
    offline.fetcher = () => Promise.reject(new TypeError('Failed to fetch'));
    await settle(offline);
    expect(offline.state).toBe('stale');
    expect(shownIds(offline)).toHaveLength(4);
    expect(statusText(offline)[0]).toMatch(/^Ces avis datent du/);
  });

  it('skips and reports invalid entries of the child; says error when it cannot be read at all', async () => {
    const invalid = captureInvalid();
    const { feed } = await mountWith(child(partlyInvalid));
    expect(shownIds(feed)).toEqual(['valide-1', 'lien-dangereux', 'texte-hostile']);
    expect(statusText(feed)).toContain('4 avis du flux n’ont pas pu être affichés.');
    expect(invalid[0]!.detail.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['notices[1].heading', 'notices[6]']));

    const broken = await mountWith(child(malformed));
    expect(broken.feed.state).toBe('error');
    expect(invalid.at(-1)!.detail.problems[0]!.field).toBe('json');
  });

  it('gives its language to its notices, whose shadow root the page’s lang does not reach', async () => {
    document.body.innerHTML = `<div lang="en"><loos-notice-feed>${child(valid)}</loos-notice-feed></div>`;
    const feed = document.querySelector('loos-notice-feed')!;
    feed.clock = manualClock(NOW);
    await settle(feed);
    const alert = feed.shadowRoot!.querySelector('loos-notice')!;
    expect(alert.getAttribute('lang')).toBe('en');
    expect(alert.shadowRoot!.textContent).toContain('Alert');
    expect(alert.shadowRoot!.textContent).not.toContain('Alerte');
  });

  it('marks an alert sent only in English lang="en-GB" in a French feed; its level, dates and button stay French', async () => {
    const englishOnly = capTwoLanguages.replace(/<info>\s*<language>fr-FR[\s\S]*?<\/info>/, '');
    const feed = await mountFeed(answer(englishOnly), 'dismissible', manualClock(Date.parse('2026-11-20T10:00:00+01:00')));
    const notice = feed.shadowRoot!.querySelector('loos-notice')!;
    const root = notice.shadowRoot!;
    const langOf = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang');
    expect(langOf(root.querySelector('[part=heading] [lang]'))).toBe('en-GB');
    expect(root.querySelector('[part=heading]')!.textContent).toBe('River Deûle flooding: towpath closed');
    expect(notice.querySelector('.message')!.getAttribute('lang')).toBe('en-GB');
    expect([...root.querySelectorAll('[lang]')].map((part) => part.textContent)).toEqual(['River Deûle flooding: towpath closed', 'Deûle riverbanks', 'City of Loos']);
    expect(root.querySelector('[part=level]')!.textContent).toBe('Vigilance');
    expect(root.querySelector('[part=dismiss]')!.closest('[lang]')).toBeNull();
  });

  it('adds no lang to a French alert in a French feed', async () => {
    const feed = await mountFeed(answer(capTwoLanguages), '', manualClock(Date.parse('2026-11-20T10:00:00+01:00')));
    const notice = feed.shadowRoot!.querySelector('loos-notice')!;
    expect(notice.shadowRoot!.querySelector('[part=heading]')!.textContent).toBe('Crue de la Deûle : berges fermées');
    expect(notice.shadowRoot!.querySelectorAll('[lang]')).toHaveLength(0);
    expect(notice.querySelector('.message')!.hasAttribute('lang')).toBe(false);
  });

  it('follows a change of the page language, and its notices with it', async () => {
    document.body.innerHTML = `<div lang="fr"><loos-notice-feed>${child(valid)}</loos-notice-feed></div>`;
    const feed = document.querySelector('loos-notice-feed')!;
    feed.clock = manualClock(NOW);
    await settle(feed);
    document.querySelector('div')!.lang = 'en-GB';
    await vi.waitFor(() => {
      expect(feed.shadowRoot!.querySelector('loos-notice')!.shadowRoot!.textContent).toMatch(/\bAlert\b/);
    });
    expect(feed.shadowRoot!.querySelector('loos-notice')!.shadowRoot!.textContent).not.toContain('Alerte');
  });
});
