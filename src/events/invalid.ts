import type { InputProblem } from '../lib/invalid.js';
import { LoosEvent } from './loos-event.js';

export interface InvalidDetail {
  /** Tag name of the element that received the input. */
  readonly element: string;
  readonly problems: readonly InputProblem[];
}

/** Fired when an element received input it could not use in full (every problem, in French). */
export class LoosInvalidEvent extends LoosEvent<InvalidDetail> {
  static readonly eventName = 'loos-invalid';
  constructor(detail: InvalidDetail) {
    super(LoosInvalidEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-invalid': LoosInvalidEvent;
  }
}
