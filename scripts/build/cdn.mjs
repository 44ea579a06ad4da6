// The CMS bundle: one minified ES module with Lit inside, for a `<script type="module">` in
// WordPress, Drupal or a static page, and the token stylesheet next to it.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

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
 * dist/cdn/loos-ui.js — every element, for pages rendered in the browser;
 * dist/cdn/loos-ui-hydrate.js — the same plus Lit's hydration support, for pages rendered with
 *   `@ville-de-loos/ui/ssr` (it must evaluate before Lit, which one bundle guarantees);
 * dist/cdn/loos-ui.css — the design tokens (all themes).
 */
export async function buildCdn(root) {
  mkdirSync(`${root}dist/cdn`, { recursive: true });
  await build({ ...BROWSER_BUNDLE, absWorkingDir: root, entryPoints: ['dist/index.js'], outfile: 'dist/cdn/loos-ui.js' });
  await build({ ...BROWSER_BUNDLE, absWorkingDir: root, entryPoints: ['dist/ssr/hydrate.js'], outfile: 'dist/cdn/loos-ui-hydrate.js' });
  copyFileSync(`${root}dist/tokens/tokens.css`, `${root}dist/cdn/loos-ui.css`);
  return ['dist/cdn/loos-ui.js', 'dist/cdn/loos-ui-hydrate.js', 'dist/cdn/loos-ui.css'];
}
