// Builds the tokens once per test file into a temporary directory, so the tests check what
// `npm run tokens` produces today (not a stale dist/) and never race a running Storybook.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTokens, type BuiltTokens } from '../../../scripts/tokens/build.mjs';
import type { ContrastPairsFile } from '../../../scripts/tokens/contrast.mjs';
import type { ThemeDefinition } from '../../../scripts/tokens/themes.mjs';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface Build {
  dir: string;
  data: BuiltTokens;
  read: (relativePath: string) => Promise<string>;
}

export async function buildInto(options: { themes?: ThemeDefinition[]; defaultTheme?: string } = {}): Promise<Build> {
  const dir = await mkdtemp(join(tmpdir(), 'loos-tokens-'));
  const data = await buildTokens({ outDir: dir, ...options });
  return { dir, data, read: (relativePath) => readFile(join(dir, relativePath), 'utf8') };
}

export async function contrastPairs(): Promise<ContrastPairsFile> {
  return JSON.parse(await readFile(join(ROOT, 'tokens/contrast-pairs.json'), 'utf8')) as ContrastPairsFile;
}

/** `{ selector → { --custom-property → value } }` for the top-level rules of a generated CSS file. */
export function parseRules(css: string, { insideMedia = false } = {}): Map<string, Map<string, string>> {
  const source = insideMedia ? css : css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const rules = new Map<string, Map<string, string>>();
  for (const [, selector, body] of source.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const [, property, value] of body!.matchAll(/(--[\w-]+|color-scheme)\s*:\s*([^;]+);/g)) declarations.set(property!, value!.trim());
    rules.set(selector!.replace(/\/\*[\s\S]*?\*\//g, '').trim(), declarations);
  }
  return rules;
}
