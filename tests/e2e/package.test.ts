/**
 * The package as `npm publish` would ship it (after `npm run build`): the tarball holds only what
 * integrators need, and every `exports` subpath resolves — in Node through the package's own
 * name (self-reference, exactly as a dependant would import it) and in a bundler (esbuild).
 */
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { discoverElements } from '../fixtures/ssr/discover.js';

const run = promisify(execFile);

interface PackageJson {
  name: string;
  exports: Record<string, string | Record<string, string>>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const ALLOWED_TOP_LEVEL = ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'];
const REQUIRED_FILES = [
  ...ALLOWED_TOP_LEVEL,
  'dist/index.js',
  'dist/custom-elements.json',
  'dist/cdn/loos-ui.js',
  'dist/cdn/loos-ui.css',
  'dist/react/index.js',
  'dist/react/index.d.ts',
  'dist/jsx.d.ts',
  'dist/vscode.html-custom-data.json',
];
/** Entries that only run on a server: bundled for Node, not for the browser. */
const NODE_ONLY = new Set(['./ssr', './channels/images']);
/** The social images' renderer: optional peers an integrator installs, with a native binary a bundler leaves out. */
const IMAGE_RENDERER = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans'];
/** Entries beyond the elements (the rest of the list comes from package.json and src/components). */
const REQUIRED_SUBPATHS = ['.', './ssr', './hydrate.js', './react', './jsx', './custom-elements.json', './tokens.css'];

/** Target of a subpath for a runtime (`default`/`import`), or undefined for a types-only entry. */
function runtimeTarget(target: string | Record<string, string>): string | undefined {
  return typeof target === 'string' ? target : (target.import ?? target.default);
}

function typesTarget(target: string | Record<string, string>): string | undefined {
  return typeof target === 'string' ? undefined : target.types;
}

/** Files a pattern target such as `./dist/tokens/themes/*.css` matches. */
function filesMatching(pattern: string): string[] {
  const [before, after] = pattern.split('*') as [string, string];
  const directory = before.slice(0, before.lastIndexOf('/'));
  if (!existsSync(directory)) return [];
  const prefix = before.slice(directory.length + 1);
  return readdirSync(directory)
    .filter((file) => file.startsWith(prefix) && file.endsWith(after))
    .map((file) => join(directory, file));
}

const jsSubpaths = Object.entries(pkg.exports).filter(([subpath, target]) => {
  const file = runtimeTarget(target);
  return !subpath.includes('*') && file !== undefined && /\.m?js$/.test(file);
});

/** Bundles `contents` (a module importing the package by its name) as an integrator's bundler would. */
async function bundleModule(contents: string, platform: 'node' | 'browser'): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    // React is the integrator's own application dependency; so is the image renderer, in Node.
    external: ['react', 'react-dom', ...(platform === 'node' ? IMAGE_RENDERER : [])],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('npm package', () => {
  it('holds dist/, schemas/, README, LICENSE, CHANGELOG, package.json — and nothing else', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { maxBuffer: 50 * 1024 * 1024 });
    const [report] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const files = report.files.map((file) => file.path);
    const unexpected = files.filter((file) => !file.startsWith('dist/') && !file.startsWith('schemas/') && !ALLOWED_TOP_LEVEL.includes(file));
    expect(unexpected, 'fichiers en trop dans le paquet').toEqual([]);
    const missing = REQUIRED_FILES.filter((file) => !files.includes(file));
    expect(missing, 'fichiers absents du paquet').toEqual([]);
    expect(files.some((file) => file.startsWith('schemas/') && file.endsWith('.json'))).toBe(true);
  });

  it('exports the shared entries and one `./<element>.js` per element folder', () => {
    const expected = [...REQUIRED_SUBPATHS, ...discoverElements().map((element) => `./${element.name}.js`)];
    expect(expected.filter((subpath) => !(subpath in pkg.exports))).toEqual([]);
  });

  it('declares React as an optional peer (the ./react wrappers)', () => {
    expect(pkg.peerDependencies?.react).toBeDefined();
    expect(pkg.peerDependenciesMeta?.react?.optional).toBe(true);
  });

  it('points every exports target (types, patterns, CSS, JSON) at an existing file', () => {
    const missing: string[] = [];
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      for (const file of [runtimeTarget(target), typesTarget(target)]) {
        if (file === undefined) continue;
        const exists = file.includes('*') ? filesMatching(file).length > 0 : existsSync(file);
        if (!exists) missing.push(`${subpath} → ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('imports every JavaScript subpath in Node by the package name', async () => {
    const failures: string[] = [];
    for (const [subpath] of jsSubpaths) {
      const specifier = subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`;
      const script = `const module = await import(${JSON.stringify(specifier)}); console.log(Object.keys(module).length);`;
      try {
        await run('node', ['--input-type=module', '--eval', script]);
      } catch (error) {
        failures.push(`${specifier} : ${(error as { stderr?: string }).stderr?.split('\n').find(Boolean) ?? String(error)}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('renders HTML through the SSR entry imported by name in plain Node', async () => {
    const script = `const { renderElement } = await import('${pkg.name}/ssr');
      process.stdout.write(await renderElement('loos-official-banner', { attributes: { domain: 'loos.fr' } }));`;
    const { stdout } = await run('node', ['--input-type=module', '--eval', script]);
    expect(stdout).toContain('shadowrootmode="open"');
    expect(stdout).toContain('Site officiel de la Ville de Loos');
  });

  it('bundles every JavaScript subpath with a bundler (esbuild)', async () => {
    const failures: string[] = [];
    for (const [subpath] of jsSubpaths) {
      const specifier = subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`;
      try {
        await bundleModule(`export * from ${JSON.stringify(specifier)};`, NODE_ONLY.has(subpath) ? 'node' : 'browser');
      } catch (error) {
        failures.push(`${specifier} : ${(error as Error).message.split('\n')[0] ?? ''}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('keeps what a side-effect import of a subpath is for, in a bundler that honours "sideEffects"', async () => {
    // `import '@ville-de-loos/ui/hydrate.js'` exists for Lit's hydration support, and an element
    // subpath for its registration: a bundler must not drop them as unused.
    const bundled = (specifier: string) => bundleModule(`import ${JSON.stringify(specifier)};`, 'browser');
    expect(await bundled(`${pkg.name}/hydrate.js`)).toMatch(/litElementHydrateSupport\s*=/);
    expect(await bundled(`${pkg.name}/notice.js`)).toContain('loos-notice');
  });
});
