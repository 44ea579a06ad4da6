/**
 * One React entry per element (after `npm run build`): bundling `@ville-de-loos/ui/react/<name>.js`
 * as an application would (React left out, it is the application's) pulls that element's module
 * and no other element, and never the tone checker's rules. The gzip size of each is printed.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const REACT = 'dist/react';
const ELEMENT = /^dist\/components\/([a-z-]+)\/\1\.js$/;
/**
 * Elements that render another element of the library: the feed shows each notice as a `<loos-notice>`;
 * the newsletter sign-up checks its field through `<loos-field>` and adds a `<loos-error-summary>` when the form has none.
 */
const COMPOSES: Record<string, string[]> = { 'notice-feed': ['notice'], 'newsletter-signup': ['field', 'error-summary'] };

const entries = existsSync(REACT)
  ? readdirSync(REACT).filter((file) => file.endsWith('.js') && file !== 'index.js' && file !== 'component.js').map((file) => file.slice(0, -3))
  : [];

async function bundle(path: string): Promise<{ elements: string[]; tone: boolean; gzip: number }> {
  const result = await build({
    entryPoints: [resolve(path)],
    bundle: true,
    write: false,
    minify: true,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['browser', 'production'],
    external: ['react', 'react-dom'],
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  return {
    elements: inputs.flatMap((input) => ELEMENT.exec(input)?.[1] ?? []),
    tone: inputs.some((input) => input.startsWith('dist/tone/')),
    gzip: result.outputFiles.reduce((total, file) => total + gzipSync(file.contents).length, 0),
  };
}

describe('React entries, one per element', () => {
  it('exists for every element', () => {
    if (!existsSync(REACT)) throw new Error(`${REACT} absent : lancez \`npm run build\` avant les tests e2e.`);
    const elements = readdirSync('dist/components').filter((name) => existsSync(`dist/components/${name}/${name}.js`));
    expect(entries.sort()).toEqual(elements.sort());
  });

  it.each(entries.filter((name) => name !== 'tone-checker'))('react/%s.js pulls its own element only (and those it renders), without the tone checker', async (name) => {
    const { elements, tone, gzip } = await bundle(`${REACT}/${name}.js`);
    console.info(`@ville-de-loos/ui/react/${name}.js : ${(gzip / 1000).toFixed(2)} kB gzip (Lit, @lit/react et l’élément, modules à la demande inclus ; React exclu)`);
    expect(elements.sort()).toEqual([name, ...(COMPOSES[name] ?? [])].sort());
    expect(tone).toBe(false);
  });

  it('the index still pulls every element, which is why the per-element entries exist', async () => {
    const { elements, gzip } = await bundle(`${REACT}/index.js`);
    console.info(`@ville-de-loos/ui/react : ${(gzip / 1000).toFixed(2)} kB gzip`);
    expect(elements.length).toBe(entries.length);
  });
});
