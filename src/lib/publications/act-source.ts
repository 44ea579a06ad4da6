/**
 * Where `<loos-act-list>` takes its data (see lib/data-sources.ts): the `acts` property, a JSON
 * child (a list or `{ "acts": [ … ] }`), a `<ul>` of `<loos-act>` written in the page, or `src`.
 */
import type { FetchingForm } from '../data-sources.js';

export const ACT_SOURCE: FetchingForm = {
  property: 'acts',
  childTypes: ['application/json'],
  fetch: { what: 'des actes', accept: 'application/json, */*;q=0.1' },
  childMarkup: 'ul',
};
