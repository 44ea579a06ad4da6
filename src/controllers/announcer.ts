/**
 * Live announcements: a sentence said once by screen readers, politely or assertively. The
 * regions are rendered empty with the element and filled a moment later (a region created with its
 * text already in it is not read); the text is then cleared, so that moving the element in the page
 * never says it again.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Time for a new live region to reach the accessibility tree before text is put in it. */
export const ANNOUNCE_DELAY_MS = 150;
/** The text is removed afterwards. */
export const ANNOUNCE_CLEAR_MS = 10_000;

export type Politeness = 'polite' | 'assertive';

export class AnnouncerController implements ReactiveController {
  private text = '';
  private politeness: Politeness = 'polite';
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What is being said now (empty between announcements). */
  get current(): string {
    return this.text;
  }

  /**
   * Says `text` once, after `delay` ms. A new announcement replaces one still pending, so a longer
   * delay also debounces: a counter is said once the person pauses typing, not at each key.
   * Give a function to write the text when it is said, from the state of that moment.
   */
  announce(text: string | (() => string), politeness: Politeness = 'polite', delay = ANNOUNCE_DELAY_MS): void {
    this.clear();
    this.timers.push(
      setTimeout(() => {
        this.set(typeof text === 'string' ? text : text(), politeness);
      }, delay),
      setTimeout(() => {
        this.set('', 'polite');
      }, delay + ANNOUNCE_CLEAR_MS),
    );
  }

  /** The two regions, to put in the host's template (they must exist before text arrives). */
  regions(): TemplateResult {
    const polite = this.politeness === 'polite' ? this.text : '';
    const assertive = this.politeness === 'assertive' ? this.text : '';
    // The explicit aria-live repeats the roles' own politeness for older screen readers.
    return html`<div class="visually-hidden" role="status" aria-live="polite">${polite}</div><div class="visually-hidden" role="alert" aria-live="assertive">${assertive}</div>`;
  }

  hostDisconnected(): void {
    this.clear();
    this.text = '';
  }

  private clear(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
  }

  private set(text: string, politeness: Politeness): void {
    this.text = text;
    this.politeness = politeness;
    this.host.requestUpdate();
  }
}
