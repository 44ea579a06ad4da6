/**
 * Every event of the library is built the same way: a small class named after the event, with a
 * typed `detail`, bubbling and crossing shadow roots (`composed`) so that a page can listen on
 * `document`. Listeners get the type from `GlobalEventHandlersEventMap` (see `index.ts`).
 */
export class LoosEvent<Detail> extends CustomEvent<Detail> {
  constructor(name: string, detail: Detail) {
    super(name, { detail, bubbles: true, composed: true });
  }
}

/**
 * The class of one event: `class LoosDismissEvent extends eventClass<DismissDetail>('loos-dismiss') {}`.
 * The name is a static `eventName` too, for `addEventListener(LoosDismissEvent.eventName, …)`.
 */
export function eventClass<Detail>(name: string) {
  return class extends LoosEvent<Detail> {
    static readonly eventName = name;
    constructor(detail: Detail) {
      super(name, detail);
    }
  };
}
