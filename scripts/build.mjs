// `npm run build`: tokens, unbundled ES2021 modules with .d.ts, the custom-elements manifest
// and the JSON schemas, all in dist/ (and schemas/). Each step is a plain command so that a
// failure names the tool that failed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args) {
  console.log(`› ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
run('node', ['scripts/build-tokens.mjs']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);
// Pre-upgrade styles: plain CSS, published as `@ville-de-loos/ui/elements.css`.
copyFileSync(new URL('../src/styles/elements.css', import.meta.url), new URL('../dist/elements.css', import.meta.url));
if (existsSync(new URL('./build-extras.mjs', import.meta.url))) {
  run('node', ['scripts/build-extras.mjs']);
}
console.log('Construction terminée : dist/');
