// The CMS bundles: minified ES modules sharing one Lit chunk, for a `<script type="module">` in
// WordPress, Drupal or a static page, and the token stylesheet next to it.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitBundle, splitBundles } from './split-bundle.mjs';

/**
 * Tools for the city's staff, not for residents' pages: each gets its own CDN module, so that a
 * resident's phone never downloads the tone linter and its dictionaries (about a quarter of the
 * library) to read a notice or the agenda.
 */
export const STAFF_TOOLS = ['tone-checker'];

/**
 * The démarches and services elements have their own CDN module, dist/cdn/loos-services.js:
 * the CMS bundle's ceiling (47 kB gzip on load) is full, and only the démarches pages and the
 * contact pages need them. It shares Lit with loos-ui.js (see cdnModules).
 */
export const SERVICE_ELEMENTS = ['procedure', 'service-tiles', 'contact-card'];

/**
 * Publications and participation (quotes, share links, official acts, videos, newsletter sign-up) have their own CDN module,
 * dist/cdn/loos-publications.js, Lit included, for the same reason: the CMS bundle's ceiling stays
 * where it is, and only news and participation pages need them.
 */
export const PUBLICATION_ELEMENTS = ['quote', 'share', 'act', 'act-list', 'video', 'newsletter-signup'];

/**
 * The site frame (header, breadcrumb, footer, back to top, and the accordion's « Tout ouvrir ») has its own CDN module,
 * dist/cdn/loos-site.js: every page of a city site loads it, but the pages that only place civic
 * elements in another site's frame (partners, associations) must not pay for it, and loos-ui.js
 * must not grow.
 */
export const SITE_ELEMENTS = ['header', 'breadcrumb', 'footer', 'back-to-top', 'accordion'];

/**
 * The site kit's form and page parts have their own CDN module, dist/cdn/loos-forms.js, for the
 * same reason: a page with a form loads it (with `forms.css`), a page without one never does.
 */
export const FORM_ELEMENTS = ['field', 'error-summary', 'tabs'];

/** The civic elements (all but those of the other modules) of a built dist/, as module paths. */
export function civicModules(root) {
  const elsewhere = [...STAFF_TOOLS, ...SERVICE_ELEMENTS, ...PUBLICATION_ELEMENTS, ...SITE_ELEMENTS, ...FORM_ELEMENTS];
  return builtElements(root)
    .filter((name) => !elsewhere.includes(name))
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

/**
 * Modules the other CDN modules share, each with one function they already import from it (see
 * cdnModules): loos-site.js re-exports these so that they stay in the same shared chunks.
 */
const SHARED_WITH_OTHER_MODULES = [['dist/lib/property-values.js', 'kindOf'], ['dist/lib/text.js', 'endSentence'], ['dist/lib/data-sources.js', 'plainText']];

/** The SITE_ELEMENTS of a built dist/, as module paths. */
export const siteModules = (root) => modulesOf(root, SITE_ELEMENTS);

/** The FORM_ELEMENTS of a built dist/, as module paths. */
export const formModules = (root) => modulesOf(root, FORM_ELEMENTS);

/** Names of the elements in dist/components, sorted. */
export function builtElements(root) {
  const components = `${root}/dist/components`;
  if (!existsSync(components)) return [];
  return readdirSync(components).filter((name) => existsSync(`${components}/${name}/${name}.js`)).sort();
}

/**
 * The three CDN modules a page may load side by side, built in one go: loos-ui.js (civic
 * elements), loos-services.js (démarches and services), loos-publications.js (quotes, share
 * links) and loos-<tool>.js (staff tools, their
 * exports kept). One build puts Lit — and the code they share — once in dist/cdn/chunks/, which
 * each imports: a page loading two of them evaluates one Lit, so its `lit-html` Trusted Types
 * policy is created once (a second copy's policy was refused under a strict CSP, and the tone
 * checker never defined). Returns `{ 'loos-ui': { initial, lazy }, … }`; .size-limit.mjs measures
 * the same build.
 */
export function cdnModules(root, outdir = 'dist/cdn') {
  const imports = (paths) => paths.map((path) => `import ${JSON.stringify(join(root, path))};`).join('\n');
  const tools = STAFF_TOOLS.filter((name) => builtElements(root).includes(name));
  return splitBundles({
    root,
    outdir,
    entries: {
      'loos-ui': imports(civicModules(root)),
      'loos-services': imports(serviceModules(root)),
      'loos-publications': imports(publicationModules(root)),
      // The frame needs none of SHARED_WITH_OTHER_MODULES: without them, the chunks the other
      // modules share are cut along the frame's imports into smaller ones, and loos-ui.js grew
      // by 225 B (each chunk costs its imports and exports). With them, loos-ui.js is unchanged.
      'loos-site': `${imports(siteModules(root))}\n${SHARED_WITH_OTHER_MODULES.map(([path, name]) => `export { ${name} } from ${JSON.stringify(join(root, path))};`).join('\n')}`,
      // The same for the forms, built on the frame's light-DOM base since: without them loos-ui.js grew by 175 B.
      'loos-forms': `${imports(formModules(root))}\n${SHARED_WITH_OTHER_MODULES.map(([path, name]) => `export { ${name} } from ${JSON.stringify(join(root, path))};`).join('\n')}`,
      ...Object.fromEntries(tools.map((name) => [`loos-${name}`, `export * from ${JSON.stringify(join(root, `dist/components/${name}/${name}.js`))};`])),
    },
  });
}

/**
 * dist/cdn/loos-ui.js, loos-services.js, loos-publications.js, loos-site.js, loos-forms.js, loos-<tool>.js — see cdnModules; what they share or load
 *   on demand is in dist/cdn/chunks/, next to them;
 * dist/cdn/loos-ui-hydrate.js — every element plus Lit's hydration support, for pages rendered
 *   with `@ville-de-loos/ui/ssr` (it must evaluate before Lit, which one file guarantees; it is
 *   built apart and keeps its own Lit: a server-rendered page loads it instead of loos-ui.js);
 * dist/cdn/loos-ui.css — the design tokens (all themes) and the pre-upgrade styles (elements.css);
 * dist/cdn/logos/ — the communes' logos the tokens name.
 */
export async function buildCdn(root) {
  mkdirSync(`${root}/dist/cdn`, { recursive: true });
  const modules = await cdnModules(root);
  const initial = [...new Set(Object.values(modules).flatMap((files) => files.initial))];
  const lazy = new Set(Object.values(modules).flatMap((files) => files.lazy).filter((file) => !initial.includes(file)));
  const source = `export * from ${JSON.stringify(join(root, 'dist/ssr/hydrate.js'))};`;
  await splitBundle({ root, name: 'loos-ui-hydrate', source, outdir: 'dist/cdn', split: false });
  const css = [readFileSync(`${root}/dist/tokens/tokens.css`, 'utf8'), readFileSync(`${root}/dist/elements.css`, 'utf8')];
  writeFileSync(`${root}/dist/cdn/loos-ui.css`, css.join('\n'));
  // The logos --loos-brand-logo points to (`url("logos/…")`), next to the stylesheet that names them.
  cpSync(`${root}/dist/tokens/logos`, `${root}/dist/cdn/logos`, { recursive: true });
  return [...initial, `${lazy.size} modules à la demande`, 'dist/cdn/loos-ui-hydrate.js', 'dist/cdn/loos-ui.css', 'dist/cdn/logos/'];
}
