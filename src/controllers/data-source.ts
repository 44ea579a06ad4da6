/**
 * Where a data element's data comes from (see lib/data-sources.ts): its `<script>` child, read
 * once before the first render so that a server-rendered element hydrates with the same data; and
 * `src`, fetched with one timeout and size limit for every element, the previous request aborted
 * when `src` changes or the element leaves the page. The fetching code is loaded with the first
 * request: a page that gives its data in the HTML never downloads it. The element keeps what is its own: which
 * parser reads the text, and what it shows while loading or after a failure.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { childMarkup, childScript, type FetchingForm } from '../lib/data-sources.js';
import { fetchAddress } from '../lib/fetch-address.js';
import type { FetchOutcome } from '../lib/fetch-text.js';
import { systemClock, type Clock } from '../lib/notices/clock.js';

/** The data child as the author wrote it. */
export interface DataChildText {
  readonly type: string;
  readonly text: string;
}

export interface FetchSettings {
  /** The `fetch` to use (tests inject one); the page's by default. */
  readonly fetch?: typeof globalThis.fetch;
  readonly clock?: Clock;
}

export class DataSourceController implements ReactiveController {
  private child?: DataChildText;
  private childRead = false;
  private request?: AbortController;
  /** Whether a request to `src` is out. */
  loading = false;

  /**
   * @param childFilter narrows the `<script>` child further, e.g. `:not([data-previous])` where an
   *   element takes two data sets (the budget and the previous year's).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The element's entry of DATA_SOURCES (lib/data-sources.ts), or its own (the acts list's). */
    private readonly form: FetchingForm,
    private readonly childFilter = '',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readChild();
  }

  hostDisconnected(): void {
    this.abort();
  }

  /**
   * The plain HTML data child (`<table>` of a budget, `<ul>` of events), when the element has no
   * `<script>` child: the page's own markup, which the element reads and then enhances.
   */
  get childMarkup(): Element | undefined {
    if (this.childText !== undefined) return undefined;
    return childMarkup(this.host, this.form.childMarkup);
  }

  /** The `<script>` child of the element, read the first time it is asked for or connected. */
  get childText(): DataChildText | undefined {
    this.readChild();
    return this.child;
  }

  /**
   * Fetches `src`, aborting the request before it. Resolves `undefined` when another request or
   * the element's departure made the answer useless; otherwise the outcome, failures in French.
   */
  async fetch(src: string, settings: FetchSettings = {}): Promise<FetchOutcome | undefined> {
    this.abort();
    const address = fetchAddress(src, this.form.fetch.what);
    if (!address.ok) return { ok: false, failure: 'refused', message: address.message };
    const request = new AbortController();
    this.request = request;
    this.setLoading(true);
    const fetch = settings.fetch ?? (typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined);
    const fetcher = fetch === undefined ? undefined : await import('../lib/fetch-text.js').catch(() => undefined);
    if (this.request !== request) return undefined; // aborted while the code loaded
    const outcome: FetchOutcome =
      fetch === undefined || fetcher === undefined
        ? { ok: false, failure: 'network', message: `Le serveur ${this.form.fetch.what} est injoignable.` }
        : await fetcher.fetchText(src, { fetch, clock: settings.clock ?? systemClock, what: this.form.fetch.what, accept: this.form.fetch.accept, signal: request.signal });
    if (this.request !== request) return undefined;
    this.request = undefined;
    this.setLoading(false);
    return outcome;
  }

  /** Forgets the request under way, if any: its answer will be ignored. */
  abort(): void {
    this.request?.abort();
    this.request = undefined;
    this.setLoading(false);
  }

  private setLoading(loading: boolean): void {
    if (this.loading === loading) return;
    this.loading = loading;
    this.host.requestUpdate();
  }

  private readChild(): void {
    if (this.childRead) return;
    this.childRead = true;
    this.child = childScript(this.host, this.form.childTypes, this.childFilter);
  }
}
