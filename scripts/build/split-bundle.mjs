// One bundle split where the code says so: what an `import()` loads (a parser for an uncommon
// format, the calendar file, the English texts…) goes to its own chunk, downloaded only when a
// page needs it. Used for the CMS bundle and for the size budgets, so that both count the same
// bytes: the "initial" files are those a page loads before any `import()` runs.
import { build } from 'esbuild';
import { relative, resolve } from 'node:path';

/** Lit and its packages, left out where a figure is "beyond Lit". */
export const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].flatMap((name) => [name, `${name}/*`]);

/**
 * Bundles `imports` (module paths relative to `root`) as one entry named `<name>.js` in `outdir`,
 * lazy chunks in `outdir/chunks/`. Returns the files written, relative to `root`: `initial`
 * (the entry and every chunk it imports statically) and `lazy` (the rest).
 */
export async function splitBundle({ root, name, imports, outdir, options, external = [] }) {
  const entry = { name: 'entry', setup(bundler) {
    bundler.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: name, namespace: 'entry' }));
    bundler.onLoad({ filter: /.*/, namespace: 'entry' }, () => ({
      contents: imports.map((path) => `import './${path}';`).join('\n'),
      resolveDir: root,
    }));
  } };
  const result = await build({
    ...options,
    absWorkingDir: root,
    entryPoints: [name],
    outdir,
    splitting: true,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    external,
    metafile: true,
    plugins: [entry],
  });
  const outputs = result.metafile.outputs;
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  // Chunks of `import()` targets are entry points too, for esbuild: find ours by its name.
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint === `entry:${name}`));
  const toRoot = (path) => relative(root, resolve(root, path));
  const files = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  return {
    initial: files.filter((path) => initial.has(path)).map(toRoot),
    lazy: files.filter((path) => !initial.has(path)).map(toRoot),
  };
}
