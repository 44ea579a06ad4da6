/** Events of `<loos-notice>`: small classes so that listeners are typed. */

/** Fired when a person dismisses a notice. */
export class LoosDismissEvent extends Event {
  static readonly eventName = 'loos-dismiss';
  constructor(
    /** The `notice-id`, when there is one. */
    readonly noticeId: string | undefined,
    /** `true` when the dismissal was stored and survives a reload; `false` when it holds for this page only. */
    readonly remembered: boolean,
  ) {
    super(LoosDismissEvent.eventName, { bubbles: true, composed: true });
  }
  get detail(): { noticeId: string | undefined; remembered: boolean } {
    return { noticeId: this.noticeId, remembered: this.remembered };
  }
}

/** Fired when a notice on screen reaches its expiry and disappears. */
export class LoosExpireEvent extends Event {
  static readonly eventName = 'loos-expire';
  constructor(
    readonly noticeId: string | undefined,
    readonly expires: Date,
  ) {
    super(LoosExpireEvent.eventName, { bubbles: true, composed: true });
  }
  get detail(): { noticeId: string | undefined; expires: Date } {
    return { noticeId: this.noticeId, expires: this.expires };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-dismiss': LoosDismissEvent;
    'loos-expire': LoosExpireEvent;
  }
}
