// Benchmark: render 1,000 events in <loos-event-list> versus inserting the same markup as
// static HTML (same shadow root, same style sheets), in Chromium. Reports medians with min–max and
// the ratio (target: at most 2×). Run alone with `node bench/events.bench.mjs`, or from `npm run bench`.
import { readFileSync } from 'node:fs';
/* global document, customElements, requestAnimationFrame -- the page.evaluate callbacks run in Chromium. */
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { bundle, figure, isMain, printBench, ratio, RUNS, stats } from './harness.mjs';

const EVENT_COUNT = 1000;

export const about = {
  compares: `<loos-event-list> (rendu + mise en page) et le même balisage inséré en HTML statique (même shadow root, mêmes styles), en alternance`,
  data: `${EVENT_COUNT} événements tirés de l’agenda de test (tests/fixtures/events/agenda.json), décalés d’année en année ; ${RUNS} mesures de chaque après un échauffement`,
};

/** 1,000 distinct events made from the fixture agenda, spread over the following years. */
function benchEvents() {
  const agenda = JSON.parse(readFileSync(new URL('../tests/fixtures/events/agenda.json', import.meta.url), 'utf8'));
  return Array.from({ length: EVENT_COUNT }, (_, index) => {
    const source = agenda[index % agenda.length];
    const shift = Math.floor(index / agenda.length);
    const moveYear = (iso) => iso && iso.replace(/^(\d{4})/, (year) => String(Number(year) + shift));
    return { ...source, id: `${source.id}-${index}`, start: moveYear(source.start), end: moveYear(source.end) };
  });
}

export default async function run() {
  const [code, events] = [await bundle('src/components/event-list/event-list.ts'), benchEvents()];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent('<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Banc d’essai agenda</title></head><body></body></html>');
    await page.addScriptTag({ type: 'module', content: code });
    await page.waitForFunction(() => customElements.get('loos-event-list') !== undefined);
    const timings = await page.evaluate(
      async ({ events, runs }) => {
        const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const ListClass = customElements.get('loos-event-list');
        const sheets = ListClass.elementStyles.map((style) => style.styleSheet);
        let markup = '';

        async function component() {
          const list = document.createElement('loos-event-list');
          list.setAttribute('now', '2026-01-01T00:00');
          list.setAttribute('page-size', String(events.length));
          const start = performance.now();
          list.events = events;
          document.body.append(list);
          await list.updateComplete;
          document.body.getBoundingClientRect();
          const time = performance.now() - start;
          markup = list.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '');
          const articles = list.shadowRoot.querySelectorAll('article').length;
          list.remove();
          return { time, articles };
        }

        function staticHtml() {
          const host = document.createElement('div');
          const start = performance.now();
          const shadow = host.attachShadow({ mode: 'open' });
          shadow.adoptedStyleSheets = sheets;
          shadow.innerHTML = markup;
          document.body.append(host);
          document.body.getBoundingClientRect();
          const time = performance.now() - start;
          host.remove();
          return time;
        }

        // One warm-up of each, then alternate so that both meet the same machine conditions.
        await component();
        staticHtml();
        const componentTimes = [];
        const staticTimes = [];
        let articles = 0;
        for (let i = 0; i < runs; i++) {
          await settle();
          const result = await component();
          componentTimes.push(result.time);
          articles = result.articles;
          await settle();
          staticTimes.push(staticHtml());
        }
        return { componentTimes, staticTimes, articles };
      },
      { events, runs: RUNS },
    );
    if (timings.articles !== EVENT_COUNT) throw new Error(`Seulement ${timings.articles} cartes rendues sur ${EVENT_COUNT}.`);
    const component = stats(timings.componentTimes);
    const staticTime = stats(timings.staticTimes);
    const times = ratio(component, staticTime);
    return [
      figure(`<loos-event-list> : ${EVENT_COUNT} événements (rendu + mise en page)`, component, 'ms'),
      figure(`Même balisage en HTML statique (${EVENT_COUNT} événements)`, staticTime, 'ms'),
      figure('Rapport composant / HTML statique', times, '×', times.median <= 2 ? 'cible ≤ 2× atteinte' : 'au-dessus de la cible de 2×'),
    ];
  } finally {
    await browser.close();
  }
}

if (isMain(import.meta.url)) printBench('events.bench.mjs', about, await run());
