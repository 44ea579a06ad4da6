/**
 * `loos-channels`: one notice, event or key figure (JSON) → one file per channel and a summary.
 *
 *   loos-channels notice.json --channels sms,facebook,x,press --out dir/
 *
 * Exit code: 0 every channel within its hard limit, 1 a channel over it, 2 a malformed command or
 * content that cannot be used. Everything the outside world provides goes through `ChannelsIo`.
 */
import type { SocialImagesResult } from './images.js';
import { readContent } from './read.js';
import { isOutputChannel, toChannels } from './to-channels.js';
import { OUTPUT_CHANNELS, type ChannelOutput, type ChannelsOptions, type OutputChannel } from './types.js';

export interface ChannelsIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, content: string): Promise<void>;
  /** Creates a directory and its parents; no error when it exists. */
  mkdir(path: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Node only: the PNG files of the social images. */
  readonly writeBytes?: (path: string, content: Uint8Array) => Promise<void>;
  /** Node only: draws the social images (`images.ts`), loaded when `images` is asked for. */
  readonly socialImages?: (content: unknown, brandName: string | undefined) => Promise<SocialImagesResult>;
}

/** Asked for with the text channels, but made apart: PNG files in Node only. */
const IMAGES = 'images';

const HELP = `Usage : loos-channels <contenu.json> [options]
Le contenu est un avis (heading, level…), un événement (title, start…) ou un chiffre clé (label, value…).

Options :
  --channels <liste>   canaux séparés par des virgules : ${OUTPUT_CHANNELS.join(', ')}, ${IMAGES} (défaut : tous)
  --out <dossier>      écrit un fichier par canal et summary.md (sinon : tout sur la sortie standard)
  --url <adresse>      page du site vers laquelle renvoient les canaux (défaut : le lien du contenu)
  --brand <fichier>    marque en JSON : name, place, hashtags, maxHashtags, pressContact
  --issued <date>      date du communiqué de presse (ISO 8601), pour un événement
  --help               cette aide

Code de sortie : 1 si un canal dépasse sa limite, 2 si la commande ou le contenu est mal formé.`;

interface Options {
  input?: string;
  channels?: OutputChannel[];
  images?: boolean;
  out?: string;
  url?: string;
  brandPath?: string;
  issued?: string;
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = (): string | undefined => (eq === -1 ? argv[++i] : arg.slice(eq + 1));
    switch (flag) {
      case '--channels': {
        const names = (value() ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
        const unknown = names.filter((name) => !isOutputChannel(name) && name !== IMAGES);
        if (names.length === 0 || unknown.length > 0) {
          return `Canal inconnu ou non disponible : ${unknown.join(', ') || '(aucun)'}. Canaux : ${OUTPUT_CHANNELS.join(', ')}, ${IMAGES}.`;
        }
        options.channels = names.filter(isOutputChannel);
        options.images = names.includes(IMAGES);
        break;
      }
      case '--out': case '--url': case '--brand': case '--issued': {
        const v = value();
        if (v === undefined || v === '') return `${flag} attend une valeur.`;
        if (flag === '--out') options.out = v;
        else if (flag === '--url') options.url = v;
        else if (flag === '--brand') options.brandPath = v;
        else options.issued = v;
        break;
      }
      default:
        if (arg.startsWith('--')) return `Option inconnue « ${arg} ».`;
        if (options.input !== undefined) return 'Un seul fichier de contenu à la fois.';
        options.input = arg;
    }
  }
  return options;
}

/** File names per channel: the press release is written twice (Markdown and HTML). */
export function fileNames(output: ChannelOutput): Record<string, string> {
  if (output.channel === 'press') return { 'press.md': output.text, 'press.html': output.html ?? '' };
  if (output.channel === 'newsletter') return { 'newsletter.txt': output.text, 'newsletter.html': output.html ?? '' };
  const files: Record<string, string> = { [`${output.channel}.txt`]: `${output.text}\n` };
  if (output.gsm7 !== undefined) files['sms-gsm7.txt'] = `${output.gsm7.text}\n`;
  return files;
}

const plural = (count: number, word: string): string => `${count} ${word}${count > 1 ? 's' : ''}`;

/** A Markdown table: channel, length in its own unit, hard limit, tone findings, verdict. */
export function summaryTable(outputs: readonly ChannelOutput[]): string {
  const rows = outputs.flatMap((output) => output.measures.map((m, index) => {
    const unit = m.segments === undefined ? m.unit : `${m.unit}, ${plural(m.segments, 'segment')} ${m.encoding ?? ''}`;
    const limit = m.limit === undefined ? '—' : m.segments === undefined ? String(m.limit) : `${m.limit} segments`;
    const errors = output.findings.filter((f) => f.severity === 'error').length;
    const warnings = output.findings.filter((f) => f.severity === 'warning').length;
    const findings = index === 0 ? `${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}` : '';
    return `| ${index === 0 ? output.label : ''} | ${m.part} | ${m.length} ${unit.trim()} | ${limit} | ${findings} | ${m.over ? '**dépasse**' : 'ok'} |`;
  }));
  return ['| Canal | Partie | Longueur | Limite | Ton | Limite respectée |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

async function readJson(io: ChannelsIo, path: string, what: string): Promise<unknown> {
  try {
    return JSON.parse(await io.readFile(path)) as unknown;
  } catch (error) {
    throw new Error(`${what} « ${path} » illisible (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
}

export async function runChannelsCli(argv: readonly string[], io: ChannelsIo): Promise<number> {
  if (argv.includes('--help')) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  const options = parseArgs(argv);
  if (typeof options === 'string' || options.input === undefined) {
    io.stderr(`${typeof options === 'string' ? options : 'Donnez le fichier JSON du contenu.'}\n\n${HELP}\n`);
    return 2;
  }
  let raw: unknown;
  let brand: unknown;
  try {
    raw = await readJson(io, options.input, 'Contenu');
    if (options.brandPath !== undefined) brand = await readJson(io, options.brandPath, 'Marque');
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 2;
  }
  const { content, problems } = readContent(raw);
  for (const p of problems) io.stderr(`${p.field} : ${p.message}\n`);
  if (content === undefined) {
    io.stderr('Contenu inutilisable : aucun canal produit.\n');
    return 2;
  }
  const channelsOptions: ChannelsOptions = {
    ...(options.channels === undefined ? {} : { channels: options.channels }),
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(brand === undefined ? {} : { brand: brand as ChannelsOptions['brand'] }),
    ...(options.issued === undefined ? {} : { issued: options.issued }),
  };
  if (options.images === true && (options.out === undefined || io.socialImages === undefined || io.writeBytes === undefined)) {
    io.stderr(`${io.socialImages === undefined ? 'Les visuels se dessinent avec Node seulement.' : 'Les visuels sont des fichiers PNG : donnez --out <dossier>.'}\n`);
    return 2;
  }
  const result = toChannels(content, channelsOptions);
  for (const p of result.problems) io.stderr(`${p.field} : ${p.message}\n`);
  const summary = summaryTable(result.outputs);
  const notes = result.outputs.flatMap((o) => o.notes.map((note) => `- ${o.label} : ${note}`));
  const report = `${summary}${notes.length === 0 ? '' : `\n${notes.join('\n')}\n`}`;
  if (options.out === undefined) {
    for (const output of result.outputs) io.stdout(`── ${output.label} ──\n${output.text.replace(/\n$/u, '')}\n\n`);
  } else {
    const dir = options.out.replace(/\/+$/u, '') || '.';
    await io.mkdir(dir);
    for (const output of result.outputs) {
      for (const [name, text] of Object.entries(fileNames(output))) await io.writeFile(`${dir}/${name}`, text);
    }
    const imagesOver = options.images === true ? await writeImages(io, content, brand, dir) : false;
    await io.writeFile(`${dir}/summary.md`, report);
    io.stdout(report);
    return result.outputs.some((o) => o.overLimit) || imagesOver ? 1 : 0;
  }
  io.stdout(report);
  return result.outputs.some((o) => o.overLimit) ? 1 : 0;
}

/** The PNG files and `images.md` (each file with its text alternative); true when an image could not be made. */
async function writeImages(io: ChannelsIo, content: unknown, brand: unknown, dir: string): Promise<boolean> {
  const brandName = typeof brand === 'object' && brand !== null && typeof (brand as { name?: unknown }).name === 'string' ? (brand as { name: string }).name : undefined;
  const { images, problems } = await (io.socialImages?.(content, brandName) ?? Promise.resolve({ images: [], problems: [] }));
  for (const p of problems) io.stderr(`${p.field} : ${p.message}\n`);
  const lines = ['| Visuel | Fichier | Texte alternatif |', '| --- | --- | --- |'];
  for (const image of images) {
    if (image.png !== undefined) await io.writeBytes?.(`${dir}/${image.format.file}`, image.png);
    lines.push(`| ${image.format.label} (${image.format.width} × ${image.format.height}) | ${image.png === undefined ? `**non produit** : ${image.problem ?? ''}` : image.format.file} | ${image.alt} |`);
  }
  await io.writeFile(`${dir}/images.md`, `${lines.join('\n')}\n`);
  io.stdout(`${lines.join('\n')}\n`);
  return images.length === 0 || images.some((image) => image.png === undefined);
}
