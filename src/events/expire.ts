import { LoosEvent } from './loos-event.js';

export interface ExpireDetail {
  readonly noticeId: string | undefined;
  readonly expires: Date;
}

/** Fired when a notice on screen reaches its expiry and disappears. */
export class LoosExpireEvent extends LoosEvent<ExpireDetail> {
  static readonly eventName = 'loos-expire';
  constructor(detail: ExpireDetail) {
    super(LoosExpireEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-expire': LoosExpireEvent;
  }
}
