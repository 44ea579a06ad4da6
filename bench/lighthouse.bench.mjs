// Lighthouse 12 (Node 20; Lighthouse 13 needs Node 22) on two built demo pages with every element:
//  - examples/cms.html: the CMS integration, rendered in the browser by dist/cdn/loos-ui.js;
//  - the same content rendered on the server by dist/ssr and hydrated by dist/cdn/loos-ui-hydrate.js.
// Default Lighthouse settings: a mid-range phone on a slow 4G connection (simulated), which is
// what many residents have. The pages are served compressed (brotli), as a real server does:
// Lighthouse simulates the network from the bytes transferred, so an uncompressed server would
// describe no real site. Scores are the median of LIGHTHOUSE_RUNS runs (3 by default), with min–max.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromiumPath } from '../scripts/chromium.mjs';
import { builtSsr, cmsExampleBody, figure, fromRoot, isMain, printBench, ROOT, scale, serve, stats } from './harness.mjs';

const RUNS = Math.max(1, Number.parseInt(process.env.LIGHTHOUSE_RUNS ?? '', 10) || 3);
const CATEGORIES = ['accessibility', 'best-practices', 'performance'];
const LABELS = { accessibility: 'accessibilité', 'best-practices': 'bonnes pratiques', performance: 'performance' };
export const about = {
  compares: 'scores Lighthouse 12 (mobile simulé, 4G lente) de la page rendue dans le navigateur et de la même page rendue par le serveur puis hydratée',
  data: `examples/cms.html (chaque élément) et sa version rendue par dist/ssr, servies compressées (brotli) en local ; ${RUNS} passages par page`,
};
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Writes the server-rendered demo page next to the bench (bench/.lighthouse/, ignored by git). */
async function writeServerRenderedDemo() {
  const { renderHtml } = await builtSsr();
  // The hydration bundle carries every element, the staff tools too: drop their separate modules.
  const body = (await renderHtml(cmsExampleBody())).replace(/<script type="module" src="[^"]*loos-tone-checker\.js"><\/script>/g, '');
  const head = /<head>([\s\S]*?)<\/head>/.exec(await import('node:fs').then((fs) => fs.readFileSync(fromRoot('examples/cms.html'), 'utf8')))?.[1] ?? '';
  const headWithoutScripts = head
    .replace(/<script type="module"[^>]*><\/script>/g, '')
    .replaceAll('../dist/', '../../dist/');
  mkdirSync(fromRoot('bench/.lighthouse'), { recursive: true });
  // The page's notice feed reads `avis.json` next to the page, as in examples/.
  copyFileSync(fromRoot('examples/avis.json'), fromRoot('bench/.lighthouse/avis.json'));
  writeFileSync(
    fromRoot('bench/.lighthouse/demo-ssr.html'),
    `<!doctype html>\n<html lang="fr">\n<head>${headWithoutScripts}</head>\n<body>${body}\n<script type="module" src="../../dist/cdn/loos-ui-hydrate.js"></script>\n</body>\n</html>\n`,
  );
}

async function audit(url) {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const { categories, audits } = result.lhr;
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? Number.NaN) * 100)])),
      lcp: audits['largest-contentful-paint']?.numericValue,
      cls: audits['cumulative-layout-shift']?.numericValue,
      // Lighthouse scales the main-thread time it observes: on a loaded machine this is what drops.
      tbt: audits['total-blocking-time']?.numericValue,
      // What the simulated network carried: shows that the server compressed (or not).
      bytes: audits['total-byte-weight']?.numericValue,
      failing: Object.values(audits)
        .filter((entry) => entry.score !== null && entry.score < 1 && ['binary'].includes(entry.scoreDisplayMode))
        .map((entry) => entry.id),
    };
  } finally {
    chrome.kill();
  }
}

export default async function run() {
  await writeServerRenderedDemo();
  const server = await serve(ROOT, { compress: true });
  const pages = [
    ['examples/cms.html (rendu navigateur)', `${server.url}/examples/cms.html`],
    ['démo rendue serveur + hydratation', `${server.url}/bench/.lighthouse/demo-ssr.html`],
  ];
  const rows = [];
  try {
    for (const [label, url] of pages) {
      const runs = [];
      for (let index = 0; index < RUNS; index += 1) runs.push(await audit(url));
      for (const id of CATEGORIES) {
        rows.push(figure(`Lighthouse ${LABELS[id]} — ${label}`, stats(runs.map((entry) => entry.scores[id])), '/100', `médiane de ${RUNS}, mobile simulé`));
      }
      rows.push(figure(`Lighthouse LCP — ${label}`, scale(stats(runs.map((entry) => entry.lcp)), 1 / 1000), 's', '4G lente simulée'));
      rows.push(figure(`Lighthouse TBT — ${label}`, stats(runs.map((entry) => entry.tbt)), 'ms', 'temps bloquant, processeur ralenti ×4 à partir du temps observé : sensible à la charge de la machine'));
      rows.push(figure(`Lighthouse CLS — ${label}`, stats(runs.map((entry) => entry.cls)), '', `audits en échec : ${[...new Set(runs.flatMap((entry) => entry.failing))].join(', ') || 'aucun'}`));
      rows.push(figure(`Octets transférés — ${label}`, scale(stats(runs.map((entry) => entry.bytes)), 1 / 1024), 'ko', 'brotli, selon Lighthouse'));
    }
  } finally {
    await server.close();
  }
  return rows;
}

if (isMain(import.meta.url)) printBench('lighthouse.bench.mjs', about, await run());
