// `npm run build`: tokens, unbundled ES2021 modules with .d.ts, the custom-elements manifest
// and the JSON schemas, all in dist/ (and schemas/). Each step is a plain command so that a
// failure names the tool that failed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyCssTemplates } from './build/minify-css.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args) {
  console.log(`› ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
run('node', ['scripts/build-tokens.mjs']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
minifyStyles();
run('npm', ['run', '--silent', 'analyze']);
// Pre-upgrade styles: plain CSS, published as `@ville-de-loos/ui/elements.css`.
copyFileSync(new URL('../src/styles/elements.css', import.meta.url), new URL('../dist/elements.css', import.meta.url));
// The optional page styles (body text, headings, links…): `@ville-de-loos/ui/base.css`.
copyFileSync(new URL('../src/styles/base.css', import.meta.url), new URL('../dist/base.css', import.meta.url));
// The site frame (skip links, header, breadcrumb, footer), HTML first: `@ville-de-loos/ui/site.css`.
copyFileSync(new URL('../src/styles/site.css', import.meta.url), new URL('../dist/site.css', import.meta.url));
// The communes' logos, next to site.css, which draws --loos-brand-logo (scripts/tokens/brand.mjs).
cpSync(new URL('../dist/tokens/logos', import.meta.url), new URL('../dist/logos', import.meta.url), { recursive: true });
// The site kit's parts (buttons, fields, error summary, tabs…): `@ville-de-loos/ui/forms.css`.
copyFileSync(new URL('../src/styles/forms.css', import.meta.url), new URL('../dist/forms.css', import.meta.url));
if (existsSync(new URL('./build-extras.mjs', import.meta.url))) {
  run('node', ['scripts/build-extras.mjs']);
}
console.log('Construction terminée : dist/');

/** The CSS of every element, minified in place (bundlers leave template text as written). */
function minifyStyles() {
  const files = readdirSync(new URL('../dist', import.meta.url), { recursive: true }).filter((file) => file.endsWith('.styles.js'));
  for (const file of files) {
    const url = new URL(`../dist/${file}`, import.meta.url);
    writeFileSync(url, minifyCssTemplates(readFileSync(url, 'utf8')));
  }
  console.log(`› CSS minifiée dans ${files.length} modules de styles`);
}
