import type { Finding } from '../tone/index.js';
import { eventClass } from './loos-event.js';

export interface ToneCheckDetail {
  readonly findings: readonly Finding[];
  /** Readability score of the text, `null` when it is too short to score. */
  readonly score: number | null;
}

/** Fired after each analysis of `<loos-tone-checker>`. */
export class LoosToneCheckEvent extends eventClass<ToneCheckDetail>('loos-tone-check') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-tone-check': LoosToneCheckEvent;
  }
}
