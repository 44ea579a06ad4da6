/** The site frame: header, breadcrumb, footer and back-to-top, as checks an element applies. */
export { ACCESSIBILITY_LEVELS, MANDATORY_MENTIONS, missingMentions, readAccessibilityLevel, type AccessibilityLevel } from './footer.js';
export { MAX_NAV_ENTRIES, navEntriesProblems, readSearchAction } from './header.js';
export { disarmUnsafeAddresses } from './links.js';
export { accordionProblems } from './accordion.js';
export { completeHomeLink, readCssString } from './brand.js';
