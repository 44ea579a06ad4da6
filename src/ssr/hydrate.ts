/**
 * `@ville-de-loos/ui/hydrate.js`: the browser side of server rendering. Import this INSTEAD of
 * `@ville-de-loos/ui` on pages rendered with `@ville-de-loos/ui/ssr`.
 *
 * Lit's hydration support has to run before Lit defines `LitElement`, so it is the first import;
 * ES modules evaluate in import order, and the support module does not import `lit-element`.
 * Elements then reuse the server's declarative shadow DOM instead of rendering it again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Every element a resident's page may show, not the staff tools: a page that server-renders the
// tone checker imports `@ville-de-loos/ui/tone-checker.js` after this module.
export * from '../resident-pages.js';
