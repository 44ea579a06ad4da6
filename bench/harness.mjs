/* global document, customElements */
// Shared helpers for `bench/*.bench.mjs` files (run by `npm run bench`, see scripts/bench.mjs).
//
// A bench file exports `about = { compares, data }` (what it compares, on what data: printed above
// its table) and default-exports `async function run()` returning rows
// `[{ name, value, unit, spread, note? }]`, built with `figure()` so that every measured value carries
// its spread. These helpers cover what most of them need:
//   const script = await bundle('src/components/notice/notice.ts');   // ESM string incl. Lit
//   const rows = await withChromium(async (browser) => {
//     const page = await openPage(browser, { script, body: '<div id="root"></div>' });
//     const ms = await timeInPage(page, async (count) => { …render count notices… }, RUNS, { arg: 100 });
//     return [figure('100 avis', ms, 'ms')];
//   });
//   printBench('notices.bench.mjs', about, rows);   // the same table `npm run bench` prints
import { build } from 'esbuild';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBrotliCompress, createGzip } from 'node:zlib';
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

/** Value of the sorted list at quantile `q` (0 to 1), interpolated between the two nearest values. */
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * What repeated measures say: `{ median, min, max, q1, q3, runs }`. A single figure hides how much
 * the machine moved between runs; the spread tells a reader whether two figures really differ.
 */
export function stats(values) {
  const numbers = values.filter((value) => Number.isFinite(value));
  if (numbers.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, q1: Number.NaN, q3: Number.NaN, runs: 0 };
  const sorted = [...numbers].sort((a, b) => a - b);
  return { median: median(sorted), min: sorted[0], max: sorted.at(-1), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), runs: sorted.length };
}

/**
 * `a / b` for two series measured separately: the median of `a` over the median of `b`, and the
 * widest honest interval (the fastest `a` over the slowest `b`, the slowest `a` over the fastest `b`).
 */
export function ratio(a, b) {
  return { median: a.median / b.median, min: a.min / b.max, max: a.max / b.min, runs: Math.min(a.runs, b.runs) };
}

/** `stats` scaled by a constant (per-key, per-document, ms → s…). */
export function scale(measure, factor) {
  const scaled = { ...measure };
  for (const key of ['median', 'min', 'max', 'q1', 'q3']) if (key in measure) scaled[key] = measure[key] * factor;
  return scaled;
}

/**
 * One row of a bench table. `measure` is either `stats(…)` (the value is its median and the spread
 * « min–max (n mesures) ») or a plain number for a figure that does not vary between runs (a size,
 * a count, a precision on a fixed corpus: the spread says « exact »).
 */
export function figure(name, measure, unit, note) {
  const row = typeof measure === 'number'
    ? { name, value: round(measure), unit, spread: 'exact' }
    : { name, value: round(measure.median), unit, spread: `${formatNumber(measure.min)}–${formatNumber(measure.max)} (${measure.runs} mesures)` };
  return note === undefined ? row : { ...row, note };
}

/** A figure in French notation, rounded like the table (`round`). */
export function formatNumber(value) {
  if (typeof value !== 'number') return String(value);
  return round(value).toLocaleString('fr-FR', { maximumFractionDigits: 2 });
}

/**
 * Prints one bench: what it compares and on what data, then its rows with their spread. Used by
 * `npm run bench` (scripts/bench.mjs) and by each bench run alone (`node bench/x.bench.mjs`).
 */
export function printBench(file, about, rows) {
  console.log(`\n${file}\n  compare : ${about?.compares ?? '(non dit)'}\n  données : ${about?.data ?? '(non dit)'}`);
  console.table(rows.map((row) => ({ mesure: row.name, valeur: formatNumber(row.value), unité: row.unit ?? '', dispersion: row.spread ?? '', note: row.note ?? '' })));
}

/** True when the module at `url` is the script Node was started with (`node bench/x.bench.mjs`). */
export function isMain(url) {
  return process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
}

/**
 * Runs `fn(arg)` inside the page `runs` times and returns `stats` of the durations in milliseconds.
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
  return stats(durations);
}

/** Times an async function in Node `runs` times and returns `stats` of the durations in milliseconds. */
export async function timeInNode(fn, runs = RUNS) {
  const durations = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return stats(durations);
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

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * Serves a directory on 127.0.0.1 (random port); `close()` when done. Loopback only, GET only.
 * With `{ compress: true }`, text files go out in brotli (or gzip, whichever the browser asks for
 * first in that order), as any production server sends them: a page's figures measured on an
 * uncompressed server describe no real site.
 */
export async function serve(directory, { compress = false } = {}) {
  const server = createServer((request, response) => {
    const path = normalize(join(directory, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    if (!path.startsWith(directory) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const encoding = compress && COMPRESSIBLE.has(extname(path)) ? contentEncoding(request.headers['accept-encoding']) : undefined;
    if (encoding === undefined) {
      response.writeHead(200, headers);
      createReadStream(path).pipe(response);
      return;
    }
    response.writeHead(200, { ...headers, 'content-encoding': encoding, vary: 'accept-encoding' });
    createReadStream(path).pipe(encoding === 'br' ? createBrotliCompress() : createGzip()).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** `br` or `gzip` when the request's `accept-encoding` lists it, brotli preferred. */
function contentEncoding(accepted = '') {
  const names = String(accepted).split(',').map((part) => part.split(';')[0].trim());
  if (names.includes('br')) return 'br';
  return names.includes('gzip') ? 'gzip' : undefined;
}

/**
 * `stats` of the time (ms) to insert `html` as static markup into `#root` and lay it out: the baseline
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

/**
 * The markup an element drew in its shadow root (Lit's comment markers removed): what the same
 * output costs as static HTML, the baseline an element is compared with. Run it in the page once
 * the element has rendered, e.g. `await page.evaluate(shadowMarkupOf, '#root loos-budget-chart')`.
 */
export function shadowMarkupOf(selector) {
  return document.querySelector(selector).shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '');
}

/**
 * `stats` of the time (ms) to insert `markup` as static HTML into a shadow root under `#root` that
 * carries the element's own style sheets: the element's output without the element.
 */
export async function timeStaticShadow(page, tag, markup, runs = RUNS) {
  return timeInPage(
    page,
    ({ name, html }) => {
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = customElements.get(name).elementStyles.map((style) => style.styleSheet);
      shadow.innerHTML = html;
      document.getElementById('root').append(host);
    },
    runs,
    { arg: { name: tag, html: markup }, before: emptyRoot },
  );
}

/** Empties `#root` between two timed runs (passed to `timeInPage` as `before`). */
export function emptyRoot() {
  document.getElementById('root').replaceChildren();
}
