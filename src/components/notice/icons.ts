/**
 * Pictograms of the notice levels, as the `d` of one stroked path (the stroke is set in CSS).
 * Always `aria-hidden` next to the level written in words: the shape helps recognition (also in
 * forced colours), the word carries the meaning.
 */
import type { NoticeLevel } from '../../lib/notices/model.js';

export const levelIcons: Readonly<Record<NoticeLevel, string>> = {
  /** A circled « i ». */
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 8v6m0-10v2',
  /** A triangle with « ! ». */
  warning: 'M12 3 22 20H2zm0 6v5m0 2v2',
  /** An octagon with « ! »: the shape of a stop sign, distinct from the triangle. */
  alert: 'M8 3h8l5 5v8l-5 5H8l-5-5V8zm4 4v6m0 2v2',
};

/** A cross, for the dismiss button. */
export const closeIcon = 'M6 6l12 12M18 6 6 18';
