/** Publications and participation: quotes and share links, as pure functions an element renders. */
export { readQuoteAttributes, emptyQuoteProblem, type QuoteAttributes, type QuoteView } from './quote.js';
export { readShareAttributes, SHARE_NETWORKS, type ShareNetwork, type ShareLink, type ShareView } from './share.js';
