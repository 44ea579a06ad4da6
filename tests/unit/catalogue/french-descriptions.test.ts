/**
 * The property tables of the catalogue are read by the city's staff: every public member an element
 * shows there (property, attribute, event, slot, CSS part, CSS custom property) has a description,
 * written in French, and so has the element's summary. The tables are built from
 * `dist/custom-elements.json` (`npm run analyze`, run by `npm test` through `prepare-catalogue`),
 * filtered as the catalogue filters it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicManifest } from '../../../.storybook/manifest.js';
import { englishWords } from './english-words.js';

interface Entry {
  readonly name?: string;
  readonly kind?: string;
  readonly description?: string;
}

interface Member extends Entry {
  readonly name: string;
  readonly privacy?: string;
  readonly static?: boolean;
}

interface Declaration {
  readonly tagName?: string;
  readonly summary?: string;
  readonly members?: readonly Member[];
  readonly attributes?: readonly Entry[];
  readonly events?: readonly Entry[];
  readonly slots?: readonly Entry[];
  readonly cssParts?: readonly Entry[];
  readonly cssProperties?: readonly Entry[];
  readonly [key: string]: unknown;
}

interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[]; readonly [key: string]: unknown }[];
  readonly [key: string]: unknown;
}

const MANIFEST = 'dist/custom-elements.json';

function elements(): Declaration[] {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} absent : lancez \`npm run prepare-catalogue\`.`);
  const manifest = publicManifest(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest);
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName !== undefined);
}

/** What one row of the element's tables says, labelled as the catalogue groups it. */
function rows(element: Declaration): { readonly label: string; readonly description: string | undefined }[] {
  const groups: readonly (readonly [string, readonly Entry[] | undefined])[] = [
    // Methods are not shown by the tables; fields are, getters included.
    ['propriété', element.members?.filter((member) => member.kind === 'field')],
    ['attribut', element.attributes],
    ['événement', element.events],
    ['slot', element.slots],
    ['partie CSS', element.cssParts],
    ['propriété CSS', element.cssProperties],
  ];
  return [
    { label: 'résumé (@summary)', description: element.summary },
    ...groups.flatMap(([group, entries]) =>
      (entries ?? []).map((entry) => ({ label: `${group} ${entry.name === '' || entry.name === undefined ? '(par défaut)' : entry.name}`, description: entry.description })),
    ),
  ];
}

function problem(description: string | undefined): string | undefined {
  if (description === undefined || description.trim() === '') return 'sans description';
  const english = englishWords(description);
  return english.length === 0 ? undefined : `en anglais (${english.join(', ')})`;
}

describe('the English-text sign', () => {
  it('finds an English sentence', () => {
    expect(englishWords('Address of the full document; the link inside the element when absent.')).toEqual(['of', 'the', 'inside', 'when']);
  });

  it('lets French prose, code values, quoted wording and markup through', () => {
    expect(englishWords('Date de mise en ligne, `YYYY-MM-DD` ; format `PDF`, « Afficher plus », un `<section>`, https://www.loos.fr/the/of')).toEqual([]);
    expect(englishWords('Adresse du document complet ; celle du lien écrit dans l’élément si absente.')).toEqual([]);
  });
});

describe('French descriptions in the property tables', () => {
  const declarations = elements();

  it('finds the elements of the library', () => {
    expect(declarations.length).toBeGreaterThan(20);
  });

  it.each(declarations.map((declaration) => [declaration.tagName, declaration] as const))(
    'describes every public member of <%s> in French',
    (_tag, declaration) => {
      const wrong = rows(declaration).flatMap(({ label, description }) => {
        const found = problem(description);
        return found === undefined ? [] : [`${label} : ${found}`];
      });
      expect(wrong, `descriptions à écrire en français dans la JSDoc :\n${wrong.join('\n')}`).toEqual([]);
    },
  );
});
