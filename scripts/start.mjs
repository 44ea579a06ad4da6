// `npm start`: the catalogue in development, with the tokens watched. Saving a file of tokens/
// rebuilds dist/tokens/ (as `npm run tokens` does); Storybook's Vite server sees the new
// tokens.css and tokens.js and updates the open catalogue, without a restart.
import { execFile, spawn } from 'node:child_process';
import { readdirSync, watch } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const storybook = spawn('npx', ['storybook', 'dev', '-p', '6006', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
storybook.on('exit', (code) => process.exit(code ?? 0));

let timer;
let building = false;
let again = false;

function rebuildTokens() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  execFile('node', ['scripts/build-tokens.mjs'], { cwd: root }, (error, _stdout, stderr) => {
    building = false;
    if (error) console.error(`Jetons : la construction a échoué, le catalogue garde les précédents.\n${stderr}`);
    else console.log('Jetons reconstruits : le catalogue se met à jour.');
    if (again) {
      again = false;
      rebuildTokens();
    }
  });
}

// One watcher per folder rather than `recursive`: editors (and `sed -i`) replace a file by a new
// one, which Node 20's recursive watcher on Linux stops seeing. Editors write in several steps:
// wait for the last one.
const tokensDir = fileURLToPath(new URL('../tokens/', import.meta.url));
const folders = [tokensDir, ...readdirSync(tokensDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `${entry.parentPath}/${entry.name}`)];
for (const folder of folders) {
  watch(folder, (_event, file) => {
    if (file !== null && !file.endsWith('.json')) return;
    clearTimeout(timer);
    timer = setTimeout(rebuildTokens, 200);
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => storybook.kill(signal));
