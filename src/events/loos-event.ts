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
