// Run by scripts/build.mjs after tsc and the manifest: everything that is generated from
// dist/ — the CMS bundle, the React wrappers and the editor data. Each step names itself so a
// failure says which output is missing.
import { fileURLToPath } from 'node:url';
import { buildCdn } from './build/cdn.mjs';
import { buildIdeData } from './build/ide.mjs';
import { readElements } from './build/manifest.mjs';
import { buildReact } from './build/react.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const elements = readElements(`${root}dist/custom-elements.json`);
console.log(`› extras pour ${elements.length} éléments : ${elements.map((element) => element.tag).join(', ')}`);

const written = [
  ...(await buildCdn(root)),
  ...buildReact(root, elements),
  ...buildIdeData(root, elements),
];
console.log(`› ${written.join(', ')}`);
