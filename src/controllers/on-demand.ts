/**
 * Code an element needs only for some pages (the reader of a `<table>` or a `<ul>` the page wrote,
 * another language's words) is loaded with `import()` when the element meets that case, so that
 * the other pages never download it. While it loads, the element shows what it can (the page's
 * own markup, the French words); once it is here, the element renders again, and `updateComplete`
 * waits for it.
 */
import type { ReactiveControllerHost } from 'lit';

export class OnDemandController {
  private waiting?: Promise<void>;
  private failure = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Whether some code is still on its way. */
  get pending(): boolean {
    return this.waiting !== undefined;
  }

  /** Whether the code could not be loaded (offline): the element keeps showing what it showed while waiting. */
  get failed(): boolean {
    return this.failure;
  }

  /** Waits for `module`, hands it to `use`, then re-renders the host. */
  load<T>(module: Promise<T>, use: (loaded: T) => void): void {
    const waiting: Promise<void> = module
      .then(use, () => {
        this.failure = true;
      })
      .finally(() => {
        if (this.waiting === waiting) this.waiting = undefined;
        this.host.requestUpdate();
      });
    this.waiting = waiting;
  }

  /** Resolves once nothing is on its way (for the host's `getUpdateComplete`). */
  async settled(): Promise<void> {
    while (this.waiting !== undefined) await this.waiting;
  }
}
