import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicManifest } from '../../../.storybook/manifest.js';

interface Member {
  readonly name: string;
  readonly privacy?: string;
  readonly static?: boolean;
}
interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly { readonly tagName?: string; readonly members?: readonly Member[]; readonly [key: string]: unknown }[]; readonly [key: string]: unknown }[];
  readonly [key: string]: unknown;
}

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as Manifest;

function members(of: Manifest, tag: string): readonly Member[] {
  return of.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag)?.members ?? [];
}

describe('property tables of the catalogue', () => {
  it('list the public properties of an element and none of its private, protected or static members', () => {
    expect(members(manifest, 'loos-notice').some((member) => member.privacy === 'private')).toBe(true);
    const shown = members(publicManifest(manifest), 'loos-notice');
    expect(shown.map((member) => member.name)).toEqual(expect.arrayContaining(['level', 'heading', 'published', 'expires']));
    expect(shown.filter((member) => member.privacy !== undefined || member.static === true || member.name.startsWith('_'))).toEqual([]);
  });
});
