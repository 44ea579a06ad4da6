import { eventClass } from './loos-event.js';

export interface ToggleDetail {
  readonly expanded: boolean;
}

/** Fired when the explanation of `<loos-official-banner>` opens or closes. */
export class LoosToggleEvent extends eventClass<ToggleDetail>('loos-toggle') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-toggle': LoosToggleEvent;
  }
}
