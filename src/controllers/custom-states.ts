/**
 * Custom states the page's CSS can read (`loos-event-list:state(loading)`), kept in step with the
 * element after each update. Unlike an attribute, a page author cannot set or remove them by
 * mistake. Browsers without `CustomStateSet` (Chrome before 125, Firefox before 126, Safari before
 * 17.4) and the server renderer get none; an element whose states a page must style everywhere keeps
 * a reflected attribute as well (the feed's `state`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class CustomStatesController implements ReactiveController {
  /** `null` once the browser said it has no custom states (or another script took the internals). */
  private states?: CustomStateSet | null;

  /** @param current the states the element is in now, read after each update. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly current: () => readonly string[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const states = this.stateSet();
    if (states === null) return;
    const wanted = new Set(this.current());
    for (const state of [...states]) if (!wanted.has(state)) states.delete(state);
    for (const state of wanted) states.add(state);
  }

  private stateSet(): CustomStateSet | null {
    if (this.states === undefined) {
      try {
        // attachInternals() may be called once per element: a page script that called it first wins.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- absent in older browsers
        this.states = this.host.attachInternals().states ?? null;
      } catch {
        this.states = null;
      }
    }
    return this.states;
  }
}
