/**
 * A quote: the words of a resident or an elected official, who said them and in what role, an
 * optional photo of the person and the source. Pure: from the attributes as written to what the
 * element shows, plus the problems an author can act on. The words themselves stay in the page
 * (light DOM), so they are read without JavaScript.
 */
import { problem, type InputProblem } from '../invalid.js';
import { propertyTexts } from '../property-values.js';
import { readHref, readLabel, type Report } from '../services/fields.js';

/** As written in the page, or set from script with any type (a non-text value is reported). */
export interface QuoteAttributes {
  readonly author?: unknown;
  readonly role?: unknown;
  readonly photo?: unknown;
  /** `undefined` or `null` when the attribute is absent; `''` says the photo adds nothing to the name. */
  readonly photoAlt?: unknown;
  readonly cite?: unknown;
  readonly source?: unknown;
}

/** The texts of a quote once every value is text or nothing. */
type QuoteTexts = Partial<Record<keyof QuoteAttributes, string>>;

export interface QuoteView {
  readonly author?: string;
  readonly role?: string;
  readonly photo?: { readonly src: string; readonly alt: string };
  /** The checked address of the source (`<blockquote cite>` and a visible link). */
  readonly cite?: string;
  /** The name of the source: « Conseil municipal du 26 mars 2026 ». */
  readonly source?: string;
}

const MAX_NAME = 120;
const MAX_ROLE = 200;

export function readQuoteAttributes(raw: QuoteAttributes): { view: QuoteView; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report: Report = (field, message, value) => problems.push(problem(field, message, value));
  const input: QuoteTexts = propertyTexts(raw, { author: 'author', role: 'author-role', photo: 'photo', photoAlt: 'photo-alt', cite: 'cite', source: 'source' }, problems);
  const author = readLabel(input.author, 'author', report, MAX_NAME);
  if (author === undefined) {
    report('author', 'Le nom de la personne citée (author) est absent : une citation dit toujours qui parle.', input.author);
  }
  const role = readLabel(input.role, 'role', report, MAX_ROLE);
  const cite = readHref(input.cite, 'cite', report);
  const source = readLabel(input.source, 'source', report, MAX_ROLE);
  const photo = readPhoto(input, report);
  return { view: { author, role, cite, source, photo }, problems };
}

function readPhoto(input: QuoteTexts, report: Report): QuoteView['photo'] {
  const src = readHref(input.photo ?? undefined, 'photo', report);
  if (src === undefined) return undefined;
  if (/^(mailto|tel):/i.test(src)) {
    report('photo', 'La photo doit être une adresse web (https:// ou relative) : elle n’est pas affichée.', src);
    return undefined;
  }
  if (input.photoAlt === undefined) {
    report(
      'photo-alt',
      'La photo n’a pas de texte de remplacement (photo-alt) : elle n’est pas affichée. Décrivez ce qu’elle montre, ou écrivez photo-alt="" si elle n’apporte rien au nom.',
      src,
    );
    return undefined;
  }
  return { src, alt: readLabel(input.photoAlt, 'photo-alt', report, MAX_ROLE) ?? '' };
}

/** The problem of a quote without words, found by the element (the words are in the page). */
export function emptyQuoteProblem(): InputProblem {
  return problem('texte', 'La citation est vide : écrivez les paroles dans l’élément, par exemple <p>…</p>.');
}
