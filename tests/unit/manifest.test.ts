/**
 * The custom-elements manifest is the single source of the catalogue's documentation, the React
 * wrappers and the editors' completion: every element must be in it, with its French summary and
 * a description for each attribute. (`npm test` builds it first, with `npm run prepare-catalogue`.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  summary?: string;
  attributes?: { name: string; description?: string }[];
}

const MANIFEST = 'dist/custom-elements.json';
const elementFolders = readdirSync('src/components').filter((name) => existsSync(`src/components/${name}/${name}.ts`));

function declarations(): Declaration[] {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} absent : lancez \`npm run prepare-catalogue\`.`);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName !== undefined);
}

describe('custom-elements manifest', () => {
  it.each(elementFolders)('documents <loos-%s> with a summary and described attributes', (name) => {
    const element = declarations().find((declaration) => declaration.tagName === `loos-${name}`);
    expect(element, `loos-${name} absent du manifeste : ajoutez @tagname à la JSDoc de la classe`).toBeDefined();
    expect(element?.summary?.length ?? 0).toBeGreaterThan(10);
    const undocumented = (element?.attributes ?? []).filter((attribute) => !attribute.description).map((attribute) => attribute.name);
    expect(undocumented, `attributs sans description : ${undocumented.join(', ')}`).toEqual([]);
  });
});
