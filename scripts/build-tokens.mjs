// `npm run tokens`: builds tokens/ (W3C DTCG JSON) into dist/tokens/ — see scripts/tokens/build.mjs
// for what is written — then prints the tightest contrast pair of each theme.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildTokens } from './tokens/build.mjs';
import { checkContrast } from './tokens/contrast.mjs';

const pairsFile = fileURLToPath(new URL('../tokens/contrast-pairs.json', import.meta.url));

const started = performance.now();
const data = await buildTokens();
const pairs = JSON.parse(await readFile(pairsFile, 'utf8'));
const { results, failures } = checkContrast(data.themes, pairs);
const count = Object.keys(data.tokens).length;
console.log(`Jetons : ${count} jetons × ${data.themeNames.length} thèmes → dist/tokens/ en ${Math.round(performance.now() - started)} ms.`);
for (const theme of data.themeNames) {
  const lowest = results.filter((result) => result.theme === theme).sort((a, b) => a.ratio / a.bar - b.ratio / b.bar)[0];
  if (lowest) console.log(`  ${theme} : paire la plus juste ${lowest.message}`);
}
// The files are still written so the catalogue can show the problem; the contrast test fails.
for (const failure of failures) console.warn(`  CONTRASTE INSUFFISANT ${failure.message}`);
