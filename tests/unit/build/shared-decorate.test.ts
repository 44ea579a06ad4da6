/**
 * TypeScript writes its decorator helper into every module that uses a decorator; the CDN bundles
 * keep one copy of it for the whole build (scripts/build/split-bundle.mjs). Checked on modules
 * compiled by the project's own TypeScript, so that a change in what tsc writes shows up here
 * instead of as a silent gain of bytes on every element.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { splitBundle } from '../../../scripts/build/split-bundle.mjs';

const root = mkdtempSync(join(tmpdir(), 'loos-decorate-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A module whose class field is decorated, compiled the way tsconfig.build.json compiles elements. */
function compiled(name: string, tag: string): string {
  const source = `const mark = (target: object, key: string): void => { (target as Record<string, unknown>)[key + 'Marked'] = '${tag}'; };
export class ${name} { @mark value = 1; }`;
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2021, module: ts.ModuleKind.ESNext, experimentalDecorators: true, useDefineForClassFields: false } }).outputText;
}

describe('the CDN bundles and TypeScript decorators', () => {
  it('keep one copy of the decorator helper for several decorated modules, and the decorators still run', async () => {
    writeFileSync(join(root, 'first.js'), compiled('First', 'premier'));
    writeFileSync(join(root, 'second.js'), compiled('Second', 'second'));
    expect(readFileSync(join(root, 'first.js'), 'utf8')).toMatch(/^var __decorate = /);
    const { initial } = await splitBundle({ root, name: 'both', source: "export { First } from './first.js'; export { Second } from './second.js';", outdir: 'out' });
    const code = initial.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
    expect(code.match(/typeof Reflect\.decorate/g)).toHaveLength(1);
    const bundle = (await import(pathToFileURL(join(root, 'out/both.js')).href)) as Record<string, { prototype: Record<string, unknown> }>;
    expect(bundle.First?.prototype.valueMarked).toBe('premier');
    expect(bundle.Second?.prototype.valueMarked).toBe('second');
  });
});
