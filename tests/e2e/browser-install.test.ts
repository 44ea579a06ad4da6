/**
 * What a browser-only site (a CMS theme, a Vite application) installs with `npm install
 * @ville-de-loos/ui`: this package and Lit, nothing else. The server renderer (`@lit-labs/ssr`,
 * with its Node fetch and streams polyfills), the hydration support and the React wrappers'
 * helper are optional peer dependencies, installed only by those who use them (docs/integration.md).
 * The package is packed as `npm publish` would (after `npm run build`) and installed from the
 * tarball into an empty project.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

interface Tree {
  version?: string;
  dependencies?: Record<string, Tree>;
}

/** Bytes of the files under `directory` (their own size, as `du --apparent-size` counts). */
function bytesUnder(directory: string): number {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Every installed package in a `npm ls --all --json` tree (an optional peer left out is listed without a version). */
function namesIn(tree: Tree, names = new Set<string>()): Set<string> {
  for (const [name, child] of Object.entries(tree.dependencies ?? {})) {
    if (child.version === undefined) continue;
    names.add(name);
    namesIn(child, names);
  }
  return names;
}

describe('browser-only install from the packed tarball', () => {
  let directory = '';
  let tree: Tree = {};

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'loos-install-'));
    const { stdout } = await run('npm', ['pack', '--pack-destination', directory, '--ignore-scripts', '--json'], { maxBuffer: 50 * 1024 * 1024 });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    const site = join(directory, 'site');
    await run('mkdir', [site]);
    writeFileSync(join(site, 'package.json'), '{ "name": "site-de-la-ville", "private": true }\n');
    await run('npm', ['install', join(directory, filename), '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], { cwd: site });
    const listed = await run('npm', ['ls', '--all', '--json'], { cwd: site, maxBuffer: 50 * 1024 * 1024 });
    tree = JSON.parse(listed.stdout) as Tree;
    const bytes = bytesUnder(join(site, 'node_modules'));
    console.log(`Installation navigateur seule : ${namesIn(tree).size} paquets, ${(bytes / 1e6).toFixed(2)} Mo (node_modules).`);
  }, 300_000);

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('brings this package and Lit (with Lit’s own packages), nothing else', () => {
    const ours = tree.dependencies?.['@ville-de-loos/ui'];
    expect([...namesIn({ dependencies: ours?.dependencies ?? {} })].filter((name) => name in (ours?.dependencies ?? {}))).toEqual(['lit']);
    const lit = namesIn({ dependencies: { lit: ours?.dependencies?.lit ?? {} } });
    const others = [...namesIn(tree)].filter((name) => name !== '@ville-de-loos/ui' && !lit.has(name));
    expect(others).toEqual([]);
  });

  it('leaves out the server renderer, the hydration support and the React helper', () => {
    const names = namesIn(tree);
    for (const name of ['@lit-labs/ssr', '@lit-labs/ssr-client', '@lit/react', 'react', 'node-fetch', 'web-streams-polyfill']) expect(names.has(name), name).toBe(false);
  });
});
