/** Small pieces of wording shared by the channels: sentences, labels, hashtags. */
import type { Message } from './message.js';

export const NBSP = '\u00a0';

/** « du lundi… » → « Du lundi… ». */
export function capitalise(text: string): string {
  return text === '' ? text : `${text.charAt(0).toLocaleUpperCase('fr-FR')}${text.slice(1)}`;
}

/** A sentence ends with its own mark, or with a full stop. */
export function sentence(text: string): string {
  return /[.!?…»)]$/u.test(text) ? text : `${text}.`;
}

/** « Alerte : Rue fermée », with the no-break space French typography puts before a colon. */
export function headlineWithKicker(message: Message): string {
  return message.kicker === undefined ? message.headline : `${message.kicker}${NBSP}: ${message.headline}`;
}

/** Every form of « when, where » from the fullest to the shortest, then without the place. */
export function whenWhereForms(message: Message): string[] {
  const forms = message.whenForms.length === 0 ? [0] : message.whenForms.map((_, index) => index);
  const all = [...forms.map((form) => whenWhere(message, true, form)), ...forms.map((form) => whenWhere(message, false, form))];
  return [...new Set(all.filter((form): form is string => form !== undefined))];
}

/**
 * « Du lundi 11 janvier 2027 à 7 h au vendredi 15 janvier 2027 à 19 h, Centre-ville. »; `form` picks a
 * shorter date phrase (see `Message.whenForms`), `withWhere` leaves the place out.
 */
export function whenWhere(message: Message, withWhere = true, form = 0): string | undefined {
  const when = message.whenForms[form] ?? message.when;
  const pieces = [when === undefined ? undefined : capitalise(when), withWhere ? message.where : undefined]
    .filter((piece): piece is string => piece !== undefined);
  return pieces.length === 0 ? undefined : sentence(pieces.join(', '));
}

/**
 * A hashtag in CamelCase, which screen readers read word by word (« #CentreVille »); letters keep
 * their accents, anything else (spaces, hyphens, apostrophes) only separates words.
 */
export function camelHashtag(words: string): string | undefined {
  const parts = words.split(/[^\p{L}\p{N}]+/u).filter((part) => part !== '');
  if (parts.length === 0 || !parts.some((part) => /\p{L}/u.test(part))) return undefined;
  return `#${parts.map((part) => capitalise(part)).join('')}`;
}

/** The brand's hashtags first, then the content's topics, without repeats, at most `max`. */
export function hashtags(brandTags: readonly string[], topics: readonly string[], max: number): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const words of [...brandTags, ...topics]) {
    const tag = camelHashtag(words);
    if (tag === undefined || seen.has(tag.toLocaleLowerCase('fr-FR'))) continue;
    seen.add(tag.toLocaleLowerCase('fr-FR'));
    tags.push(tag);
  }
  return tags.slice(0, Math.max(0, max));
}

/** Non-empty blocks joined by one blank line. */
export function blocks(...parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join('\n\n');
}

/** A social image's text alternative: what the image says, in reading order (same in every size). */
export function altText(message: Message, brandName: string): string {
  return [`Visuel ${brandName}.`, sentence(headlineWithKicker(message)), whenWhere(message)].filter((part) => part !== undefined).join(' ');
}
