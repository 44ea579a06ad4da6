/**
 * Every event the elements fire, in one place. Each is declared in `GlobalEventHandlersEventMap`
 * (which `HTMLElementEventMap` and `DocumentEventMap` extend), so `addEventListener('loos-…')` is
 * typed on an element as on `document`.
 */
export { LoosEvent } from './loos-event.js';
export { LoosInvalidEvent, type InvalidDetail } from './invalid.js';
export { LoosDismissEvent, type DismissDetail } from './dismiss.js';
export { LoosExpireEvent, type ExpireDetail } from './expire.js';
export { LoosToggleEvent, type ToggleDetail } from './toggle.js';
export { LoosFilterChangeEvent, type FilterChangeDetail } from './filter-change.js';
export { LoosToneCheckEvent, type ToneCheckDetail } from './tone-check.js';
export { LoosSubscribeEvent, type SubscribeDetail } from './subscribe.js';
