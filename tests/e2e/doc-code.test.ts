/**
 * Every JavaScript, TypeScript and shell example of the README and the guides, against the BUILT
 * package (`npm run build` first), so that an example that breaks fails CI:
 *  - ```js / ```ts blocks run in Node, importing `@ville-de-loos/ui/…` as a dependant would;
 *  - blocks marked ```js browser (they run in a browser, through a bundler) or ```js app (they
 *    import the reader's own files, `./app.js`) must parse, and every package they import must resolve;
 *  - ```sh lines that call `loos-tone` or `loos-channels` run the built command line tools on
 *    synthetic files; `npm run <script>` lines must name a script of package.json.
 * The names an example takes as given (`json`, `title`, `response`…) are defined below, as the
 * reader's own code would. The HTML examples run in Chromium (tests/components/doc-snippets.test.ts).
 */
import { transform } from 'esbuild';
import { exec } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const shell = promisify(exec);

interface Block {
  readonly name: string;
  readonly language: string;
  readonly flags: readonly string[];
  readonly code: string;
}

function documents(): string[] {
  const guides = readdirSync('docs', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  return ['README.md', ...guides.map((file) => join('docs', file))];
}

/** The fenced blocks of one language family, named « file #n ». */
function blocks(languages: readonly string[]): Block[] {
  return documents().flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return [...text.matchAll(/^```([a-z]+)([^\n]*)\n([\s\S]*?)^```/gmu)]
      .map((match, index) => ({
        name: `${path} #${String(index + 1)}`,
        language: match[1] ?? '',
        flags: (match[2] ?? '').trim().split(/\s+/u).filter(Boolean),
        code: match[3] ?? '',
      }))
      .filter((block) => languages.includes(block.language));
  });
}

const CODE_BLOCKS = blocks(['js', 'ts', 'tsx', 'jsx']);
const RUNNABLE = CODE_BLOCKS.filter((block) => !block.flags.includes('browser') && !block.flags.includes('app'));
const BROWSER = CODE_BLOCKS.filter((block) => block.flags.includes('browser') || block.flags.includes('app'));
const SHELL_LINES = blocks(['sh']).flatMap((block) =>
  block.code
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/u, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => ({ name: block.name, line })),
);

/** A notice as the channels tool reads it: the project's synthetic road-closure fixture. */
const NOTICE_JSON = readFileSync('tests/fixtures/channels/road-closure.notice.json', 'utf8');

/** What the examples take as given, declared only when an example uses the name without defining it. */
const GIVEN: Readonly<Record<string, string>> = {
  json: `const json = ${JSON.stringify(NOTICE_JSON)};`,
  title: "const title = 'Actualités';",
  body: "const body = '<main><h1>Actualités</h1></main>';",
  response: 'const response = { headers: {}, setHeader(name, value) { this.headers[name] = value; } };',
};

/** The example as a module: TypeScript types stripped, the given names declared. */
async function asModule(block: Block): Promise<string> {
  const code = block.language === 'js' ? block.code : (await transform(block.code, { loader: block.language as 'ts' | 'tsx' | 'jsx', format: 'esm' })).code;
  const preamble = Object.entries(GIVEN)
    .filter(([name]) => new RegExp(`\\b${name}\\b`, 'u').test(code) && !new RegExp(`\\b(const|let|var|function)\\s+(\\{[^}]*\\b)?${name}\\b`, 'u').test(code))
    .map(([, declaration]) => declaration);
  return [...preamble, code].join('\n');
}

let directory = '';

beforeAll(() => {
  // A reader's project: the package installed under its name (a link to this repository's
  // built files), nothing else; commands run there on synthetic files.
  directory = mkdtempSync(join(tmpdir(), 'loos-doc-code-'));
  mkdirSync(join(directory, 'node_modules/@ville-de-loos'), { recursive: true });
  symlinkSync(ROOT, join(directory, 'node_modules/@ville-de-loos/ui'), 'dir');
  writeFileSync(join(directory, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(directory, 'message.txt'), 'Mairie de Loos : la piscine Marx-Dormoy rouvre lundi 4 janvier à 9 h. Horaires sur ville-loos.fr\n');
  mkdirSync(join(directory, 'actualites'));
  writeFileSync(join(directory, 'actualites/piscine.md'), '# La piscine rouvre\n\nNonobstant les travaux , la piscine rouvre lundi.\n');
  writeFileSync(join(directory, 'avis.json'), NOTICE_JSON);
  cpSync('tests/fixtures/channels/brand.json', join(directory, 'marque.json'));
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('JavaScript examples of the README and the guides', () => {
  it('finds the examples', () => {
    expect(RUNNABLE.length).toBeGreaterThanOrEqual(7);
    expect(BROWSER.length).toBeGreaterThanOrEqual(6);
    expect(SHELL_LINES.some((entry) => entry.line.includes('loos-tone'))).toBe(true);
  });

  it.each(RUNNABLE.map((block) => [block.name, block] as const))('%s runs in Node against the built package', async (_name, block) => {
    const file = join(directory, `${block.name.replace(/[^a-z0-9]+/giu, '-')}.mjs`);
    writeFileSync(file, await asModule(block));
    await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
  });

  it.each(BROWSER.map((block) => [block.name, block] as const))('%s (browser or app) parses and its packages resolve', async (_name, block) => {
    const { code } = await transform(block.code, { loader: block.language === 'js' ? 'jsx' : (block.language as 'ts' | 'tsx'), format: 'esm' });
    const requireFromReader = createRequire(join(directory, 'package.json'));
    const specifiers = [...code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/gu)].map((match) => match[1] ?? match[2] ?? '');
    // A reader's own files (`./app.js`) are theirs; every package must resolve from their project.
    for (const specifier of specifiers.filter((name) => !name.startsWith('.'))) {
      const resolved = specifier.startsWith('@ville-de-loos/ui') ? requireFromReader.resolve(specifier) : createRequire(join(ROOT, 'package.json')).resolve(specifier);
      expect(resolved, specifier).toMatch(/\.(m?js|css|json)$/u);
    }
  });
});

describe('shell examples of the README and the guides', () => {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  const TOOLS = /\b(npx )?(loos-tone|loos-channels)\b/u;
  const toolLines = SHELL_LINES.filter((entry) => TOOLS.test(entry.line));

  it.each(toolLines.map((entry) => [entry.name, entry.line] as const))('%s: « %s » runs with the built tools', async (_name, line) => {
    const command = line
      .replace(/\b(npx )?loos-tone\b/gu, `node ${join(ROOT, 'dist/tone/cli.js')}`)
      .replace(/\b(npx )?loos-channels\b/gu, `node ${join(ROOT, 'dist/channels/cli.js')}`);
    // 0: nothing to say, 1: findings (the tools' purpose); 2 would be a usage error or an unreadable file.
    const outcome = await shell(command, { cwd: directory }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: unknown) => {
        const failed = error as { code?: number; stdout?: string; stderr?: string };
        return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
      },
    );
    expect(outcome.code, outcome.stderr).toBeLessThan(2);
    expect(`${outcome.stdout}${outcome.stderr}`.trim()).not.toBe('');
  });

  it('names only scripts that package.json has', () => {
    const named = SHELL_LINES.flatMap((entry) => [...entry.line.matchAll(/\bnpm (?:run(?:-script)? )?([a-z][\w:-]*)/gu)].map((match) => ({ ...entry, script: match[1] ?? '' })));
    const builtIn = new Set(['ci', 'install', 'pack', 'test', 'start', 'run']);
    const missing = named.filter((entry) => !builtIn.has(entry.script) && !(entry.script in scripts));
    expect(missing).toEqual([]);
    for (const lifecycle of ['test', 'start']) {
      if (named.some((entry) => entry.script === lifecycle)) expect(scripts, lifecycle).toHaveProperty(lifecycle);
    }
  });
});
