/* global document */
// `<loos-notice>`: time to render 100 notices (created, rendered, laid out; median, Chromium)
// against the same 100 notices written as static HTML (the baseline: what the content costs
// without any element). Sizes are `npm run size`'s job (.size-limit.mjs).
// Run alone: `node bench/notices.bench.mjs`.
import { bundle, emptyRoot, figure, isMain, openPage, printBench, ratio, RUNS, timeInPage, timeStaticHtml, withChromium } from './harness.mjs';

const COUNT = 100;
const LEVELS = ['alert', 'warning', 'info'];

export const about = {
  compares: `${COUNT} <loos-notice> (créés, rendus, mis en page) et les mêmes avis écrits en HTML statique`,
  data: `${COUNT} avis synthétiques (3 niveaux, titre, message, lien, date) ; ${RUNS} mesures par chiffre, Chromium 1 280 × 800`,
};

/** The static baseline: 100 notices as a CMS would print them, without any element. */
function staticNotices() {
  return Array.from(
    { length: COUNT },
    (_, i) =>
      `<section aria-labelledby="h${i}"><p>${LEVELS[i % 3]}</p><h2 id="h${i}">Avis numéro ${i}</h2>` +
      `<p>Le message de l’avis ${i}, en texte simple.</p><p><a href="/avis/${i}">En savoir plus</a></p>` +
      `<p>Communiqué officiel · Ville de Loos · Publié le 14 mars 2026 à 9 h 30</p></section>`,
  ).join('');
}

export default async function run() {
  const script = await bundle('src/components/notice/notice.ts');
  const baselineHtml = staticNotices();
  const rows = await withChromium(async (browser) => {
    const page = await openPage(browser, { script, body: '<main id="root"></main>' });
    const baseline = await timeStaticHtml(page, baselineHtml);
    const elements = await timeInPage(
      page,
      async (count) => {
        const root = document.getElementById('root');
        const levels = ['alert', 'warning', 'info'];
        const notices = [];
        for (let i = 0; i < count; i += 1) {
          const notice = document.createElement('loos-notice');
          notice.setAttribute('level', levels[i % 3]);
          notice.setAttribute('heading', `Avis numéro ${i}`);
          notice.setAttribute('href', `/avis/${i}`);
          notice.setAttribute('published', '2026-03-14T09:30');
          notice.setAttribute('announce', 'off');
          const message = document.createElement('p');
          message.textContent = `Le message de l’avis ${i}, en texte simple.`;
          notice.append(message);
          notices.push(notice);
        }
        root.append(...notices);
        await Promise.all(notices.map((notice) => notice.updateComplete));
      },
      RUNS,
      { arg: COUNT, before: emptyRoot },
    );
    return [
      figure(`${COUNT} avis en HTML statique (référence)`, baseline, 'ms', 'mise en page comprise'),
      figure(`${COUNT} <loos-notice>`, elements, 'ms'),
      figure('Rapport éléments / HTML statique', ratio(elements, baseline), '×'),
    ];
  });
  return rows;
}

if (isMain(import.meta.url)) printBench('notices.bench.mjs', about, await run());
