/* global document, window, customElements */
// How far examples/cms.html is from its floor: the same page frozen as static HTML (every
// element's shadow root written out as declarative shadow DOM with its styles, no script at all),
// which is the least a resident can download and the soonest they can read it.
//
// Three pages, each loaded RUNS times in Chromium over a slow 4G connection (150 ms, 1.6 Mb/s)
// with a 4× slower processor, served compressed (brotli) like a real web server:
//  - examples/cms.html: the CMS page, rendered in the browser by dist/cdn/loos-ui.js;
//  - the same body server-rendered (`renderHtml`, dist/ssr) and hydrated by loos-ui-hydrate.js;
//  - the frozen page (written from the first page once every element has rendered).
// Reported: bytes transferred and largest contentful paint (LCP) of each, and their ratios to
// the frozen page. Re-run: `npm run build && npm run bench -- cms-floor` (BENCH_RUNS=9 for more).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtSsr, cmsExampleBody, figure, fromRoot, isMain, printBench, ratio, ROOT, RUNS, scale, serve, stats, withChromium } from './harness.mjs';

const OUT = 'bench/.lighthouse';

export const about = {
  compares: 'la page CMS rendue dans le navigateur et la même page rendue par le serveur, au plancher : la même page figée en HTML statique sans script',
  data: `examples/cms.html (chaque élément), servie compressée (brotli), Chromium en 4G lente (150 ms, 1,6 Mb/s), processeur ÷4, 412 px ; ${RUNS} chargements par page, cache vide`,
};
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
  const server = await serve(ROOT, { compress: true });
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
        results.push({ label, bytes: stats(runs.map((entry) => entry.bytes)), lcp: stats(runs.map((entry) => entry.lcp)) });
      }
      const [floor, ...others] = results;
      const rows = results.flatMap(({ label, bytes, lcp }) => [
        figure(`Octets transférés — ${label}`, scale(bytes, 1 / 1024), 'ko', 'brotli, cache vide'),
        figure(`LCP — ${label}`, lcp, 'ms', '4G lente, processeur ÷4, 412 px'),
      ]);
      for (const { label, bytes, lcp } of others) {
        rows.push(figure(`Rapport au plancher (octets) — ${label}`, ratio(bytes, floor.bytes), '×', 'page figée = 1'));
        rows.push(figure(`Rapport au plancher (LCP) — ${label}`, ratio(lcp, floor.lcp), '×', 'page figée = 1'));
      }
      return rows;
    });
  } finally {
    await server.close();
  }
}

// `node bench/cms-floor.bench.mjs` runs it alone and prints the table.
if (isMain(import.meta.url)) printBench('cms-floor.bench.mjs', about, await run());
