/// <reference types="vite/client" />
/** What a keyboard and screen-reader user meets when notices disappear or change state. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LoosNotice } from '../../src/components/notice/notice.js';
import type { LoosNoticeFeed } from '../../src/components/notice-feed/notice-feed.js';
import { manualClock, type ManualClock } from '../../src/lib/notices/clock.js';
import { forgetPageDismissals } from '../../src/lib/notices/dismissals.js';
import '../../src/index.js';

const NOW = Date.parse('2026-03-14T10:00:00+01:00');

const polite = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[role=status][aria-live]')!;
/** The element focus is on, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mountNotice(markup: string, clock: ManualClock = manualClock(NOW)): Promise<LoosNotice> {
  document.body.innerHTML = `<button>avant</button>${markup}<button>après</button>`;
  const notice = document.querySelector('loos-notice')!;
  notice.clock = clock;
  await notice.updateComplete;
  return notice;
}

const feedJson = (notices: readonly { id: string; level: string; heading: string; expires?: string }[]) =>
  `<script type="application/json">${JSON.stringify({ notices: notices.map((notice) => ({ message: 'Message', published: '2026-03-01', ...notice })) })}</script>`;

async function mountFeed(body: string, attributes = 'dismissible', clock: ManualClock = manualClock(NOW)): Promise<LoosNoticeFeed> {
  document.body.innerHTML = `<loos-notice-feed ${attributes}>${body}</loos-notice-feed>`;
  const feed = document.querySelector('loos-notice-feed')!;
  feed.clock = clock;
  await vi.waitFor(() => {
    expect(feed.state).not.toBe('loading');
  });
  await feed.updateComplete;
  await Promise.all([...feed.shadowRoot!.querySelectorAll('loos-notice')].map((notice) => notice.updateComplete));
  return feed;
}

const noticesOf = (feed: LoosNoticeFeed) => [...feed.shadowRoot!.querySelectorAll('loos-notice')];
const dismissButton = (notice: LoosNotice) => notice.shadowRoot!.querySelector<HTMLButtonElement>('button')!;

beforeEach(() => {
  localStorage.clear();
  forgetPageDismissals();
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('<loos-notice> focus when it disappears', () => {
  it('keeps focus where the notice was after « Masquer cet avis », says « Avis masqué. », and Tab goes on to what follows', async () => {
    const notice = await mountNotice('<loos-notice heading="Coupure d’eau" dismissible notice-id="eau"><p>M</p></loos-notice>');
    dismissButton(notice).focus();
    await userEvent.keyboard('{Enter}');
    await notice.updateComplete;
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement).toBe(notice);
    await expect.poll(() => polite(notice).textContent).toBe('Avis masqué.');
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('après');
  });

  it('keeps focus where the notice was when the focused notice expires', async () => {
    const clock = manualClock(NOW);
    const notice = await mountNotice('<loos-notice heading="T" dismissible notice-id="n" expires="2026-03-14"><p>M</p></loos-notice>', clock);
    dismissButton(notice).focus();
    clock.set(Date.parse('2026-03-15T00:00:00+01:00'));
    await notice.updateComplete;
    expect(notice.visible).toBe(false);
    expect(document.activeElement).toBe(notice);
    await expect.poll(() => polite(notice).textContent).toBe('Avis expiré.');
  });

  it('does not take focus when a notice nobody was on expires', async () => {
    const clock = manualClock(NOW);
    const notice = await mountNotice('<loos-notice heading="T" expires="2026-03-14"><p>M</p></loos-notice>', clock);
    const before = document.querySelector('button')!;
    before.focus();
    clock.set(Date.parse('2026-03-15T00:00:00+01:00'));
    await notice.updateComplete;
    expect(document.activeElement).toBe(before);
  });
});

describe('<loos-notice-feed> focus when a notice disappears', () => {
  const three = feedJson([
    { id: 'a', level: 'warning', heading: 'Route fermée' },
    { id: 'b', level: 'info', heading: 'Coupure d’eau', expires: '2026-03-14' },
    { id: 'c', level: 'info', heading: 'Marché déplacé' },
  ]);

  it('moves focus to the next notice, named, after a dismissal, and says « Avis masqué. » once', async () => {
    const feed = await mountFeed(three);
    dismissButton(noticesOf(feed)[0]!).focus();
    await userEvent.keyboard('{Enter}');
    await feed.updateComplete;
    await vi.waitFor(() => {
      expect(deepActive()?.getAttribute('aria-labelledby')).toBe('level heading');
    });
    const focused = deepActive()!;
    expect((focused.getRootNode() as ShadowRoot).host.getAttribute('notice-id')).toBe('b');
    await expect.poll(() => polite(feed).textContent).toBe('Avis masqué.');
    expect(noticesOf(feed).map((notice) => polite(notice).textContent)).toEqual(['', '', '']);
  });

  it('moves focus to the previous notice when the last one is dismissed, then to the feed when none is left', async () => {
    const feed = await mountFeed(feedJson([{ id: 'a', level: 'info', heading: 'Un' }, { id: 'b', level: 'info', heading: 'Deux' }]));
    dismissButton(noticesOf(feed)[1]!).focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => {
      expect((deepActive()?.getRootNode() as ShadowRoot | undefined)?.host.getAttribute('notice-id')).toBe('a');
    });
    dismissButton(noticesOf(feed)[0]!).focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => {
      expect(document.activeElement).toBe(feed);
    });
  });

  it('moves focus to the next notice when the focused one expires', async () => {
    const clock = manualClock(NOW);
    const feed = await mountFeed(three, 'dismissible', clock);
    dismissButton(noticesOf(feed)[1]!).focus();
    clock.set(Date.parse('2026-03-15T00:00:00+01:00'));
    await vi.waitFor(() => {
      expect((deepActive()?.getRootNode() as ShadowRoot | undefined)?.host.getAttribute('notice-id')).toBe('c');
    });
  });
});

describe('<loos-notice> name', () => {
  it('shows the level in small capitals, not transformed text that screen readers spell out in its name', async () => {
    const notice = await mountNotice('<loos-notice level="warning" heading="Route fermée"><p>M</p></loos-notice>');
    const level = notice.shadowRoot!.querySelector('#level')!;
    expect(getComputedStyle(level).textTransform).toBe('none');
    expect(level.textContent.trim()).toBe('Vigilance');
  });
});

describe('<loos-notice-feed> states said aloud', () => {
  /** Every text the polite region of `feed` receives from now on. */
  function politeTexts(feed: LoosNoticeFeed): string[] {
    const said: string[] = [];
    const region = polite(feed);
    new MutationObserver(() => {
      const text = region.textContent.trim();
      if (text !== '') said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
    return said;
  }
  const notices = JSON.stringify({ notices: [{ id: 'a', level: 'info', heading: 'Marché', message: 'M', published: '2026-03-01' }] });

  it('says once, politely, that the update failed and the notices may be out of date', async () => {
    const clock = manualClock(NOW);
    let fail = false;
    document.body.innerHTML = '<loos-notice-feed src="/flux/avis.json" refresh="60"></loos-notice-feed>';
    const feed = document.querySelector('loos-notice-feed')!;
    feed.clock = clock;
    feed.fetcher = () => (fail ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response(notices, { headers: { 'content-type': 'application/json' } })));
    await vi.waitFor(() => {
      expect(feed.state).toBe('ready');
    });
    const said = politeTexts(feed);
    fail = true;
    clock.advance(60_000);
    await vi.waitFor(() => {
      expect(feed.state).toBe('stale');
    });
    await vi.waitFor(() => {
      expect(said).toHaveLength(1);
    });
    expect(said[0]).toMatch(/la mise à jour a échoué/);
    clock.advance(60_000);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(said).toHaveLength(1);
  });

  it('says politely that the notices could not be loaded', async () => {
    document.body.innerHTML = '<loos-notice-feed src="/flux/avis.json"></loos-notice-feed>';
    const feed = document.querySelector('loos-notice-feed')!;
    feed.clock = manualClock(NOW);
    feed.fetcher = () => Promise.reject(new TypeError('Failed to fetch'));
    await feed.updateComplete;
    const said = politeTexts(feed);
    await vi.waitFor(() => {
      expect(feed.state).toBe('error');
    });
    await vi.waitFor(() => {
      expect(said).toEqual([expect.stringMatching(/n’ont pas pu être chargés/)]);
    });
  });
});
