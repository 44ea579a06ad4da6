import { pathToFileURL } from 'node:url';
const tone = await import('/tmp/tone-prof.mjs');
const bench = await import(pathToFileURL('/work/wt-tone/bench/tone.bench.mjs').href);
const docs = bench.realisticDocuments(bench.corpusDocuments(tone));
const cmp = tone.resolveConfig({ rules: Object.fromEntries(tone.RULES.map((r) => [r.id, r.id === 'sentence-length' || r.id === 'jargon' ? 'warning' : 'off'])) }).config;
const t = (cfg) => { const r = []; for (let k = 0; k < 5; k++) { const s = performance.now(); for (const d of docs) tone.checkText(d, cfg ? { config: cfg } : {}); r.push((performance.now() - s) / docs.length); } return Math.min(...r).toFixed(2); };
console.log('all', t(), 'cmp', t(cmp), 'all', t());
