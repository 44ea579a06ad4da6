/**
 * Facebook, LinkedIn and Instagram: the key point first (headline, then when and where, in French
 * typography), the author's text, the practical details, then the link (Instagram: « lien en bio »,
 * since links in captions are not clickable) and hashtags in CamelCase.
 */
import { findingsFor, firstFitting, measureText } from './measure.js';
import type { Context } from './short.js';
import type { ChannelOutput, OutputChannel } from './types.js';
import { graphemeCount } from '../tone/segment.js';
import { NBSP, blocks, hashtags, headlineWithKicker, whenWhere, whenWhereForms } from './words.js';

interface SocialRules {
  readonly channel: Extract<OutputChannel, 'facebook' | 'linkedin' | 'instagram'>;
  readonly label: string;
  readonly limit: number;
  /** Hashtags the platform's readers tolerate (the brand's own count caps it further). */
  readonly hashtags: number;
}

const RULES: Readonly<Record<SocialRules['channel'], SocialRules>> = {
  facebook: { channel: 'facebook', label: 'Facebook', limit: 63_206, hashtags: 3 },
  linkedin: { channel: 'linkedin', label: 'LinkedIn', limit: 3000, hashtags: 5 },
  instagram: { channel: 'instagram', label: 'Instagram', limit: 2200, hashtags: 30 },
};

/** Instagram shows this many characters before « plus »: the headline and the date go there. */
export const INSTAGRAM_VISIBLE = 125;

function detailLines(context: Context): string | undefined {
  // Date and place are already said at the top; the other details (price, access…) follow the text.
  const shownAbove = new Set(['Date', 'Lieu', 'Période', 'Niveau', 'Secteur concerné', 'Chiffre']);
  const lines = context.message.details.filter((d) => !shownAbove.has(d.label)).map((d) => `${d.label}${NBSP}: ${d.value}`);
  return lines.length === 0 ? undefined : lines.join('\n');
}

export function social(id: SocialRules['channel'], context: Context): ChannelOutput {
  const rules = RULES[id];
  const { message, url, brand, tone } = context;
  const tops = (id === 'instagram' ? whenWhereForms(message) : [whenWhere(message)]).map((when) =>
    [headlineWithKicker(message), when].filter((line) => line !== undefined).join('\n'));
  // Instagram shows 125 characters before « plus »: the shortest date form is used if needed.
  const top = tops.find((candidate) => graphemeCount(candidate) <= INSTAGRAM_VISIBLE) ?? tops.at(-1) ?? headlineWithKicker(message);
  const tags = hashtags(brand.hashtags, message.topics, Math.min(rules.hashtags, brand.maxHashtags)).join(' ');
  const link = id === 'instagram'
    ? `Toutes les informations sur notre site${NBSP}: lien en bio.`
    : url === undefined ? undefined : `Plus d’informations${NBSP}: ${url}`;
  const compose = (paragraphs: readonly string[]): string =>
    blocks(top, paragraphs.join('\n\n'), detailLines(context), link, tags === '' ? undefined : tags);
  // A long text is kept to its first paragraph, the rest being on the page the link opens.
  const candidates = [compose(message.paragraphs), compose(message.paragraphs.slice(0, 1)), compose([])];
  const { chosen: text, fitted } = firstFitting(candidates, (c) => !measureText(c, id, rules.limit).over);
  const measure = measureText(text, id, rules.limit);
  const notes: string[] = [];
  if (!fitted) notes.push(`${measure.length} caractères : ${rules.label} en accepte ${rules.limit}. Raccourcissez le titre.`);
  else if (text !== candidates[0]) notes.push(`Le texte complet dépasse ${rules.limit} caractères : ${text === candidates[1] ? 'seul le premier paragraphe est repris' : 'le texte est laissé à la page du site'}.`);
  if (id === 'instagram' && graphemeCount(top) > INSTAGRAM_VISIBLE) {
    notes.push(`Le titre et la date dépassent ${INSTAGRAM_VISIBLE} caractères : le point clé ne sera pas entier avant « plus ».`);
  }
  if (id === 'instagram' && url !== undefined) notes.push(`Mettez ${url} dans la biographie du compte.`);
  if (id !== 'instagram' && url === undefined) notes.push('Aucun lien : donnez l’adresse de la page du site (option url).');
  return { channel: id, label: rules.label, text, measures: [measure], overLimit: measure.over, notes, findings: findingsFor(text, id, tone) };
}
