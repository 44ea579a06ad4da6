/* global document */
// Shared helpers for `bench/*.bench.mjs` files (run by `npm run bench`, see scripts/bench.mjs).
//
// A bench file default-exports `async function run()` returning rows
// `[{ name, value, unit, note? }]`. These helpers cover what most of them need:
//   const script = await bundle('src/components/notice/notice.ts');   // ESM string incl. Lit
//   const rows = await withChromium(async (browser) => {
//     const page = await openPage(browser, { script, body: '<div id="root"></div>' });
//     const ms = await timeInPage(page, async (count) => { …render count notices… }, RUNS, { arg: 100 });
//     return [{ name: '100 avis', value: ms, unit: 'ms' }];
//   });
import { build } from 'esbuild';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

/** Absolute path of the repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** How many times each figure is measured; the median is reported. `BENCH_RUNS=9 npm run bench` for more. */
export const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '', 10) || 5);

/** Path relative to the repository root → absolute path. */
export function fromRoot(relativePath) {
  return fileURLToPath(new URL(`../${relativePath}`, import.meta.url));
}

/**
 * Bundles one entry (TypeScript from src/ or JavaScript from dist/) with everything it imports,
 * Lit included, and returns the code as a string. `format: 'esm'` (default) for
 * `<script type="module">`, `'iife'` for a classic script. Minified like the CDN bundle, so the
 * figures describe what residents download.
 */
export async function bundle(entryPath, { format = 'esm', minify = true } = {}) {
  const result = await build({
    entryPoints: [fromRoot(entryPath)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format,
    minify,
    target: 'es2021',
    platform: 'browser',
    // Same conditions a browser bundler uses: Lit's production build, not its dev-mode warnings.
    conditions: ['browser', 'production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Launches the project's Chromium (see scripts/chromium.mjs), runs `work(browser)`, always closes it. */
export async function withChromium(work) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/** The token stylesheet when it has been built (`npm run tokens`), so elements render with real styles. */
function tokensCss() {
  const path = fromRoot('dist/tokens/tokens.css');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/**
 * Opens a fresh page in its own context with `<html lang="fr">`, the tokens, the given body and
 * (optionally) a module script, and waits for the script to have run. The page has a fixed
 * 1280×800 viewport so that layout costs compare between runs.
 */
export async function openPage(browser, { body = '', script = '', css = '', format = 'esm' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const scriptTag = script === '' ? '' : `<script${format === 'esm' ? ' type="module"' : ''}>${escapeScript(script)}</script>`;
  await page.setContent(
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Banc d'essai</title>` +
      `<style>${tokensCss()}${css}</style></head><body>${body}${scriptTag}</body></html>`,
    { waitUntil: 'load' },
  );
  page.once('close', () => void context.close().catch(() => undefined));
  return page;
}

/** A bundle may contain the text `</script>` in a string; it must not close the inline script. */
function escapeScript(code) {
  return code.replaceAll('</script', '<\\/script');
}

/** Median of a list of numbers (the mean of the two middle values for an even count). */
export function median(numbers) {
  if (numbers.length === 0) return Number.NaN;
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs `fn(arg)` inside the page `runs` times and returns the MEDIAN duration in milliseconds.
 * The time includes the work `fn` awaits (return a promise that resolves when elements have
 * rendered, e.g. `Promise.all(elements.map((e) => e.updateComplete))`) and the style and layout
 * it causes (forced at the end), so it compares with the same HTML written statically.
 * `before(arg)` runs untimed before each run (e.g. to empty the container).
 * `fn` and `before` are serialised into the page: they must not use variables from Node.
 */
export async function timeInPage(page, fn, runs = RUNS, { arg, before } = {}) {
  const durations = [];
  for (let run = 0; run < runs; run += 1) {
    durations.push(
      await page.evaluate(
        async ({ source, beforeSource, value }) => {
          const toFunction = (code) => (0, eval)(`(${code})`);
          if (beforeSource !== null) await toFunction(beforeSource)(value);
          const work = toFunction(source);
          const start = performance.now();
          await work(value);
          // Reading a layout property forces the style and layout the work caused.
          document.body.getBoundingClientRect();
          return performance.now() - start;
        },
        { source: fn.toString(), beforeSource: before ? before.toString() : null, value: arg },
      ),
    );
  }
  return median(durations);
}

/** Times an async function in Node `runs` times and returns the median in milliseconds. */
export async function timeInNode(fn, runs = RUNS) {
  const durations = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return median(durations);
}

/** Rounds a figure for the table: 2 significant decimals below 10, 1 below 100, none above. */
export function round(value) {
  if (!Number.isFinite(value)) return value;
  const digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return Number(value.toFixed(digits));
}

/**
 * The body of examples/cms.html — a realistic page of the city with every element — without its
 * scripts: the markup a CMS stores. Used by the SSR and Lighthouse benches.
 */
export function cmsExampleBody() {
  const page = readFileSync(fromRoot('examples/cms.html'), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(page)?.[1] ?? '';
  return body.replace(/<script type="module"[^>]*><\/script>/g, '');
}

/** The BUILT server rendering entry (dist/ssr/index.js); `npm run build` first. */
export async function builtSsr() {
  const entry = fromRoot('dist/ssr/index.js');
  if (!existsSync(entry)) throw new Error('dist/ssr/index.js absent : lancez `npm run build` avant `npm run bench`.');
  return import(pathToFileURL(entry).href);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves a directory on 127.0.0.1 (random port); `close()` when done. Loopback only, GET only. */
export async function serve(directory) {
  const server = createServer((request, response) => {
    const path = normalize(join(directory, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    if (!path.startsWith(directory) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(path).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Median time (ms) to insert `html` as static markup into `#root` and lay it out: the baseline
 * every element is compared with. The page must have an element with id `root`.
 */
export async function timeStaticHtml(page, html, runs = RUNS) {
  return timeInPage(
    page,
    (markup) => {
      document.getElementById('root').innerHTML = markup;
    },
    runs,
    { arg: html, before: emptyRoot },
  );
}

/** Empties `#root` between two timed runs (passed to `timeInPage` as `before`). */
export function emptyRoot() {
  document.getElementById('root').replaceChildren();
}
