/**
 * What a web team reads before installing: the package page (README on a registry, where relative
 * links break), the repository links in package.json, and one story about Node versions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface PackageJson {
  homepage: string;
  repository: { type: string; url: string };
  bugs: { url: string };
  engines: { node: string };
  scripts: Record<string, string>;
  exports: Record<string, unknown>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const readme = readFileSync('README.md', 'utf8');
const repository = pkg.homepage.replace(/#.*$/u, '');

describe('package metadata and README', () => {
  it('names the repository, its home page and where to report a problem', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//u);
    expect(pkg.repository.url).toBe(`git+${repository}.git`);
    expect(pkg.bugs.url).toBe(`${repository}/issues`);
  });

  it('links only to absolute addresses from the README, so links work on a registry page', () => {
    const relative = [...readme.matchAll(/\]\(([^)\s]+)\)/gu)].map((match) => match[1] ?? '').filter((href) => !/^(?:https?:|#|mailto:)/u.test(href));
    expect(relative).toEqual([]);
    expect(readme).toContain(`${repository}/blob/main/docs/`);
  });

  it('says how to install today (release tarball or git tag) and keeps the registry command for later', () => {
    expect(readme).toContain('npm pack');
    expect(readme).toMatch(/npm install \.\/ville-de-loos-ui-\d+\.\d+\.\d+\.tgz/u);
    expect(readme).toContain(`npm install git+${repository}.git#v`);
    expect(readme).toContain('npm install @ville-de-loos/ui');
    // A git dependency is built when npm prepares it: dist/ is not in the repository.
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
  });

  it('tells one story about Node: engines for the package, .nvmrc for development, both in the README and read by .ci/run', () => {
    const packageNode = /\d+/u.exec(pkg.engines.node)?.[0];
    const developmentNode = readFileSync('.nvmrc', 'utf8').trim();
    expect(readme).toContain(`Node ${developmentNode} ou plus récent pour travailler dans le dépôt`);
    expect(readme).toContain(`Node ${String(packageNode)} ou plus récent suffit pour utiliser le paquet`);
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('pkg.engines.node');
    expect(ci).toContain('.nvmrc');
  });

  it('ships the optional base stylesheet and documents it', () => {
    expect(pkg.exports['./base.css']).toBe('./dist/base.css');
    expect(readme).toContain("import '@ville-de-loos/ui/base.css'");
  });
});
