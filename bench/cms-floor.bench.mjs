/* global document, window, customElements */
// How far examples/cms.html is from its floor: the same page frozen as static HTML (every
// element's shadow root written out as declarative shadow DOM with its styles, no script at all),
// which is the least a resident can download and the soonest they can read it.
//
// Three pages, each loaded RUNS times in Chromium over a slow 4G connection (150 ms, 1.6 Mb/s)
// with a 4× slower processor, served gzipped like a real web server:
//  - examples/cms.html: the CMS page, rendered in the browser by dist/cdn/loos-ui.js;
//  - the same body server-rendered (`renderHtml`, dist/ssr) and hydrated by loos-ui-hydrate.js;
//  - the frozen page (written from the first page once every element has rendered).
// Reported: bytes transferred and largest contentful paint (LCP) of each, and their ratios to
// the frozen page. Re-run: `npm run build && npm run bench -- cms-floor` (BENCH_RUNS=9 for more).
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { existsSync, statSync } from 'node:fs';
import { builtSsr, cmsExampleBody, fromRoot, median, round, ROOT, RUNS, withChromium } from './harness.mjs';

const OUT = 'bench/.lighthouse';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves the repository gzipped (text types), as the city's web server would. */
async function serveGzipped(directory) {
  const server = createServer((request, response) => {
    const path = normalize(join(directory, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    if (!path.startsWith(directory) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const body = readFileSync(path);
    const gzip = /gzip/.test(request.headers['accept-encoding'] ?? '') && type !== 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(gzip ? gzipSync(body, { level: 9 }) : body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** The head of examples/cms.html for a page written in bench/.lighthouse/ (paths one level deeper), with or without its scripts. */
function cmsHead({ scripts }) {
  const head = /<head>([\s\S]*?)<\/head>/.exec(readFileSync(fromRoot('examples/cms.html'), 'utf8'))?.[1] ?? '';
  return (scripts ? head : head.replace(/<script type="module"[^>]*><\/script>/g, '')).replaceAll('../dist/', '../../dist/');
}

async function writeServerRendered() {
  const { renderHtml } = await builtSsr();
  const body = (await renderHtml(cmsExampleBody())).replace(/<script type="module" src="[^"]*loos-(tone-checker|services)\.js"><\/script>/g, '');
  writeFileSync(
    fromRoot(`${OUT}/cms-ssr.html`),
    `<!doctype html>\n<html lang="fr">\n<head>${cmsHead({ scripts: false })}</head>\n<body>${body}\n<script type="module" src="../../dist/cdn/loos-ui-hydrate.js"></script>\n</body>\n</html>\n`,
  );
}

/** Waits until every element of the page has upgraded and rendered, the feed included. */
async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('loos-'));
    await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
    await Promise.all(elements.map((element) => element.updateComplete));
  });
  await page.waitForFunction(() => document.querySelector('loos-notice-feed')?.getAttribute('state') !== 'loading');
}

/** Writes the browser-rendered page out as static HTML: shadow roots as declarative shadow DOM, their adopted styles inlined, no script. */
async function writeFrozen(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await settled(page);
  const html = await page.evaluate(() => {
    const roots = [];
    const collect = (node) => {
      for (const element of node.querySelectorAll('*')) {
        if (element.shadowRoot) {
          roots.push(element.shadowRoot);
          collect(element.shadowRoot);
        }
      }
    };
    collect(document);
    for (const root of roots) {
      const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      const style = document.createElement('style');
      style.textContent = css;
      root.prepend(style);
    }
    for (const script of document.querySelectorAll('script')) script.remove();
    // Elements stay undefined in the frozen page: the pre-upgrade styles must not apply on top.
    for (const element of document.querySelectorAll('*')) if (element.localName.startsWith('loos-')) element.setAttribute('data-loos-ssr', '');
    return `<!doctype html>\n${document.documentElement.getHTML({ shadowRoots: roots })}`;
  });
  await page.close();
  writeFileSync(fromRoot(`${OUT}/cms-frozen.html`), html.replaceAll('../dist/', '../../dist/'));
}

/** Bytes transferred (gzipped bodies and headers) and LCP of one load on a slow phone connection. */
async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const lcp = await page.evaluate(() => window.__lcp);
  await context.close();
  return { bytes, lcp };
}

export default async function run() {
  mkdirSync(fromRoot(OUT), { recursive: true });
  copyFileSync(fromRoot('examples/avis.json'), fromRoot(`${OUT}/avis.json`));
  await writeServerRendered();
  const server = await serveGzipped(ROOT);
  try {
    return await withChromium(async (browser) => {
      await writeFrozen(browser, `${server.url}/examples/cms.html`);
      const pages = [
        ['figé (HTML statique)', `${server.url}/${OUT}/cms-frozen.html`],
        ['examples/cms.html (rendu navigateur)', `${server.url}/examples/cms.html`],
        ['rendu serveur + hydratation', `${server.url}/${OUT}/cms-ssr.html`],
      ];
      const results = [];
      for (const [label, url] of pages) {
        const runs = [];
        for (let index = 0; index < RUNS; index += 1) runs.push(await measure(browser, url));
        results.push({ label, bytes: median(runs.map((entry) => entry.bytes)), lcp: median(runs.map((entry) => entry.lcp)) });
      }
      const [floor, ...others] = results;
      const rows = results.flatMap(({ label, bytes, lcp }) => [
        { name: `Octets transférés — ${label}`, value: round(bytes / 1024), unit: 'ko', note: 'gzip, cache vide' },
        { name: `LCP — ${label}`, value: Math.round(lcp), unit: 'ms', note: '4G lente, processeur ÷4, 412 px' },
      ]);
      for (const { label, bytes, lcp } of others) {
        rows.push({ name: `Rapport au plancher (octets) — ${label}`, value: round(bytes / floor.bytes), unit: '×', note: 'page figée = 1' });
        rows.push({ name: `Rapport au plancher (LCP) — ${label}`, value: round(lcp / floor.lcp), unit: '×', note: 'page figée = 1' });
      }
      return rows;
    });
  } finally {
    await server.close();
  }
}

// `node bench/cms-floor.bench.mjs` runs it alone and prints the table.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
