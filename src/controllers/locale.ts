/**
 * The language an element speaks: the closest `lang` above it (HTML inheritance), read when it
 * connects and again whenever a `lang` changes in its tree. One MutationObserver serves every
 * element of the page: a page with two hundred notices must not run two hundred observers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, localeOf, type Locale } from '../lib/i18n.js';

type LocaleHost = ReactiveControllerHost & HTMLElement;

/** Controllers whose host is connected, and the one observer that tells them about `lang` changes. */
const watching = new Set<LocaleController>();
/** Roots (the document, shadow roots holding elements) the observer already watches. */
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watch(controller: LocaleController, root: Node): void {
  watching.add(controller);
  if (typeof MutationObserver === 'undefined') return;
  observer ??= new MutationObserver(() => {
    for (const each of watching) each.refresh();
  });
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatch(controller: LocaleController): void {
  watching.delete(controller);
}

export class LocaleController implements ReactiveController {
  private current: Locale = DEFAULT_LOCALE;
  /** The words of the current locale on their way (`loadLocale`), for the host's `getUpdateComplete`. */
  loading?: Promise<unknown>;

  /**
   * `onChange` runs before the host re-renders in the new locale (to load a strings table, say).
   * When it returns a promise (`loadLocale`), the host renders again once it has resolved, and
   * `loading` holds it.
   */
  constructor(
    private readonly host: LocaleHost,
    private readonly onChange?: (locale: Locale) => unknown,
  ) {
    host.addController(this);
  }

  /** The locale now: French until the element is connected. */
  get value(): Locale {
    return this.current;
  }

  hostConnected(): void {
    this.refresh();
    // `getRootNode` is missing on the server's DOM shim; there is no `lang` to follow there anyway.
    if (typeof this.host.getRootNode === 'function') watch(this, this.host.getRootNode());
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Reads the locale again and re-renders the host if it changed. */
  refresh(): void {
    const next = localeOf(this.host);
    if (next === this.current) return;
    this.current = next;
    const change = this.onChange?.(next);
    if (change instanceof Promise) {
      this.loading = change.then(() => {
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }
}
