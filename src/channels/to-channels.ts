/**
 * `toChannels`: one validated notice, event or key figure → one output per channel. Never throws:
 * unusable options are reported in French and replaced by the defaults; unusable content gives no
 * output and a problem saying why.
 */
import { parseIsoDateTime } from '../lib/dates.js';
import { problem, type InputProblem } from '../lib/invalid.js';
import { checkUrl } from '../lib/url.js';
import { isEvent, isKeyFigure, isNotice, toMessage } from './message.js';
import { newsletter } from './newsletter.js';
import { press } from './press.js';
import { push, sms, x, type Context } from './short.js';
import { social } from './social.js';
import { altText } from './words.js';
import { OUTPUT_CHANNELS, type Brand, type ChannelOutput, type ChannelsOptions, type ChannelsResult, type OutputChannel, type PressContact } from './types.js';

export const DEFAULT_BRAND: Brand = { name: 'Ville de Loos', place: 'Loos', hashtags: ['Loos'], maxHashtags: 5 };

const WRITERS: Readonly<Record<OutputChannel, (context: Context) => ChannelOutput>> = {
  sms, push, x, press, newsletter,
  facebook: (context) => social('facebook', context),
  linkedin: (context) => social('linkedin', context),
  instagram: (context) => social('instagram', context),
};

export function isOutputChannel(value: unknown): value is OutputChannel {
  return typeof value === 'string' && (OUTPUT_CHANNELS as readonly string[]).includes(value);
}

function readChannels(raw: unknown, problems: InputProblem[]): OutputChannel[] {
  if (raw === undefined) return [...OUTPUT_CHANNELS];
  if (!Array.isArray(raw)) {
    problems.push(problem('channels', `Les canaux doivent être une liste (${OUTPUT_CHANNELS.join(', ')}) : tous sont produits.`, raw));
    return [...OUTPUT_CHANNELS];
  }
  const chosen: OutputChannel[] = [];
  for (const item of raw as unknown[]) {
    if (!isOutputChannel(item)) problems.push(problem('channels', `Canal inconnu « ${String(item)} » : canaux possibles ${OUTPUT_CHANNELS.join(', ')}.`, item));
    else if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}

function readOptionalUrl(raw: unknown, field: string, problems: InputProblem[]): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const checked = checkUrl(raw);
  if (checked.ok) return checked.url;
  problems.push(problem(field, `Lien refusé : ${checked.reason}`, raw));
  return undefined;
}

const shortText = (raw: unknown): string | undefined =>
  typeof raw === 'string' && raw.trim() !== '' && raw.length <= 200 ? raw.replace(/\s+/gu, ' ').trim() : undefined;

function readBrand(raw: unknown, problems: InputProblem[]): Brand {
  if (raw === undefined) return DEFAULT_BRAND;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(problem('brand', 'La marque doit être un objet { name, place, hashtags, maxHashtags, pressContact } : celle de la Ville de Loos est utilisée.', raw));
    return DEFAULT_BRAND;
  }
  const input = raw as Record<string, unknown>;
  const text = (field: string, fallback: string): string => {
    const value = shortText(input[field]);
    if (value === undefined && input[field] !== undefined) problems.push(problem(`brand.${field}`, `« ${field} » doit être un texte court : « ${fallback} » est utilisé.`, input[field]));
    return value ?? fallback;
  };
  let tags = DEFAULT_BRAND.hashtags;
  if (input.hashtags !== undefined) {
    if (Array.isArray(input.hashtags) && input.hashtags.every((tag) => shortText(tag) !== undefined)) tags = (input.hashtags as string[]).map((tag) => tag.replace(/^#/u, ''));
    else problems.push(problem('brand.hashtags', 'Les mots-dièse doivent être une liste de textes courts.', input.hashtags));
  }
  let maxHashtags = DEFAULT_BRAND.maxHashtags;
  if (input.maxHashtags !== undefined) {
    if (typeof input.maxHashtags === 'number' && Number.isInteger(input.maxHashtags) && input.maxHashtags >= 0 && input.maxHashtags <= 30) maxHashtags = input.maxHashtags;
    else problems.push(problem('brand.maxHashtags', 'Le nombre de mots-dièse doit être un entier entre 0 et 30.', input.maxHashtags));
  }
  const contact = readContact(input.pressContact, problems);
  return {
    name: text('name', DEFAULT_BRAND.name), place: text('place', DEFAULT_BRAND.place), hashtags: tags, maxHashtags,
    ...(contact === undefined ? {} : { pressContact: contact }),
  };
}

function readContact(raw: unknown, problems: InputProblem[]): PressContact | undefined {
  if (raw === undefined) return undefined;
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const name = shortText(input.name);
  if (name === undefined) {
    problems.push(problem('brand.pressContact', 'Le contact presse doit avoir un nom (name) : il est laissé de côté.', raw));
    return undefined;
  }
  const role = shortText(input.role);
  const phone = shortText(input.phone);
  const email = typeof input.email === 'string' && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/u.test(input.email) ? input.email : undefined;
  if (input.email !== undefined && email === undefined) problems.push(problem('brand.pressContact.email', 'Adresse électronique du contact presse invalide : elle est laissée de côté.', input.email));
  return { name, ...(role === undefined ? {} : { role }), ...(phone === undefined ? {} : { phone }), ...(email === undefined ? {} : { email }) };
}

function readIssued(raw: unknown, problems: InputProblem[]): Date | undefined {
  if (raw === undefined) return undefined;
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw;
  const parsed = parseIsoDateTime(raw);
  if (parsed !== null) return parsed.date;
  problems.push(problem('issued', 'La date du communiqué doit être une date ISO 8601 (2027-01-11) : elle est ignorée.', raw));
  return undefined;
}

/** Every chosen channel's text for `content`, with lengths, limits, notes and tone findings. */
export function toChannels(content: unknown, options: ChannelsOptions = {}): ChannelsResult {
  const problems: InputProblem[] = [];
  if (!isNotice(content) && !isEvent(content) && !isKeyFigure(content)) {
    problems.push(problem('content', 'Le contenu doit être un avis, un événement ou un chiffre clé validé (voir readContent).', content));
    return { outputs: [], problems };
  }
  const message = toMessage(content);
  const url = readOptionalUrl(options.url, 'url', problems) ?? message.url;
  const issued = readIssued(options.issued, problems) ?? message.issued;
  const context: Context = {
    message, brand: readBrand(options.brand, problems), tone: options.tone,
    ...(url === undefined ? {} : { url }), ...(issued === undefined ? {} : { issued }),
  };
  const outputs = readChannels(options.channels, problems).map((channel) => WRITERS[channel](context));
  return { outputs, problems };
}

/**
 * The text alternative of the social images of `content` (drawn in Node by `channels/images`), for
 * tools that show it without drawing: undefined when the content is not validated.
 */
export function socialImageAlt(content: unknown, brandName: string = DEFAULT_BRAND.name): string | undefined {
  if (!isNotice(content) && !isEvent(content) && !isKeyFigure(content)) return undefined;
  return altText(toMessage(content), brandName);
}
