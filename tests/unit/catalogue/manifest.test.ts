import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicManifest } from '../../../.storybook/manifest.js';

interface Member {
  readonly name: string;
  readonly privacy?: string;
  readonly static?: boolean;
}
interface Manifest {
  readonly modules: readonly {
    readonly declarations?: readonly { readonly tagName?: string; readonly members?: readonly Member[]; readonly events?: readonly { readonly name?: string }[]; readonly attributes?: readonly { readonly name: string; readonly fieldName?: string }[]; readonly [key: string]: unknown }[];
    readonly [key: string]: unknown;
  }[];
  readonly [key: string]: unknown;
}

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as Manifest;

function element(of: Manifest, tag: string) {
  return of.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
}

function members(of: Manifest, tag: string): readonly Member[] {
  return element(of, tag)?.members ?? [];
}

function eventNames(of: Manifest, tag: string): readonly (string | undefined)[] {
  return (element(of, tag)?.events ?? []).map((event) => event.name);
}

describe('property tables of the catalogue', () => {
  it('list the public properties of an element and none of its private, protected or static members', () => {
    expect(members(manifest, 'loos-notice').some((member) => member.privacy === 'private')).toBe(true);
    const shown = members(publicManifest(manifest), 'loos-notice');
    expect(shown.map((member) => member.name)).toEqual(expect.arrayContaining(['level', 'heading', 'published', 'expires']));
    expect(shown.filter((member) => member.privacy !== undefined || member.static === true || member.name.startsWith('_'))).toEqual([]);
  });

  it('list each event once, by its name, without the nameless copy the analyzer adds for a dispatched event class', () => {
    expect(eventNames(manifest, 'loos-notice')).toContain(undefined);
    expect(eventNames(publicManifest(manifest), 'loos-notice')).toEqual(['loos-dismiss', 'loos-expire', 'loos-invalid']);
  });

  it('name each attribute as it is written in HTML, heading-level included (declared once in src/lib/attributes.ts)', () => {
    const attributes = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.attributes ?? []);
    expect(attributes.filter((attribute) => attribute.name !== attribute.name.toLowerCase()).map((attribute) => attribute.name)).toEqual([]);
    expect(element(manifest, 'loos-notice')?.attributes?.find((attribute) => attribute.fieldName === 'headingLevel')?.name).toBe('heading-level');
  });
});
