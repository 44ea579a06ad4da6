import type { Period } from '../lib/events/filter.js';
import { eventClass } from './loos-event.js';

export interface FilterChangeDetail {
  readonly category: string;
  readonly period: Period;
  /** Number of events matching the filters (all pages). */
  readonly count: number;
}

/** Fired when the person changes a filter of `<loos-event-list>`. */
export class LoosFilterChangeEvent extends eventClass<FilterChangeDetail>('loos-filter-change') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'loos-filter-change': LoosFilterChangeEvent;
  }
}
