/**
 * Social images, laid out the same way wherever they are drawn: the formats, the text column, the
 * title that shrinks step by step until it fits the safe area (below the smallest size the title is
 * reported, « raccourcissez le titre », and no image is made rather than a title cut off), and the
 * characters the font cannot draw. No Node and no DOM here: `images.ts` draws with satori + resvg in
 * Node, the catalogue's « Déclinaisons » tool with satori + a canvas in the browser.
 */
import { problem, type InputProblem } from '../lib/invalid.js';
import { EMAIL_TOKENS } from './email-palette.js';
import { toMessage, isEvent, isKeyFigure, isNotice, type Message } from './message.js';
import { altText, headlineWithKicker, whenWhere } from './words.js';

/** What draws: satori (text to paths, so the result does not depend on installed fonts), a PNG encoder, the fonts. */
export interface ImageRenderer {
  readonly satori: (element: unknown, options: { width: number; height?: number; fonts: unknown[] }) => Promise<string>;
  readonly toPng: (svg: string) => Uint8Array | Promise<Uint8Array>;
  readonly fonts: unknown[];
}

export interface ImageFormat {
  readonly id: 'post' | 'link' | 'story';
  readonly label: string;
  readonly width: number;
  readonly height: number;
  /** Margins kept free of text: platforms put their own buttons over a story's top and bottom. */
  readonly safe: { readonly inline: number; readonly block: number };
  /** Title font sizes, largest first tried, smallest allowed. */
  readonly title: { readonly max: number; readonly min: number };
  readonly file: string;
}

export const IMAGE_FORMATS: readonly ImageFormat[] = [
  { id: 'post', label: 'Publication carrée', width: 1080, height: 1080, safe: { inline: 80, block: 80 }, title: { max: 88, min: 48 }, file: 'image-1080x1080.png' },
  { id: 'link', label: 'Aperçu de lien', width: 1200, height: 630, safe: { inline: 72, block: 56 }, title: { max: 72, min: 40 }, file: 'image-1200x630.png' },
  { id: 'story', label: 'Story', width: 1080, height: 1920, safe: { inline: 80, block: 260 }, title: { max: 104, min: 56 }, file: 'image-1080x1920.png' },
];

export interface SocialImage {
  readonly format: ImageFormat;
  /** The PNG; absent when the text cannot fit (see `problem`). */
  readonly png?: Uint8Array;
  /** The SVG the PNG is drawn from (text as paths). */
  readonly svg?: string;
  /** Text alternative to publish with the image. */
  readonly alt: string;
  /** Title size chosen and the height of the text column, in pixels. */
  readonly layout?: { readonly titleSize: number; readonly textHeight: number };
  readonly problem?: string;
}

export interface SocialImagesOptions {
  readonly brand?: { readonly name?: string };
  readonly formats?: readonly ImageFormat['id'][];
}

export interface SocialImagesResult {
  readonly images: readonly SocialImage[];
  /** Characters the font cannot draw, content refused, renderer missing: said in French. */
  readonly problems: readonly InputProblem[];
}

/** Code points of the font's Latin subsets (`@fontsource/noto-sans` latin and latin-ext unicode ranges). */
const DRAWABLE: readonly (readonly [number, number])[] = [
  [0x20, 0x24f], [0x259, 0x259], [0x2bb, 0x2bc], [0x2c6, 0x2c6], [0x2da, 0x2da], [0x2dc, 0x2dc], [0x304, 0x304], [0x308, 0x308],
  [0x329, 0x329], [0x1e00, 0x1eff], [0x2000, 0x206f], [0x20a0, 0x20c0], [0x2113, 0x2113], [0x2122, 0x2122], [0x2191, 0x2191],
  [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0x2c60, 0x2c7f], [0xa720, 0xa7ff], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
];

/** Whole characters (an emoji with its modifiers counts as one) that the font has no glyph for. */
function undrawable(text: string): string[] {
  const drawable = (char: string): boolean => Array.from(char).every((point) => {
    const code = point.codePointAt(0) ?? 0;
    return DRAWABLE.some(([from, to]) => code >= from && code <= to);
  });
  const missing = Array.from(new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(text), (part) => part.segment).filter((char) => !drawable(char));
  return [...new Set(missing)];
}

const colours = EMAIL_TOKENS.light;
const LEVEL_BADGE = {
  info: [colours['color-notice-info-background'], colours['color-notice-info-text']],
  warning: [colours['color-notice-warning-background'], colours['color-notice-warning-text']],
  alert: [colours['color-notice-alert-background'], colours['color-notice-alert-text']],
} as const;

/** Italic-like overhangs (the tail of a « j ») reach a few pixels left of a line's start: keep room for them. */
const GLYPH_OVERHANG = 12;
const columnWidth = (format: ImageFormat): number => format.width - 2 * (format.safe.inline + GLYPH_OVERHANG);

interface Node { type: string; props: { style: Record<string, string | number>; children?: string | Node[] } }
const box = (style: Record<string, string | number>, children: string | Node[]): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** The text column: level or status, title, when and where. */
function textColumn(message: Message, format: ImageFormat, titleSize: number): Node {
  const small = Math.round(format.title.min * 0.75);
  const children: Node[] = [];
  if (message.kicker !== undefined) {
    const [background, text] = LEVEL_BADGE[message.level ?? 'info'];
    children.push(box({ alignSelf: 'flex-start', padding: `${Math.round(small / 4)}px ${Math.round(small / 2)}px`, marginBottom: small, backgroundColor: background, color: text, fontSize: small, fontWeight: 700 }, message.kicker));
  }
  children.push(box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, message.headline));
  const when = whenWhere(message);
  if (when !== undefined) children.push(box({ marginTop: small, fontSize: small, fontWeight: 400, lineHeight: 1.3 }, when));
  return box({ flexDirection: 'column', width: columnWidth(format), color: colours['color-text-on-brand'], fontFamily: 'Noto Sans' }, children);
}

function page(column: Node, format: ImageFormat, brandName: string): Node {
  const { inline, block } = format.safe;
  return box({
    width: format.width, height: format.height, flexDirection: 'column', justifyContent: 'space-between',
    padding: `${block}px ${inline + GLYPH_OVERHANG}px`, backgroundColor: colours['color-surface-brand'], fontFamily: 'Noto Sans',
  }, [
    box({ color: colours['color-text-on-brand'], fontSize: Math.round(format.title.min * 0.75), fontWeight: 700, borderBottom: `6px solid ${colours['color-text-on-brand']}`, paddingBottom: 12, alignSelf: 'flex-start' }, brandName),
    column,
    box({ height: 0 }, []),
  ]);
}

const heightOf = (svg: string): number => Number(/^<svg[^>]*\sheight="([\d.]+)"/u.exec(svg)?.[1] ?? Number.POSITIVE_INFINITY);

async function renderOne(r: ImageRenderer, message: Message, format: ImageFormat, brandName: string): Promise<SocialImage> {
  const alt = altText(message, brandName);
  const brandHeight = Math.round(format.title.min * 0.75 * 1.6) + 18;
  // Room for the column: the safe area less the brand line and one gap below it.
  const room = format.height - 2 * format.safe.block - 2 * brandHeight;
  for (let size = format.title.max; size >= format.title.min; size -= 4) {
    const column = textColumn(message, format, size);
    const textHeight = heightOf(await r.satori(column, { width: columnWidth(format), fonts: r.fonts }));
    if (textHeight > room) continue;
    const svg = await r.satori(page(column, format, brandName), { width: format.width, height: format.height, fonts: r.fonts });
    return { format, svg, png: await r.toPng(svg), alt, layout: { titleSize: size, textHeight } };
  }
  return { format, alt, problem: `${format.label} (${format.width} × ${format.height}) : le titre ne tient pas, même à ${format.title.min} px. Raccourcissez le titre : il n’est pas coupé.` };
}

/**
 * The three social images of a validated notice, event or key figure, drawn by the renderer given.
 * Never throws: a renderer that fails, unusable content or characters the font cannot draw are
 * reported in French.
 */
export async function drawSocialImages(
  content: unknown,
  loadRenderer: () => Promise<ImageRenderer>,
  options: SocialImagesOptions = {},
): Promise<SocialImagesResult> {
  const problems: InputProblem[] = [];
  if (!isNotice(content) && !isEvent(content) && !isKeyFigure(content)) {
    problems.push(problem('content', 'Le contenu doit être un avis, un événement ou un chiffre clé validé (voir readContent).', content));
    return { images: [], problems };
  }
  const message = toMessage(content);
  const brandName = typeof options.brand?.name === 'string' && options.brand.name.trim() !== '' ? options.brand.name.trim().slice(0, 60) : 'Ville de Loos';
  const missing = undrawable(`${headlineWithKicker(message)} ${whenWhere(message) ?? ''} ${brandName}`);
  if (missing.length > 0) {
    problems.push(problem('images', `Caractères absents de la police des visuels, qui n’y apparaîtront pas : ${missing.map((c) => `« ${c} »`).join(', ')}. Retirez-les du titre pour les visuels.`, missing.join('')));
  }
  try {
    const r = await loadRenderer();
    const formats = IMAGE_FORMATS.filter((f) => options.formats === undefined || options.formats.includes(f.id));
    const images: SocialImage[] = [];
    for (const format of formats) images.push(await renderOne(r, message, format, brandName));
    return { images, problems };
  } catch (error) {
    problems.push(problem('images', `Visuels impossibles : ${error instanceof Error ? error.message : String(error)}`));
    return { images: [], problems };
  }
}
