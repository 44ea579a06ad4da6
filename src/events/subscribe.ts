export interface SubscribeDetail {
  /** The e-mail address typed, trimmed. */
  readonly email: string;
  /** Every text value of the form, by name (a name given twice keeps its values in a list). */
  readonly values: Readonly<Record<string, string | readonly string[]>>;
}

/**
 * Fired by <loos-newsletter-signup> when a person sends a valid form, before anything is sent.
 * Cancelable: a page that sends the sign-up itself calls `respondWith(promise)` (or only
 * `preventDefault()`), and the element sends nothing. Built by hand rather than with `eventClass`,
 * which makes events that cannot be cancelled.
 */
export class LoosSubscribeEvent extends CustomEvent<SubscribeDetail> {
  static readonly eventName = 'loos-subscribe';
  /** The page's own sending, when it gave one. */
  outcome?: Promise<unknown>;

  constructor(detail: SubscribeDetail) {
    super('loos-subscribe', { detail, bubbles: true, composed: true, cancelable: true });
  }

  /**
   * The page sends the sign-up itself: the element shows it is sending, then says « inscrit »
   * when `outcome` resolves, or the failure (the address kept in the field) when it rejects.
   */
  respondWith(outcome: Promise<unknown>): void {
    this.preventDefault();
    this.outcome = outcome;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-subscribe': LoosSubscribeEvent;
  }
}
