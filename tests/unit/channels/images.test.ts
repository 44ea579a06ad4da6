/** Social images drawn in Node: sizes, brand, text alternatives, text that fits, same bytes every time. */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMAGE_FORMATS, toSocialImages, type ImageFormat, type SocialImage } from '../../../src/channels/images.js';
import { readContent } from '../../../src/channels/read.js';
import { FIXTURES, content } from './fixtures.js';

/** Width and height written in a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** True when every pixel outside the safe area (except the brand line at its top) is the background. */
function marginsAreBlank(image: SocialImage): boolean {
  const { width, height, safe } = image.format;
  const rendered = new Resvg(image.svg ?? '', { font: { loadSystemFonts: false } }).render();
  const pixels = rendered.pixels;
  const at = (x: number, y: number): string => pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 4).join(',');
  const background = at(0, 0);
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      const inSafe = x >= safe.inline && x < width - safe.inline && y >= safe.block && y < height - safe.block;
      if (!inSafe && at(x, y) !== background) return false;
    }
  }
  return true;
}

function event(title: string) {
  const { content: value } = readContent({ id: 'e', title, start: '2027-06-21T18:00:00+02:00', location: { name: 'Parc de la Mairie', city: 'Loos' } });
  if (value === undefined) throw new Error('invalid test event');
  return value;
}

const byFormat = (images: readonly SocialImage[], id: ImageFormat['id']): SocialImage => {
  const image = images.find((i) => i.format.id === id);
  if (image === undefined) throw new Error(`no ${id} image`);
  return image;
};

describe('social images', () => {
  it('draws the road closure in the three sizes, level in words, with a text alternative for each, text inside the safe area', async () => {
    const { images, problems } = await toSocialImages(content('road-closure.notice.json'));
    expect(problems).toEqual([]);
    expect(images.map((i) => [i.format.id, pngSize(i.png ?? new Uint8Array(24))])).toEqual([
      ['post', { width: 1080, height: 1080 }], ['link', { width: 1200, height: 630 }], ['story', { width: 1080, height: 1920 }],
    ]);
    for (const image of images) {
      expect(image.alt.replace(/\u00a0/gu, ' ')).toBe('Visuel Ville de Loos. Vigilance : Rue du Maréchal-Foch fermée à la circulation. Du lundi 11 janvier 2027 à 7 h au vendredi 15 janvier 2027 à 19 h, Centre-ville.');
      expect(image.svg?.length).toBeGreaterThan(1000);
    }
    expect(marginsAreBlank(byFormat(images, 'link'))).toBe(true);
    // The reviewed image shown in docs/channels.md: written once when absent, then compared byte for byte.
    const golden = `${FIXTURES}road-closure/image-1080x1080.png`;
    const png = Buffer.from(byFormat(images, 'post').png ?? []);
    if (!existsSync(golden)) writeFileSync(golden, png);
    expect(png.equals(readFileSync(golden))).toBe(true);
  }, 30_000);

  it('gives the date and place of an event, and the same bytes for the same content', async () => {
    const first = await toSocialImages(content('new-year-wishes.event.json'), { formats: ['post'] });
    const second = await toSocialImages(content('new-year-wishes.event.json'), { formats: ['post'] });
    expect(first.images[0]?.alt.replace(/\u00a0/gu, ' ')).toContain('Le samedi 9 janvier 2027, de 11 h à 13 h, Salle Jean-Jaurès');
    expect(Buffer.from(second.images[0]?.png ?? []).equals(Buffer.from(first.images[0]?.png ?? [1]))).toBe(true);
  }, 30_000);

  it('shrinks a long title to fit, without letting any glyph out of the safe area', async () => {
    const long = 'Réunion publique de présentation du projet de réaménagement complet des berges du canal et des jardins familiaux du quartier';
    const { images } = await toSocialImages(event(long), { formats: ['link'] });
    const image = byFormat(images, 'link');
    expect(image.problem).toBeUndefined();
    expect(image.layout?.titleSize).toBeLessThan(IMAGE_FORMATS[1]?.title.max ?? 0);
    expect(image.layout?.titleSize).toBeGreaterThanOrEqual(IMAGE_FORMATS[1]?.title.min ?? Infinity);
    expect(marginsAreBlank(image)).toBe(true);
  }, 30_000);

  it('reports a title too long for the format instead of cutting it, and makes no image', async () => {
    const { images } = await toSocialImages(event(`${'Concert exceptionnel de la fanfare municipale '.repeat(6)}au parc`), { formats: ['link'] });
    expect(images[0]?.png).toBeUndefined();
    expect(images[0]?.problem).toMatch(/^Aperçu de lien \(1200 × 630\) : le titre ne tient pas, même à 40 px\. Raccourcissez le titre/u);
  }, 30_000);

  it('names the characters the font cannot draw, and refuses unusable content without throwing', async () => {
    const { problems } = await toSocialImages(event('Marché de Noël 🎄'), { formats: [] });
    expect(problems.map((p) => p.message)).toEqual(['Caractères absents de la police des visuels, qui n’y apparaîtront pas : « 🎄 ». Retirez-les du titre pour les visuels.']);
    const refused = await toSocialImages({ title: '<script>' });
    expect(refused.images).toEqual([]);
    expect(refused.problems[0]?.field).toBe('content');
  });
});
