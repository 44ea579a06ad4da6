import { describe, expect, it, vi } from 'vitest';
import { FETCH_TIMEOUT_MS, fetchText, MAX_BODY_BYTES } from '../../../src/lib/fetch-text.js';
import { manualClock } from '../../../src/lib/notices/clock.js';

const clock = () => manualClock(Date.parse('2026-03-14T10:00:00+01:00'));
const options = (fetch: typeof globalThis.fetch, extra: Partial<Parameters<typeof fetchText>[1]> = {}) => ({ fetch, clock: clock(), what: 'du flux', ...extra });

/** A body that arrives in chunks, with no Content-Length, as a chunked HTTP answer does. */
function chunkedBody(chunks: number, chunkBytes: number): { response: Response; sent: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(chunkBytes).fill(0x61);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= chunks) {
        controller.close();
        return;
      }
      sent += 1;
      controller.enqueue(chunk);
    },
  });
  return { response: new Response(stream), sent: () => sent };
}

/** A response that went through redirects and ended at `url`. */
function redirectedTo(url: string): Response {
  const response = new Response('{"notices":[]}');
  Object.defineProperty(response, 'redirected', { value: true });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('fetchText', () => {
  it('requests src and nothing else, and gives the body and its type', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{"notices":[]}', { headers: { 'content-type': 'application/json' } })));
    const outcome = await fetchText('/avis.json', options(fetch));
    expect(outcome).toEqual({ ok: true, body: '{"notices":[]}', contentType: 'application/json' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]).toEqual(['/avis.json', expect.objectContaining({ signal: expect.any(AbortSignal) as unknown })]);
  });

  it('reports an HTTP error, naming what was fetched', async () => {
    const fetch = () => Promise.resolve(new Response('panne', { status: 500, statusText: 'Internal Server Error' }));
    const outcome = await fetchText('/agenda.json', options(fetch, { what: "de l'agenda" }));
    expect(outcome).toMatchObject({ ok: false, failure: 'http', message: "Le serveur de l'agenda a répondu 500 Internal Server Error." });
  });

  it('reports a network error', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchText('/avis.json', options(fetch))).toMatchObject({ ok: false, failure: 'network' });
  });

  it('gives up after 10 seconds', async () => {
    const time = clock();
    const fetch = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    const pending = fetchText('/avis.json', { ...options(fetch), clock: time });
    time.advance(FETCH_TIMEOUT_MS - 1);
    time.advance(1);
    expect(await pending).toMatchObject({ ok: false, failure: 'timeout', message: "Le serveur du flux n'a pas répondu en 10 secondes." });
  });

  it('stops when the caller aborts, and says it was not a failure of the server', async () => {
    const caller = new AbortController();
    const fetch = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    const pending = fetchText('/avis.json', options(fetch, { signal: caller.signal }));
    caller.abort();
    expect(await pending).toMatchObject({ ok: false, failure: 'aborted' });
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'mailto:x@y.fr', '  '])('never requests a refused src %j', async (src) => {
    const fetch = vi.fn();
    expect(await fetchText(src, options(fetch))).toMatchObject({ ok: false, failure: 'refused' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('clears its timer once answered', async () => {
    const time = clock();
    await fetchText('/a', { ...options(() => Promise.resolve(new Response('x'))), clock: time });
    expect(time.pending).toBe(0);
  });

  it('refuses a body announced bigger than the limit, unread', async () => {
    const fetch = () => Promise.resolve(new Response('x', { headers: { 'content-length': String(MAX_BODY_BYTES + 1) } }));
    expect(await fetchText('/avis.json', options(fetch))).toMatchObject({ ok: false, failure: 'too-large' });
  });

  it('stops reading a chunked body as soon as it passes the limit (20 MB sent without Content-Length)', async () => {
    const body = chunkedBody(20, 1_000_000);
    const outcome = await fetchText('/avis.json', options(() => Promise.resolve(body.response)));
    expect(outcome).toMatchObject({ ok: false, failure: 'too-large' });
    expect(body.sent()).toBeLessThanOrEqual(7); // 5 MB and the chunk that passed it, give or take the stream's read-ahead
  });

  it('reads a chunked body under the limit whole', async () => {
    const body = chunkedBody(3, 1000);
    const outcome = await fetchText('/avis.json', options(() => Promise.resolve(body.response)));
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.body.length).toBe(3000);
  });

  it('refuses an answer redirected to another origin', async () => {
    const outcome = await fetchText('https://www.loos.fr/avis.json', options(() => Promise.resolve(redirectedTo('https://evil.example/avis.json'))));
    expect(outcome).toMatchObject({ ok: false, failure: 'redirect' });
  });

  it('accepts a redirect within the same origin', async () => {
    const outcome = await fetchText('https://www.loos.fr/avis.json', options(() => Promise.resolve(redirectedTo('https://www.loos.fr/flux/avis.json'))));
    expect(outcome).toMatchObject({ ok: true });
  });
});
