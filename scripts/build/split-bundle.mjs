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
    }],
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
