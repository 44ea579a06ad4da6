// `npm run bench`: runs every bench/*.bench.mjs (found on disk, Lighthouse last because it is the
// slowest), prints one table and writes the results to node_modules/.cache/loos-bench/results.json,
// outside the tracked files (a run on a laptop must not show up in `git status`); with `--save`,
// to bench/results.json, the figures the docs quote. A bench file exports `about = { compares, data }`
// and default-exports `async function run()` returning rows `[{ name, value, unit, spread, note? }]`;
// each figure is the median of several runs with its min–max (bench/harness.mjs `figure`). A failing file prints its error; the others
// still run, and the command exits with code 1 at the end.
//
//   npm run bench                 # everything (needs `npm run build` first)
//   npm run bench -- ssr tone     # only the files whose name contains one of the words
//   BENCH_RUNS=9 npm run bench    # more runs per median
//   npm run bench -- --save       # records the figures in bench/results.json (tracked)
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatNumber, printBench, RUNS } from '../bench/harness.mjs';

const benchDirectory = fileURLToPath(new URL('../bench/', import.meta.url));
const filters = process.argv.slice(2).filter((argument) => !argument.startsWith('-'));

const files = readdirSync(benchDirectory)
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
  .sort((a, b) => Number(a.startsWith('lighthouse')) - Number(b.startsWith('lighthouse')) || a.localeCompare(b));

// The machine may be shared: its load, before and after, tells how much to trust the figures.
const loadBefore = loadavg()[0];
console.log(`Machine : ${cpus().length} cœurs (${cpus()[0]?.model ?? '?'}), charge moyenne sur 1 min ${loadBefore.toFixed(1)}`);
const results = [];
for (const file of files) {
  const started = performance.now();
  process.stdout.write(`› ${file}… `);
  try {
    const module = await import(pathToFileURL(`${benchDirectory}${file}`).href);
    const rows = await module.default();
    if (!Array.isArray(rows)) throw new TypeError('run() doit rendre un tableau de lignes { name, value, unit, spread, note? }.');
    const unspread = rows.filter((row) => typeof row.spread !== 'string').map((row) => row.name);
    if (unspread.length > 0) throw new TypeError(`lignes sans dispersion (utilisez figure() de bench/harness.mjs) : ${unspread.join(' ; ')}`);
    results.push({ file, about: module.about, rows, seconds: seconds(started) });
    console.log(`${rows.length} mesures en ${seconds(started)} s`);
  } catch (error) {
    results.push({ file, error: String(error?.stack ?? error), seconds: seconds(started) });
    console.log('ÉCHEC');
    console.error(error);
  }
}

function seconds(started) {
  return Number(((performance.now() - started) / 1000).toFixed(1));
}

const table = results.flatMap((result) =>
  result.error === undefined
    ? result.rows.map((row) => ({ fichier: result.file.replace('.bench.mjs', ''), mesure: row.name, valeur: formatNumber(row.value), unité: row.unit ?? '', dispersion: row.spread, note: row.note ?? '' }))
    : [{ fichier: result.file.replace('.bench.mjs', ''), mesure: 'ÉCHEC', valeur: '', unité: '', dispersion: '', note: result.error.split('\n')[0] }],
);

/** A Markdown table, to paste into docs/performance.md. */
function markdown(rows) {
  const head = ['Banc', 'Mesure', 'Valeur', 'Unité', 'Dispersion', 'Note'];
  // An element's tag (`<loos-notice>`) would be read as HTML by a Markdown renderer: it goes in code.
  const cell = (value) => String(value).replaceAll('|', '\\|').replace(/<loos-[^>]*>/g, (tag) => `\`${tag}\``);
  const lines = rows.map((row) => `| ${[row.fichier, row.mesure, row.valeur, row.unité, row.dispersion, row.note].map(cell).join(' | ')} |`);
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...lines].join('\n');
}

for (const result of results) if (result.error === undefined) printBench(result.file, result.about, result.rows);
if (process.argv.includes('--markdown')) console.log(`\n${markdown(table)}\n`);

const report = {
  date: new Date().toISOString(),
  machine: { node: process.version, platform: `${platform()} ${arch()}`, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', loadBefore: Number(loadBefore.toFixed(1)), loadAfter: Number(loadavg()[0].toFixed(1)) },
  runsPerMedian: RUNS,
  results,
};
const save = process.argv.includes('--save');
const output = save ? 'bench/results.json' : 'node_modules/.cache/loos-bench/results.json';
mkdirSync(new URL(`../${output.slice(0, output.lastIndexOf('/'))}`, import.meta.url), { recursive: true });
writeFileSync(new URL(`../${output}`, import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
console.log(`Résultats écrits dans ${output}${save ? '' : ' (hors des fichiers suivis ; `npm run bench -- --save` pour bench/results.json)'}`);
if (results.some((result) => result.error !== undefined)) process.exitCode = 1;
