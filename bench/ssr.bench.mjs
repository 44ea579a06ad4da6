// Server rendering throughput: pages per second for examples/cms.html — a page with every
// element — rendered by the BUILT `@ville-de-loos/ui/ssr` entry in this Node process.
import { builtSsr, cmsExampleBody, figure, isMain, printBench, RUNS, stats } from './harness.mjs';

const PAGES_PER_RUN = 50;

export const about = {
  compares: 'le débit du rendu serveur (dist/ssr, renderHtml) dans ce processus Node, sans référence extérieure',
  data: `le corps de examples/cms.html (chaque élément) ; ${RUNS} séries de ${PAGES_PER_RUN} pages après un rendu d’échauffement`,
};

export default async function run() {
  const { renderHtml } = await builtSsr();
  const body = cmsExampleBody();
  const tags = new Set(body.match(/<loos-[a-z-]+/g)?.map((tag) => tag.slice(1)) ?? []);
  // Warm-up: module loading and Lit's template preparation are paid once per server, not per page.
  const sample = await renderHtml(body);
  const throughputs = [];
  for (let runIndex = 0; runIndex < RUNS; runIndex += 1) {
    const start = performance.now();
    for (let page = 0; page < PAGES_PER_RUN; page += 1) await renderHtml(body);
    throughputs.push((PAGES_PER_RUN * 1000) / (performance.now() - start));
  }
  // An element left to the browser is output as written, without shadow DOM — `renderHtml` does
  // so for elements whose data is a `<script>` child (see docs/ssr.md): the figure then describes
  // a lighter page, so the table says how many were really rendered.
  const rendered = [...tags].filter((tag) => new RegExp(`<${tag}[^>]*><template shadowroot`).test(sample));
  const missing = [...tags].filter((tag) => !rendered.includes(tag));
  return [
    figure('Rendu serveur : page avec chaque élément (examples/cms.html)', stats(throughputs), 'pages/s', [...tags].join(', ')),
    figure('Taille HTML de cette page rendue', Buffer.byteLength(sample) / 1024, 'ko', 'shadow DOM déclaratif, styles compris, non compressé'),
    figure(
      'Éléments de la page rendus côté serveur',
      rendered.length,
      `sur ${tags.size}`,
      missing.length === 0 ? 'tous' : `laissés au navigateur (données en enfant <script>) : ${missing.join(', ')}`,
    ),
  ];
}

if (isMain(import.meta.url)) printBench('ssr.bench.mjs', about, await run());
