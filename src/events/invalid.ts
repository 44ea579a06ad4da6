import type { InputProblem } from '../lib/invalid.js';
import { eventClass } from './loos-event.js';

export interface InvalidDetail {
  /** Tag name of the element that received the input. */
  readonly element: string;
  readonly problems: readonly InputProblem[];
}

/** Fired when an element received input it could not use in full (every problem, in French). */
export class LoosInvalidEvent extends eventClass<InvalidDetail>('loos-invalid') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-invalid': LoosInvalidEvent;
  }
}
