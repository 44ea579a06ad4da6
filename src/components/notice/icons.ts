/**
 * Pictograms of the notice levels. Always `aria-hidden` next to the level written in words:
 * the shape helps recognition (also in forced colours), the word carries the meaning.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { NoticeLevel } from '../../lib/notices/model.js';

/** A circled « i ». */
const info = svg`<path fill="currentColor" d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-1 6h2v7h-2v-7Zm0-4h2v2h-2V6Z"/>`;
/** A triangle with « ! ». */
const warning = svg`<path fill="currentColor" d="M12 2 23 21H1L12 2Zm0 4L4.5 19h15L12 6Zm-1 4h2v5h-2v-5Zm0 6h2v2h-2v-2Z"/>`;
/** An octagon with « ! »: the shape of a stop sign, distinct from the triangle. */
const alert = svg`<path fill="currentColor" d="M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9L7.9 2Zm.8 2L4 8.7v6.6L8.7 20h6.6l4.7-4.7V8.7L15.3 4H8.7ZM11 7h2v6h-2V7Zm0 8h2v2h-2v-2Z"/>`;

export const levelIcons: Readonly<Record<NoticeLevel, SVGTemplateResult>> = { info, warning, alert };

/** A cross, for the dismiss button. */
export const closeIcon = svg`<path fill="currentColor" d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4 6.4 5Z"/>`;
