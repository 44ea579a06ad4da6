/**
 * A quote: the words of a resident or an elected official, who said them and in what role, an
 * optional photo of the person and the source. Pure: from the attributes as written to what the
 * element shows, plus the problems an author can act on. The words themselves stay in the page
 * (light DOM), so they are read without JavaScript.
 */
import { problem, type InputProblem } from '../invalid.js';
import { readHref, readLabel, type Report } from '../services/fields.js';

export interface QuoteAttributes {
  readonly author?: string | null;
  readonly role?: string | null;
  readonly photo?: string | null;
  /** `undefined` or `null` when the attribute is absent; `''` says the photo adds nothing to the name. */
  readonly photoAlt?: string | null;
  readonly cite?: string | null;
  readonly source?: string | null;
}

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

export function readQuoteAttributes(input: QuoteAttributes): { view: QuoteView; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report: Report = (field, message, value) => problems.push(problem(field, message, value));
  const author = readLabel(input.author ?? undefined, 'author', report, MAX_NAME);
  if (author === undefined) {
    report('author', 'Le nom de la personne citée (author) est absent : une citation dit toujours qui parle.', input.author ?? undefined);
  }
  const role = readLabel(input.role ?? undefined, 'role', report, MAX_ROLE);
  const cite = readHref(input.cite ?? undefined, 'cite', report);
  const source = readLabel(input.source ?? undefined, 'source', report, MAX_ROLE);
  const photo = readPhoto(input, report);
  return { view: { author, role, cite, source, photo }, problems };
}

function readPhoto(input: QuoteAttributes, report: Report): QuoteView['photo'] {
  const src = readHref(input.photo ?? undefined, 'photo', report);
  if (src === undefined) return undefined;
  if (/^(mailto|tel):/i.test(src)) {
    report('photo', 'La photo doit être une adresse web (https:// ou relative) : elle n’est pas affichée.', src);
    return undefined;
  }
  if (input.photoAlt === undefined || input.photoAlt === null) {
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
