/**
 * One way to fetch the data of an element (a feed, an agenda, a budget): one request to the
 * address the author gave, never anything else; bounded in time and in size (the size is counted
 * while the body arrives, so a body sent without Content-Length cannot exceed it); a redirect to
 * another origin is refused, so `src` always says whose data the page shows. Never throws: every
 * failure is described in French for the person who set up the page.
 */
import type { Clock } from './notices/clock.js';
import { fetchAddress } from './fetch-address.js';

/** One timeout for every fetch of the library. */
export const FETCH_TIMEOUT_MS = 10_000;
/** A body bigger than this is refused (a city's notices, agenda or budget fit in far less). */
export const MAX_BODY_BYTES = 5_000_000;

export type FetchFailure = 'refused' | 'network' | 'http' | 'timeout' | 'too-large' | 'redirect' | 'aborted';

export type FetchOutcome =
  | { readonly ok: true; readonly body: string; readonly contentType: string | null }
  | { readonly ok: false; readonly failure: FetchFailure; readonly message: string };

export interface FetchTextOptions {
  readonly fetch: typeof globalThis.fetch;
  readonly clock: Clock;
  /** What is fetched, as the messages name it: « du flux », « de l'agenda »… */
  readonly what: string;
  readonly accept?: string;
  readonly timeout?: number;
  readonly maxBytes?: number;
  /** Aborts the request (the element's data changed, or it left the page). */
  readonly signal?: AbortSignal;
}

/** Fetches `src` once and reads its body as text. */
export async function fetchText(src: string, options: FetchTextOptions): Promise<FetchOutcome> {
  const { what } = options;
  const checked = fetchAddress(src, what);
  if (!checked.ok) return failed('refused', checked.message);
  const timeout = options.timeout ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  const controller = new AbortController();
  const abort = () => {
    controller.abort();
  };
  options.signal?.addEventListener('abort', abort);
  const timeoutReached = { value: false };
  const timer = options.clock.setTimeout(() => {
    timeoutReached.value = true;
    controller.abort();
  }, timeout);
  try {
    const response = await options.fetch(checked.url, {
      signal: controller.signal,
      headers: options.accept === undefined ? {} : { Accept: options.accept },
      credentials: 'same-origin',
    });
    if (leftOrigin(checked.url, response)) return failed('redirect', `Le serveur ${what} redirige vers un autre site : la réponse est refusée.`);
    if (!response.ok) return failed('http', `Le serveur ${what} a répondu ${response.status} ${response.statusText}`.trim() + '.');
    const body = await readLimited(response, maxBytes);
    if (body === undefined) return failed('too-large', `La réponse ${what} dépasse ${maxBytes} octets : elle n'est pas lue.`);
    return { ok: true, body, contentType: response.headers.get('content-type') };
  } catch (error) {
    if (timeoutReached.value) return failed('timeout', `Le serveur ${what} n'a pas répondu en ${Math.round(timeout / 1000)} secondes.`);
    if (controller.signal.aborted) return failed('aborted', 'Requête annulée.');
    const detail = error instanceof Error ? error.message : String(error);
    return failed('network', `Le serveur ${what} est injoignable (${detail}).`);
  } finally {
    options.clock.clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}

function failed(failure: FetchFailure, message: string): FetchOutcome {
  return { ok: false, failure, message };
}

/** Whether the answer came, through redirects, from another origin than the address asked. */
function leftOrigin(requested: string, response: Response): boolean {
  if (!response.redirected || response.url === '') return false;
  const base = typeof location === 'undefined' ? undefined : location.href;
  try {
    return new URL(response.url).origin !== new URL(requested, base).origin;
  } catch {
    return true;
  }
}

/** The body as text, or `undefined` as soon as it exceeds `maxBytes` (the rest is not downloaded). */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
