import { LoosEvent } from './loos-event.js';

export interface ToggleDetail {
  readonly expanded: boolean;
}

/** Fired when the explanation of `<loos-official-banner>` opens or closes. */
export class LoosToggleEvent extends LoosEvent<ToggleDetail> {
  static readonly eventName = 'loos-toggle';
  constructor(detail: ToggleDetail) {
    super(LoosToggleEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-toggle': LoosToggleEvent;
  }
}
