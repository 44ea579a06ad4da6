/// <reference types="vite/client" />
/**
 * The feed-fault table: what a resident sees when the feed's server fails in each way a real one
 * does, once after a good list was shown (it stays, said to be possibly out of date) and once on a
 * first visit with nothing saved (a French error, no notice). Faults are played by an injected
 * fetcher and the element's clock: nothing waits for real time.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoosNoticeFeed } from '../../src/components/notice-feed/notice-feed.js';
import '../../src/components/notice-feed/notice-feed.js';
import { manualClock, type ManualClock } from '../../src/lib/notices/clock.js';
import { FEED_CACHE_PREFIX } from '../../src/lib/notices/feed-source.js';
import { MAX_BODY_BYTES } from '../../src/lib/fetch-text.js';
import capAlert from '../fixtures/notices/cap-alert.xml?raw';
import malformed from '../fixtures/notices/notices-malformed.json?raw';
import valid from '../fixtures/notices/notices-valid.json?raw';
import { expectConsoleWarnings } from '../support/console-guard.js';

type Fetcher = typeof globalThis.fetch;

const NOW = Date.parse('2026-03-14T10:00:00+01:00');
const SRC = '/flux/avis.json';
const GOOD_NOTICES = 4;
const STALE = 'Ces avis datent du 14 mars 2026 à 10\u00a0h : la mise à jour a échoué, ils peuvent ne plus être à jour.';
/** A first visit shows no list: the failure says so and what a resident can do, never that a list « stays ». */
const NOTHING_SHOWN = 'rien n’est affiché pour l’instant. Réessayez plus tard ou consultez le site de la Ville.';
const ERROR = 'Les avis officiels n’ont pas pu être chargés. Réessayez plus tard ou consultez le site de la Ville.';

/** Rejects as a real `fetch` does when its request is aborted. */
function abortable(init: RequestInit | undefined, reject: (reason: unknown) => void): void {
  init?.signal?.addEventListener('abort', () => {
    reject(new DOMException('Aborted', 'AbortError'));
  });
}

/** A body streamed chunk by chunk, failing like a real one when the request is aborted. */
function streamed(init: RequestInit | undefined, next: (controller: ReadableStreamDefaultController<Uint8Array>) => void, headers: HeadersInit = {}): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      abortable(init, (reason) => {
        controller.error(reason);
      });
    },
    pull: next,
  });
  return new Response(stream, { headers });
}

interface Fault {
  readonly name: string;
  /** The failing answer; `clock` is the element's, to play time passing. */
  readonly fetcher: (clock: ManualClock, read: { bytes: number }) => Fetcher;
  /** What `lastFailure` says (French), matched in full or by a pattern. */
  readonly failure: string | RegExp;
  /** What it says on a first visit, when it differs: no list was shown, so none « stays ». */
  readonly firstVisitFailure?: string;
  /** The fault is in the data: it is reported with `loos-invalid` too. */
  readonly invalidData?: boolean;
  /** Extra checks on the bytes read. */
  readonly readAtMost?: number;
}

const answer = (body: string, init: ResponseInit = {}): Fetcher => () => Promise.resolve(new Response(body, init));
const A_MEGABYTE = new Uint8Array(1_000_000).fill(0x61);

const FAULTS: readonly Fault[] = [
  { name: 'HTTP 500', fetcher: () => answer('panne', { status: 500, statusText: 'Internal Server Error' }), failure: 'Le serveur du flux a répondu 500 Internal Server Error.' },
  { name: 'HTTP 404', fetcher: () => answer('introuvable', { status: 404, statusText: 'Not Found' }), failure: 'Le serveur du flux a répondu 404 Not Found.' },
  {
    name: 'hang (no answer: 10-second timeout)',
    fetcher: (clock) => (_input, init) =>
      new Promise<Response>((_resolve, reject) => {
        abortable(init, reject);
        queueMicrotask(() => {
          clock.advance(10_000);
        });
      }),
    failure: "Le serveur du flux n'a pas répondu en 10 secondes.",
  },
  {
    // The headers come at once, then one byte a second: the timeout covers the body too.
    name: 'drip (a byte a second, past the timeout)',
    fetcher: (clock, read) => (_input, init) =>
      Promise.resolve(
        streamed(init, (controller) => {
          read.bytes += 1;
          controller.enqueue(new Uint8Array([0x7b]));
          clock.advance(1000);
        }),
      ),
    failure: "Le serveur du flux n'a pas répondu en 10 secondes.",
    readAtMost: 11,
  },
  { name: 'reset before the answer', fetcher: () => () => Promise.reject(new TypeError('Failed to fetch')), failure: /^Le serveur du flux est injoignable \(/ },
  {
    name: 'reset in the middle of the body',
    fetcher: () => (_input, init) => {
      let sent = false;
      return Promise.resolve(
        streamed(init, (controller) => {
          if (sent) controller.error(new TypeError('network error'));
          else controller.enqueue(new TextEncoder().encode('{ "notices": [ {'));
          sent = true;
        }),
      );
    },
    failure: /^Le serveur du flux est injoignable \(/,
  },
  {
    name: 'chunked 20 MB without Content-Length',
    fetcher: (_clock, read) => (_input, init) =>
      Promise.resolve(
        streamed(init, (controller) => {
          if (read.bytes >= 20 * A_MEGABYTE.length) controller.close();
          else {
            read.bytes += A_MEGABYTE.length;
            controller.enqueue(A_MEGABYTE);
          }
        }),
      ),
    failure: `La réponse du flux dépasse ${MAX_BODY_BYTES} octets : elle n'est pas lue.`,
    // The reader stops past the limit; the stream has already queued the next chunk.
    readAtMost: MAX_BODY_BYTES + 2 * A_MEGABYTE.length,
  },
  {
    name: 'redirect to another origin',
    fetcher: () => () => {
      const response = new Response(valid);
      Object.defineProperties(response, { redirected: { value: true }, url: { value: 'https://evil.example/avis.json' } });
      return Promise.resolve(response);
    },
    failure: 'Le serveur du flux redirige vers un autre site : la réponse est refusée.',
  },
  {
    name: 'entity flood (130,000 unknown entities)',
    fetcher: () => answer(capAlert.replace(/<description>[^<]*<\/description>/, `<description>${'&x;'.repeat(130_000)}</description>`)),
    failure: 'L’avis du flux n’est pas valide : la liste affichée n’est pas remplacée.',
    firstVisitFailure: `L’avis du flux n’est pas valide : ${NOTHING_SHOWN}`,
    invalidData: true,
  },
  {
    name: 'CAP in a foreign namespace',
    fetcher: () => answer(capAlert.replace('urn:oasis:names:tc:emergency:cap:1.2', 'http://evil.example/not-cap')),
    failure: 'L’avis du flux n’est pas valide : la liste affichée n’est pas remplacée.',
    firstVisitFailure: `L’avis du flux n’est pas valide : ${NOTHING_SHOWN}`,
    invalidData: true,
  },
  { name: 'unreadable body (maintenance page)', fetcher: () => answer('<html>Maintenance</html>'), failure: /^Le document XML n'est ni une alerte CAP/, invalidData: true },
  { name: 'malformed JSON', fetcher: () => answer(malformed), failure: /^Le flux n'est pas un JSON valide \(/, invalidData: true },
  {
    name: 'every entry invalid',
    fetcher: () => answer(JSON.stringify({ notices: [{ id: 'sans-titre' }, { heading: 'Sans identifiant' }] })),
    failure: 'Aucun des 2 avis du flux n’est valide : la liste affichée n’est pas remplacée.',
    firstVisitFailure: `Aucun des 2 avis du flux n’est valide : ${NOTHING_SHOWN}`,
    invalidData: true,
  },
];

const shownIds = (feed: LoosNoticeFeed) => [...feed.shadowRoot!.querySelectorAll('loos-notice')].map((notice) => notice.getAttribute('notice-id'));
const statusText = (feed: LoosNoticeFeed) => [...feed.shadowRoot!.querySelectorAll('[part=status]')].map((part) => part.textContent.trim());
const storedCount = () => (JSON.parse(localStorage.getItem(FEED_CACHE_PREFIX + SRC) ?? '{"notices":[]}') as { notices: unknown[] }).notices.length;

async function mountFeed(fetcher: Fetcher, clock: ManualClock): Promise<LoosNoticeFeed> {
  document.body.innerHTML = `<loos-notice-feed src="${SRC}" refresh="60"></loos-notice-feed>`;
  const feed = document.querySelector('loos-notice-feed')!;
  feed.clock = clock;
  feed.fetcher = fetcher;
  // The fetching code loads with the first request: on a busy machine that takes a moment.
  await vi.waitFor(() => {
    expect(feed.state).not.toBe('loading');
  }, { timeout: 5000 });
  await feed.updateComplete;
  return feed;
}

let reports: number;
const countReport = () => (reports += 1);

beforeEach(() => {
  localStorage.clear();
  reports = 0;
  document.addEventListener('loos-invalid', countReport);
  expectConsoleWarnings(/^<loos-notice-feed> : /);
  return () => {
    document.removeEventListener('loos-invalid', countReport);
  };
});

function expectFailure(feed: LoosNoticeFeed, fault: Fault, firstVisit = false): void {
  const failure = (firstVisit ? fault.firstVisitFailure : undefined) ?? fault.failure;
  if (typeof failure === 'string') expect(feed.lastFailure).toBe(failure);
  else expect(feed.lastFailure).toMatch(failure);
  if (firstVisit) expect(feed.lastFailure).not.toMatch(/liste affichée|restent affichés/);
  if (fault.invalidData === true) expect(reports).toBeGreaterThan(0);
}

describe('<loos-notice-feed> fault table', () => {
  it.each(FAULTS)('after a good list, $name: the list stays, stored too, said to be possibly out of date', async (fault) => {
    const clock = manualClock(NOW);
    const read = { bytes: 0 };
    let failing = false;
    const good = answer(valid);
    const bad = fault.fetcher(clock, read);
    const feed = await mountFeed((input, init) => (failing ? bad(input, init) : good(input, init)), clock);
    expect(feed.state).toBe('ready');
    failing = true;
    clock.advance(60_000);
    await vi.waitFor(() => {
      expect(feed.state).toBe('stale');
    }, { timeout: 10_000 });
    await feed.updateComplete;

    expect(shownIds(feed)).toHaveLength(GOOD_NOTICES);
    expect(statusText(feed)).toEqual([STALE]);
    expect(storedCount()).toBe(GOOD_NOTICES);
    expectFailure(feed, fault);
    if (fault.readAtMost !== undefined) expect(read.bytes).toBeLessThanOrEqual(fault.readAtMost);
  });

  it.each(FAULTS)('first visit, nothing saved, $name: a French error and no notice', async (fault) => {
    const clock = manualClock(NOW);
    const read = { bytes: 0 };
    const feed = await mountFeed(fault.fetcher(clock, read), clock);

    expect(feed.state).toBe('error');
    expect(shownIds(feed)).toEqual([]);
    expect(statusText(feed)).toEqual([ERROR]);
    expect(localStorage.getItem(FEED_CACHE_PREFIX + SRC)).toBeNull();
    expectFailure(feed, fault, true);
    if (fault.readAtMost !== undefined) expect(read.bytes).toBeLessThanOrEqual(fault.readAtMost);
  });
});
