/// <reference types="vite/client" />
/**
 * The social images drawn in the browser, for the catalogue's « Déclinaisons » tool: the same
 * layout as `loos-channels` (src/channels/image-layout.ts) and the same satori, with the font files
 * served by the catalogue itself and a canvas instead of resvg for the PNG. Nothing is fetched
 * from another site. The PNG bytes differ from Node's (another encoder), the picture is the same.
 */
import regularFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import boldFont from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import type { ImageRenderer } from '../../src/channels/image-layout.js';

async function fontData(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`police introuvable (${url}, ${response.status})`);
  return response.arrayBuffer();
}

/** The SVG satori wrote (text already turned into paths), painted on a canvas, as PNG bytes. */
async function svgToPng(svg: string): Promise<Uint8Array> {
  const address = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const picture = new Image();
    picture.src = address;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.naturalWidth;
    canvas.height = picture.naturalHeight;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('ce navigateur ne dessine pas sur un canevas');
    context.drawImage(picture, 0, 0);
    const png = await new Promise<Blob | null>((resolve) => {
      canvas.toBlob(resolve, 'image/png');
    });
    if (png === null) throw new Error('PNG impossible dans ce navigateur');
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(address);
  }
}

let renderer: Promise<ImageRenderer> | undefined;

/** satori and the two weights of Noto Sans, loaded once, on the first request for images. */
export function browserImageRenderer(): Promise<ImageRenderer> {
  renderer ??= (async () => {
    const [{ default: satori }, regular, bold] = await Promise.all([import('satori'), fontData(regularFont), fontData(boldFont)]);
    return {
      satori: satori as unknown as ImageRenderer['satori'],
      toPng: svgToPng,
      fonts: [
        { name: 'Noto Sans', data: regular, weight: 400, style: 'normal' },
        { name: 'Noto Sans', data: bold, weight: 700, style: 'normal' },
      ],
    };
  })().catch((error: unknown) => {
    renderer = undefined;
    throw error;
  });
  return renderer;
}
