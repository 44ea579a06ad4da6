// The CMS bundle: one minified ES module with Lit inside, for a `<script type="module">` in
// WordPress, Drupal or a static page, and the token stylesheet next to it.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { splitBundle } from './split-bundle.mjs';

/**
 * Tools for the city's staff, not for residents' pages: each gets its own CDN module, so that a
 * resident's phone never downloads the tone linter and its dictionaries (about a quarter of the
 * library) to read a notice or the agenda.
 */
export const STAFF_TOOLS = ['tone-checker'];

/** Options shared by every browser bundle of the library (also used by size and bench scripts). */
export const BROWSER_BUNDLE = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2021',
  platform: 'browser',
  // Lit's production build (no dev-mode warnings), as a bundler would pick for a browser.
  conditions: ['browser', 'production'],
  legalComments: 'eof',
  logLevel: 'warning',
};

/**
 * dist/cdn/loos-ui.js — every element for residents' pages (all but STAFF_TOOLS), Lit included;
 *   what elements load with `import()` only when needed is in dist/cdn/chunks/, next to it;
 * dist/cdn/loos-<tool>.js — each staff tool on its own, Lit included (a page may load both);
 * dist/cdn/loos-ui-hydrate.js — every element plus Lit's hydration support, for pages rendered
 *   with `@ville-de-loos/ui/ssr` (it must evaluate before Lit, which one bundle guarantees);
 * dist/cdn/loos-ui.css — the design tokens (all themes) and the pre-upgrade styles (elements.css).
 */
export async function buildCdn(root) {
  mkdirSync(`${root}dist/cdn`, { recursive: true });
  const elements = readdirSync(`${root}dist/components`).filter((name) => existsSync(`${root}dist/components/${name}/${name}.js`));
  const civic = elements.filter((name) => !STAFF_TOOLS.includes(name)).sort();
  const civicBundle = await splitBundle({
    root,
    name: 'loos-ui',
    imports: civic.map((name) => `dist/components/${name}/${name}.js`),
    outdir: 'dist/cdn',
    options: BROWSER_BUNDLE,
  });
  const tools = STAFF_TOOLS.filter((name) => elements.includes(name));
  for (const name of tools) {
    await build({ ...BROWSER_BUNDLE, absWorkingDir: root, entryPoints: [`dist/components/${name}/${name}.js`], outfile: `dist/cdn/loos-${name}.js` });
  }
  await build({ ...BROWSER_BUNDLE, absWorkingDir: root, entryPoints: ['dist/ssr/hydrate.js'], outfile: 'dist/cdn/loos-ui-hydrate.js' });
  const css = [readFileSync(`${root}dist/tokens/tokens.css`, 'utf8'), readFileSync(`${root}dist/elements.css`, 'utf8')];
  writeFileSync(`${root}dist/cdn/loos-ui.css`, css.join('\n'));
  return [...civicBundle.initial, `${civicBundle.lazy.length} modules à la demande`, ...tools.map((name) => `dist/cdn/loos-${name}.js`), 'dist/cdn/loos-ui-hydrate.js', 'dist/cdn/loos-ui.css'];
}
