import { pathToFileURL } from 'node:url';
const tone = await import('/tmp/tone-prof.mjs');
const bench = await import(pathToFileURL('/work/wt-tone/bench/tone.bench.mjs').href);
const docs = bench.realisticDocuments(bench.corpusDocuments(tone));
const acc = new Map();
for (const rule of tone.RULES) {
  const orig = rule.check.bind(rule);
  rule.check = (ctx) => { const s = performance.now(); const out = [...orig(ctx)]; acc.set(rule.id, (acc.get(rule.id) ?? 0) + performance.now() - s); return out; };
}
for (let k = 0; k < 3; k++) for (const d of docs) tone.checkText(d);
acc.clear();
const s = performance.now();
for (let k = 0; k < 3; k++) for (const d of docs) tone.checkText(d);
const total = (performance.now() - s) / docs.length / 3;
const rules = [...acc].map(([id, ms]) => [id, ms / docs.length / 3]).sort((a, b) => b[1] - a[1]);
console.log('total', total.toFixed(2), 'rules', rules.reduce((n, r) => n + r[1], 0).toFixed(2));
console.log(rules.slice(0, 22).map(([id, ms]) => `${id} ${ms.toFixed(3)}`).join('\n'));
