/**
 * Pictograms of the event card. Always `aria-hidden` next to a visible text label: the
 * picture helps recognition, the words carry the meaning.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { AccessibilityFeature } from '../../lib/events/model.js';

export const calendarIcon = svg`<path fill="currentColor" d="M7 2h2v2h6V2h2v2h3a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h3V2Zm13 8H4v10h16V10ZM4 6v2h16V6H4Z"/>`;
export const placeIcon = svg`<path fill="currentColor" d="M12 2a7 7 0 0 1 7 7c0 5.2-7 13-7 13S5 14.2 5 9a7 7 0 0 1 7-7Zm0 2a5 5 0 0 0-5 5c0 3.1 3.4 7.9 5 10 1.6-2.1 5-6.9 5-10a5 5 0 0 0-5-5Zm0 2.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Z"/>`;
export const priceIcon = svg`<path fill="currentColor" d="M3 6h18a1 1 0 0 1 1 1v3a2 2 0 0 0 0 4v3a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1v-3a2 2 0 0 0 0-4V7a1 1 0 0 1 1-1Zm1 2v.8a4 4 0 0 1 0 6.4v.8h16v-.8a4 4 0 0 1 0-6.4V8H4Zm10 1h2v2h-2V9Zm0 4h2v2h-2v-2Z"/>`;
export const onlineIcon = svg`<path fill="currentColor" d="M3 4h18a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-8v2h4v2H7v-2h4v-2H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Zm1 2v9h16V6H4Z"/>`;
export const downloadIcon = svg`<path fill="currentColor" d="M11 3h2v10.2l3.6-3.6L18 11l-6 6-6-6 1.4-1.4 3.6 3.6V3ZM4 19h16v2H4v-2Z"/>`;

const wheelchair = svg`<path fill="currentColor" d="M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm-1 5h2v5h4.6l2.3 5.5-1.8.8-1.8-4.3H11V7Zm-2 3.3v2.2a4.5 4.5 0 1 0 5.9 6.1l1.8.9A6.5 6.5 0 1 1 9 10.3Z"/>`;
const signLanguage = svg`<path fill="currentColor" d="M7 3h2v7h1V2h2v8h1V3h2v8h1V6h2v9a7 7 0 0 1-7 7h-.5A6.5 6.5 0 0 1 5 17.5L2.6 12.8l1.8-.9L7 15V3Z"/>`;
const hearingLoop = svg`<path fill="currentColor" d="M13 2a7 7 0 0 1 7 7c0 2.6-1.2 4-2.2 5.1-.9 1-1.6 1.8-1.8 3.3A4.5 4.5 0 0 1 11.5 22 4.5 4.5 0 0 1 7 17.5h2a2.5 2.5 0 0 0 5 0c.3-2.3 1.4-3.5 2.3-4.5.9-1 1.7-1.9 1.7-4a5 5 0 0 0-10 0H6a7 7 0 0 1 7-7Zm0 4a3 3 0 0 1 3 3h-2a1 1 0 0 0-2 0v2h-2V9a3 3 0 0 1 3-3ZM2.3 3.7l1.4-1.4 18 18-1.4 1.4-18-18Z"/>`;
const audioDescription = svg`<path fill="currentColor" d="M2 5h20a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm1 2v10h18V7H3Zm3.2 8 2.3-7h1.9l2.3 7h-1.9l-.4-1.4H8.5L8.1 15H6.2Zm2.8-3h1.5L9.7 9.6 9 12Zm4.5-4H16a3.5 3.5 0 0 1 0 7h-2.5V8Zm1.8 1.6v3.8h.6a1.9 1.9 0 0 0 0-3.8h-.6Z"/>`;
const easyRead = svg`<path fill="currentColor" d="M3 4h6a3 3 0 0 1 3 2 3 3 0 0 1 3-2h6a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1h-6a2 2 0 0 0-2 2h-2a2 2 0 0 0-2-2H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Zm1 2v11h5a4 4 0 0 1 2 .5V7a1 1 0 0 0-1-1H4Zm16 0h-6a1 1 0 0 0-1 1v10.5a4 4 0 0 1 2-.5h5V6Z"/>`;

export const accessibilityIcons: Readonly<Record<AccessibilityFeature, SVGTemplateResult>> = {
  wheelchair,
  'sign-language': signLanguage,
  'hearing-loop': hearingLoop,
  'audio-description': audioDescription,
  'easy-read': easyRead,
};
