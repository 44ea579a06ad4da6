/**
 * `@ville-de-loos/ui`: importing this module registers every element.
 * Import `@ville-de-loos/ui/<element>.js` instead to register one element only.
 */
export * from './resident-pages.js';
// A staff tool: 38 rules and their dictionaries, about a quarter of the library.
export { LoosToneChecker } from './components/tone-checker/tone-checker.js';
