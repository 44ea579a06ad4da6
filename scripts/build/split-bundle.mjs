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
  const entryId = `\0loos-entry:${name}`;
  const bundle = await rolldown({
    cwd: root,
    input: { [name]: entryId },
    external,
    // Lit's production build (no dev-mode warnings), as a bundler picks it for a browser.
    resolve: { conditionNames: ['browser', 'production', 'import', 'module', 'default'] },
    transform: { target: 'es2021' },
    logLevel: 'warn',
    plugins: [{
      name: 'loos-entry',
      resolveId: (id) => (id === entryId ? id : null),
      load: (id) => (id === entryId ? (source ?? imports.map((path) => `import ${JSON.stringify(join(root, path))};`).join('\n')) : null),
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
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(`${name}.js`);
  const fromRoot = (fileName) => relative(root, join(root, outdir, fileName));
  return {
    initial: [...chunks.keys()].filter((fileName) => initial.has(fileName)).map(fromRoot),
    lazy: [...chunks.keys()].filter((fileName) => !initial.has(fileName)).map(fromRoot),
  };
}
