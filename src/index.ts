/**
 * `@ville-de-loos/ui`: importing this module registers every element.
 * Import `@ville-de-loos/ui/<element>.js` instead to register one element only.
 */
export * from './resident-pages.js';
// A staff tool: 38 rules and their dictionaries, about a quarter of the library.
export { LoosToneChecker } from './components/tone-checker/tone-checker.js';
// The site kit's form and page parts (light-DOM enhancers; their own CDN module, loos-forms.js).
export { LoosField } from './components/field/field.js';
export { LoosErrorSummary, type FormError } from './components/error-summary/error-summary.js';
export { LoosTabs } from './components/tabs/tabs.js';
