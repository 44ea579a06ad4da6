import { eventClass } from './loos-event.js';

export interface ExpireDetail {
  readonly noticeId: string | undefined;
  readonly expires: Date;
}

/** Fired when a notice on screen reaches its expiry and disappears. */
export class LoosExpireEvent extends eventClass<ExpireDetail>('loos-expire') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-expire': LoosExpireEvent;
  }
}
