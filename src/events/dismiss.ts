import { eventClass } from './loos-event.js';

export interface DismissDetail {
  /** The `notice-id`, when there is one. */
  readonly noticeId: string | undefined;
  /** `true` when the dismissal was stored and survives a reload; `false` when it holds for this page only. */
  readonly remembered: boolean;
}

/** Fired when a person dismisses a notice. */
export class LoosDismissEvent extends eventClass<DismissDetail>('loos-dismiss') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-dismiss': LoosDismissEvent;
  }
}
