/**
 * Everything a resident's page may use: every element but the staff tools (the tone checker and
 * its dictionaries), with the helpers and types. `@ville-de-loos/ui` adds the staff tools;
 * `@ville-de-loos/ui/hydrate.js` (and dist/cdn/loos-ui-hydrate.js) is this module plus Lit's
 * hydration support, so a resident's server-rendered page never downloads the tone checker.
 */
export * from './events/index.js';
export { LoosOfficialBanner } from './components/official-banner/official-banner.js';
export { LoosNotice } from './components/notice/notice.js';
export { LoosNoticeFeed, type FeedState } from './components/notice-feed/notice-feed.js';
export {
  validateNotice,
  parseFeed,
  parseJsonFeed,
  parseCap,
  type Notice,
  type NoticeLevel,
  type FeedParseResult,
} from './lib/notices/index.js';
export type { InputProblem } from './lib/invalid.js';
export { checkUrl, safeUrl, type UrlCheck } from './lib/url.js';
export { parseIsoDateTime, CITY_TIME_ZONE } from './lib/dates.js';
export { LoosEventCard } from './components/event-card/event-card.js';
export { LoosEventList } from './components/event-list/event-list.js';
export {
  validateEvent,
  validateEvents,
  eventToIcs,
  eventsToIcs,
  eventToJsonLd,
  eventsFromSchemaOrg,
  formatEventDate,
  filterEvents,
  groupByMonth,
  type CivicEvent,
  type CivicEventInput,
} from './lib/events/index.js';
export { LoosBudgetChart, type BudgetChartType } from './components/budget-chart/budget-chart.js';
export { LoosKeyFigure } from './components/key-figure/key-figure.js';
export {
  validateBudget,
  budgetFromScdl,
  readCsv,
  budgetToScdlCsv,
  largestRemainder,
  amountInWords,
  compactAmount,
  budgetSummary,
  budgetView,
  type Budget,
  type BudgetLine,
} from './lib/budget/index.js';
export { LoosProcedure } from './components/procedure/procedure.js';
export { LoosServiceTiles } from './components/service-tiles/service-tiles.js';
export { LoosContactCard } from './components/contact-card/contact-card.js';
export {
  readOpeningHours,
  openingStatus,
  statusText,
  frenchPublicHolidays,
  easterSunday,
  governmentOfficeJsonLd,
  readContact,
  readProcedure,
  readServiceTiles,
  type OpeningHours,
  type OpeningStatus,
  type Procedure,
  type ServiceTiles,
} from './lib/services/index.js';
export { LoosQuote } from './components/quote/quote.js';
export { LoosShare } from './components/share/share.js';
export { LoosAct } from './components/act/act.js';
export { LoosActList } from './components/act-list/act-list.js';
export { LoosVideo } from './components/video/video.js';
export { LoosNewsletterSignup } from './components/newsletter-signup/newsletter-signup.js';
export {
  readQuoteAttributes,
  readShareAttributes,
  SHARE_NETWORKS,
  readActs,
  filterActs,
  documentDescription,
  readVideoAddress,
  SIGNUP_ENCODINGS,
  type SignupEncoding,
  type OfficialAct,
  type VideoAddress,
  type QuoteView,
  type ShareNetwork,
  type ShareView,
} from './lib/publications/index.js';
export { LoosHeader } from './components/header/header.js';
export { LoosBreadcrumb } from './components/breadcrumb/breadcrumb.js';
export { LoosFooter } from './components/footer/footer.js';
export { LoosBackToTop } from './components/back-to-top/back-to-top.js';
export { LoosAccordion } from './components/accordion/accordion.js';
export {
  ACCESSIBILITY_LEVELS,
  MANDATORY_MENTIONS,
  MAX_NAV_ENTRIES,
  type AccessibilityLevel,
} from './lib/site/index.js';
// The site kit's form and page parts (light-DOM enhancers; their own CDN module, loos-forms.js).
export { LoosField } from './components/field/field.js';
export { LoosErrorSummary, type FormError } from './components/error-summary/error-summary.js';
export { LoosTabs } from './components/tabs/tabs.js';
