// The CMS bundle: one minified ES module with Lit inside, for a `<script type="module">` in
// WordPress, Drupal or a static page, and the token stylesheet next to it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitBundle } from './split-bundle.mjs';

/**
 * Tools for the city's staff, not for residents' pages: each gets its own CDN module, so that a
 * resident's phone never downloads the tone linter and its dictionaries (about a quarter of the
 * library) to read a notice or the agenda.
 */
export const STAFF_TOOLS = ['tone-checker'];

/**
 * The démarches and services elements have their own CDN module, dist/cdn/loos-services.js,
 * Lit included: the CMS bundle's ceiling (47 kB gzip on load) is full, and only the démarches
 * pages and the contact pages need them. A page that loads both bundles downloads Lit twice (about
 * 7 kB gzip); the npm package, bundled by the site, shares one Lit.
 */
export const SERVICE_ELEMENTS = ['procedure', 'service-tiles', 'contact-card'];

/**
 * Publications and participation (quotes, share links) have their own CDN module,
 * dist/cdn/loos-publications.js, Lit included, for the same reason: the CMS bundle's ceiling stays
 * where it is, and only news and participation pages need them.
 */
export const PUBLICATION_ELEMENTS = ['quote', 'share'];

/** The civic elements (all but those of the other modules) of a built dist/, as module paths. */
export function civicModules(root) {
  return builtElements(root)
    .filter((name) => !STAFF_TOOLS.includes(name) && !SERVICE_ELEMENTS.includes(name) && !PUBLICATION_ELEMENTS.includes(name))
    .map((name) => `dist/components/${name}/${name}.js`);
}

/** The elements of `names` found in a built dist/, as module paths. */
function modulesOf(root, names) {
  return builtElements(root).filter((name) => names.includes(name)).map((name) => `dist/components/${name}/${name}.js`);
}

/** The SERVICE_ELEMENTS of a built dist/, as module paths. */
export const serviceModules = (root) => modulesOf(root, SERVICE_ELEMENTS);

/** The PUBLICATION_ELEMENTS of a built dist/, as module paths. */
export const publicationModules = (root) => modulesOf(root, PUBLICATION_ELEMENTS);

/** Names of the elements in dist/components, sorted. */
export function builtElements(root) {
  const components = `${root}/dist/components`;
  if (!existsSync(components)) return [];
  return readdirSync(components).filter((name) => existsSync(`${components}/${name}/${name}.js`)).sort();
}

/**
 * dist/cdn/loos-ui.js — every element for residents' pages (all but STAFF_TOOLS and SERVICE_ELEMENTS), Lit included;
 *   what elements load with `import()` only when needed is in dist/cdn/chunks/, next to it;
 * dist/cdn/loos-services.js — the démarches and services elements, Lit included;
 * dist/cdn/loos-publications.js — quotes and share links, Lit included;
 * dist/cdn/loos-<tool>.js — each staff tool on its own, Lit included (a page may load both);
 * dist/cdn/loos-ui-hydrate.js — every element plus Lit's hydration support, for pages rendered
 *   with `@ville-de-loos/ui/ssr` (it must evaluate before Lit, which one file guarantees);
 * dist/cdn/loos-ui.css — the design tokens (all themes) and the pre-upgrade styles (elements.css).
 */
export async function buildCdn(root) {
  mkdirSync(`${root}/dist/cdn`, { recursive: true });
  const civic = await splitBundle({ root, name: 'loos-ui', imports: civicModules(root), outdir: 'dist/cdn' });
  const services = await splitBundle({ root, name: 'loos-services', imports: serviceModules(root), outdir: 'dist/cdn' });
  const publications = await splitBundle({ root, name: 'loos-publications', imports: publicationModules(root), outdir: 'dist/cdn' });
  const tools = STAFF_TOOLS.filter((name) => builtElements(root).includes(name));
  // These two keep the exports of their module (classes, `isHydrated`…), as one file each.
  const module = (path) => ({ source: `export * from ${JSON.stringify(join(root, path))};`, outdir: 'dist/cdn', split: false });
  for (const name of tools) await splitBundle({ root, name: `loos-${name}`, ...module(`dist/components/${name}/${name}.js`) });
  await splitBundle({ root, name: 'loos-ui-hydrate', ...module('dist/ssr/hydrate.js') });
  const css = [readFileSync(`${root}/dist/tokens/tokens.css`, 'utf8'), readFileSync(`${root}/dist/elements.css`, 'utf8')];
  writeFileSync(`${root}/dist/cdn/loos-ui.css`, css.join('\n'));
  return [...civic.initial, `${civic.lazy.length} modules à la demande`, ...services.initial, ...publications.initial, ...tools.map((name) => `dist/cdn/loos-${name}.js`), 'dist/cdn/loos-ui-hydrate.js', 'dist/cdn/loos-ui.css'];
}
