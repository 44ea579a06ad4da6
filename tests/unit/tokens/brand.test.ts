import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssString, readIdentity } from '../../../scripts/tokens/brand.mjs';
import { readCssString } from '../../../src/lib/site/brand.js';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>';

/** A brand file with this name and logo path, and the logo file itself, in a fresh folder. */
async function brandFile(name: unknown, logo: unknown, svg = SVG): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'loos-brand-'));
  await mkdir(join(root, 'brand/logos'), { recursive: true });
  await writeFile(join(root, 'brand/logos/ville.svg'), svg);
  await writeFile(join(root, 'brand/ville.json'), JSON.stringify({ brand: { name: { $type: 'string', $value: name }, logo: { $type: 'asset', $value: logo } } }));
  return root;
}

describe('a commune’s name and logo in its brand file', () => {
  it('reads a name and an SVG logo next to the brand file', async () => {
    const root = await brandFile('  Ville d’Essai  ', 'logos/ville.svg');
    await expect(readIdentity(root, 'brand/ville.json')).resolves.toMatchObject({ name: 'Ville d’Essai', file: 'ville.svg', svg: SVG });
  });

  it.each([
    ['an empty name', '', 'logos/ville.svg', /brand\.name/],
    ['a name that is not text', 42, 'logos/ville.svg', /brand\.name/],
    ['markup in the name', '<b>Loos</b>', 'logos/ville.svg', /brand\.name/],
    ['a huge name', 'Loos '.repeat(40), 'logos/ville.svg', /brand\.name/],
    ['a logo outside the brand folder', 'Ville', '../../etc/logo.svg', /brand\.logo/],
    ['a logo that is not SVG', 'Ville', 'logos/ville.png', /brand\.logo/],
    ['a logo file that does not exist', 'Ville', 'logos/absent.svg', /introuvable/],
  ])('stops the build, in French, on %s', async (_case, name, logo, message) => {
    const root = await brandFile(name, logo);
    await expect(readIdentity(root, 'brand/ville.json')).rejects.toThrow(message);
  });

  it('refuses an SVG logo that carries a script', async () => {
    const root = await brandFile('Ville', 'logos/ville.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    await expect(readIdentity(root, 'brand/ville.json')).rejects.toThrow(/SVG simple/);
  });

  it('writes the name as a CSS string a stylesheet cannot be broken out of', () => {
    expect(cssString('Ville "de" Loos\\')).toBe('"Ville \\"de\\" Loos\\\\"');
  });

  it('is read back by the header exactly as the brand file wrote it', () => {
    const name = fc.string({ minLength: 1, maxLength: 60 }).filter((text) => text.trim() !== '' && !/[\p{Cc}<>]/u.test(text));
    fc.assert(fc.property(name, (text) => readCssString(cssString(text)) === text.trim()), { numRuns: 300 });
    expect(readCssString(' "Ville d\\E9  Loos" ')).toBe('Ville dé Loos');
  });

  it('gives the header nothing for a value that is not a CSS string', () => {
    for (const value of ['', 'Ville', '"Ville', '"a" "b"', '""', `"${'x'.repeat(61)}"`]) expect(readCssString(value), value).toBeUndefined();
  });
});
