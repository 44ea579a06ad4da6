import type { Period } from '../lib/events/filter.js';
import { LoosEvent } from './loos-event.js';

export interface FilterChangeDetail {
  readonly category: string;
  readonly period: Period;
  /** Number of events matching the filters (all pages). */
  readonly count: number;
}

/** Fired when the person changes a filter of `<loos-event-list>`. */
export class LoosFilterChangeEvent extends LoosEvent<FilterChangeDetail> {
  static readonly eventName = 'loos-filter-change';
  constructor(detail: FilterChangeDetail) {
    super(LoosFilterChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-filter-change': LoosFilterChangeEvent;
  }
}
