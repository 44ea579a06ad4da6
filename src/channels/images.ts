/// <reference types="node" />
/**
 * Social images in Node, without a browser: 1080 × 1080 (post), 1200 × 630 (link preview) and
 * 1080 × 1920 (story) PNGs in the brand, each with its text alternative (layout: `image-layout.ts`).
 *
 * satori lays the text out and turns every glyph into a path, resvg draws the PNG; the font is Noto
 * Sans (SIL Open Font Licence) from `@fontsource/noto-sans`, read from disk — nothing is downloaded.
 * The three packages are optional peer dependencies: the text channels and the components never load them.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { drawSocialImages, type ImageRenderer, type SocialImagesOptions, type SocialImagesResult } from './image-layout.js';

export { IMAGE_FORMATS, type ImageFormat, type SocialImage, type SocialImagesOptions, type SocialImagesResult } from './image-layout.js';

let renderer: Promise<ImageRenderer> | undefined;

/** Loads satori, resvg and the font once, on first use. */
async function loadNodeRenderer(): Promise<ImageRenderer> {
  try {
    const require = createRequire(import.meta.url);
    const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
    const file = (weight: number): string => require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
    const [regular, bold] = await Promise.all([readFile(file(400)), readFile(file(700))]);
    return {
      satori: satori as unknown as ImageRenderer['satori'],
      toPng: (svg) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng(),
      fonts: [
        { name: 'Noto Sans', data: regular, weight: 400, style: 'normal' },
        { name: 'Noto Sans', data: bold, weight: 700, style: 'normal' },
      ],
    };
  } catch (error) {
    // Tried again on the next call: the packages may be installed meanwhile.
    renderer = undefined;
    throw new Error(`installez satori, @resvg/resvg-js et @fontsource/noto-sans (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
}

/**
 * The three social images of a validated notice, event or key figure, drawn in Node. Never throws:
 * a missing renderer, unusable content or characters the font cannot draw are reported in French.
 */
export function toSocialImages(content: unknown, options: SocialImagesOptions = {}): Promise<SocialImagesResult> {
  return drawSocialImages(content, () => (renderer ??= loadNodeRenderer()), options);
}
