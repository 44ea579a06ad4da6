// The browser bundles of the library: one minified ES module per entry, with what the code loads
// through `import()` (a parser for an uncommon format, the calendar file, the English texts…)
// in chunks of their own, downloaded only when a page needs them. Used for dist/cdn and for the
// size budgets, so that both count the same bytes: the "initial" files are those a page loads
// before any `import()` runs.
//
// Rolldown rather than esbuild here: it keeps what the entry needs in the entry file (esbuild
// splits the code that the entry shares with lazy chunks into many small files, each one more
// request and worse compression: on the CMS bundle, 8 files and 49 kB gzip against 3 and 47 kB).
import { rolldown } from 'rolldown';
import { join, relative } from 'node:path';

/** Lit and its packages, left out where a figure is "beyond Lit". */
export const LIT_PACKAGES = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/**
 * TypeScript writes its `__decorate` helper at the top of every module that uses a decorator (each
 * element): in one bundle, a copy per element. This plugin makes those modules import one shared
 * copy instead. Only the helper exactly as tsc writes it is replaced; any other text is left as is.
 */
const DECORATE_ID = '\0loos-decorate';
const DECORATE_HELPER = `var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
`;
const sharedDecorateHelper = {
  name: 'loos-shared-decorate',
  resolveId: (id) => (id === DECORATE_ID ? id : null),
  load: (id) => (id === DECORATE_ID ? `export ${DECORATE_HELPER.replace('(this && this.__decorate) || ', '')}` : null),
  transform: (code) => (code.startsWith(DECORATE_HELPER) ? `import { __decorate } from ${JSON.stringify(DECORATE_ID)};${code.slice(DECORATE_HELPER.length)}` : null),
};

/**
 * Bundles `imports` (module paths relative to `root`), or the module text `source`, as one
 * entry, `<outdir>/<name>.js`; lazy
 * chunks go to `<outdir>/chunks/`, or are folded into the entry with `split: false`. Returns the files written, relative to `root`: `initial` (the entry and the
 * chunks it imports statically) and `lazy` (the rest).
 */
export async function splitBundle({ root, name, imports = [], source, outdir, external, split = true }) {
  const text = source ?? imports.map((path) => `import ${JSON.stringify(join(root, path))};`).join('\n');
  const files = await splitBundles({ root, entries: { [name]: text }, outdir, external, split });
  return files[name];
}

/**
 * Bundles several entries (`{ name: module text }`) in ONE build: what they share — Lit first of
 * all — lands once in a chunk of `<outdir>/chunks/` that each entry imports, so a page loading two
 * of them evaluates one Lit (a second copy would also create a second `lit-html` Trusted Types
 * policy, which a strict page refuses). Returns `{ name: { initial, lazy } }`, as splitBundle does.
 */
export async function splitBundles({ root, entries, outdir, external, split = true }) {
  const ids = Object.fromEntries(Object.keys(entries).map((name) => [`\0loos-entry:${name}`, name]));
  const bundle = await rolldown({
    cwd: root,
    input: Object.fromEntries(Object.entries(ids).map(([id, name]) => [name, id])),
    external,
    // Lit's production build (no dev-mode warnings), as a bundler picks it for a browser.
    resolve: { conditionNames: ['browser', 'production', 'import', 'module', 'default'] },
    transform: { target: 'es2021' },
    logLevel: 'warn',
    plugins: [{
      name: 'loos-entry',
      resolveId: (id) => (id in ids ? id : null),
      load: (id) => (id in ids ? entries[ids[id]] : null),
    }, sharedDecorateHelper],
  });
  const { output } = await bundle.write({
    dir: join(root, outdir),
    format: 'esm',
    minify: true,
    // Lit's licence asks that its notice travel with it.
    comments: { legal: true, annotation: false, jsdoc: false },
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    codeSplitting: split,
  });
  await bundle.close();
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const fromRoot = (fileName) => relative(root, join(root, outdir, fileName));
  const filesOf = (name) => {
    const initial = new Set();
    const visit = (fileName) => {
      if (initial.has(fileName)) return;
      initial.add(fileName);
      for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
    };
    visit(`${name}.js`);
    const reachable = new Set(initial);
    const visitAll = (fileName) => {
      for (const imported of [...(chunks.get(fileName)?.imports ?? []), ...(chunks.get(fileName)?.dynamicImports ?? [])]) {
        if (!reachable.has(imported)) {
          reachable.add(imported);
          visitAll(imported);
        }
      }
    };
    for (const fileName of initial) visitAll(fileName);
    return {
      initial: [...chunks.keys()].filter((fileName) => initial.has(fileName)).map(fromRoot),
      lazy: [...chunks.keys()].filter((fileName) => reachable.has(fileName) && !initial.has(fileName)).map(fromRoot),
    };
  };
  return Object.fromEntries(Object.keys(entries).map((name) => [name, filesOf(name)]));
}
