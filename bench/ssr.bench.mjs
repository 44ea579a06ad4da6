// Server rendering throughput: pages per second for examples/cms.html — a page with every
// element — rendered by the BUILT `@ville-de-loos/ui/ssr` entry in this Node process.
import { builtSsr, cmsExampleBody, median, round, RUNS } from './harness.mjs';

const PAGES_PER_RUN = 50;

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
    {
      name: 'Rendu serveur : page avec chaque élément (examples/cms.html)',
      value: round(median(throughputs)),
      unit: 'pages/s',
      note: `médiane de ${RUNS} séries de ${PAGES_PER_RUN} pages ; ${[...tags].join(', ')}`,
    },
    { name: 'Taille HTML de cette page rendue', value: round(Buffer.byteLength(sample) / 1024), unit: 'ko', note: 'shadow DOM déclaratif, styles compris, non compressé' },
    {
      name: 'Éléments de la page rendus côté serveur',
      value: rendered.length,
      unit: `sur ${tags.size}`,
      note: missing.length === 0 ? 'tous' : `laissés au navigateur (données en enfant <script>) : ${missing.join(', ')}`,
    },
  ];
}
