import { pathToFileURL } from 'node:url';
const tone = await import('/tmp/tone-prof.mjs');
const bench = await import(pathToFileURL('/work/wt-tone/bench/tone.bench.mjs').href);
const docs = bench.realisticDocuments(bench.corpusDocuments(tone));
for (let k = 0; k < 6; k++) for (const d of docs) tone.checkText(d);
