/** Publications and participation: quotes and share links, as pure functions an element renders. */
export { readQuoteAttributes, emptyQuoteProblem, type QuoteAttributes, type QuoteView } from './quote.js';
export { readShareAttributes, SHARE_NETWORKS, type ShareNetwork, type ShareLink, type ShareView } from './share.js';
export {
  ACT_TYPES,
  MAX_ACTS,
  readActs,
  filterActs,
  actFacets,
  compareActs,
  documentDescription,
  searchable,
  type ActType,
  type ActDocument,
  type ActFilters,
  type ActFacets,
  type OfficialAct,
} from './acts.js';
export { actRecord, readActAttributes, type ActAttributes } from './act-fields.js';
export { readVideoAddress, readChapters, formatTimecode, HOST_NAMES, type VideoAddress, type VideoHost, type Chapter } from './video.js';
export { SIGNUP_ENCODINGS, readSignupEncoding, checkSignupAction, formValues, signupBody, outcomeOfStatus, type SignupEncoding, type SignupOutcome } from './newsletter.js';
