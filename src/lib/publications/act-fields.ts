/**
 * An act written in the page as `<loos-act>`: its attributes hold the data, and the link inside it —
 * what a resident reads and follows without JavaScript — gives the title and the document's address
 * when the attributes do not. The same record feeds `readActs`, for one act or a whole list.
 */
import type { InputProblem } from '../invalid.js';
import { readActs, type OfficialAct } from './acts.js';

/** The attributes of `<loos-act>`, as written (absent: `undefined`). */
export interface ActAttributes {
  readonly type?: string | null;
  readonly number?: string | null;
  readonly actTitle?: string | null;
  readonly signed?: string | null;
  readonly published?: string | null;
  readonly transmitted?: string | null;
  readonly category?: string | null;
  readonly document?: string | null;
  readonly format?: string | null;
  readonly size?: string | number | null;
  /** The text and address of the link written inside the element. */
  readonly linkText?: string;
  readonly linkHref?: string | null;
}

const given = <T>(value: T | null | undefined): T | undefined => (value === null || value === '' ? undefined : value);

/** The record `readActs` reads, from the attributes and the link. */
export function actRecord(attributes: ActAttributes): Record<string, unknown> {
  const size = given(attributes.size);
  return {
    type: given(attributes.type),
    number: given(attributes.number),
    title: given(attributes.actTitle) ?? given(attributes.linkText),
    signed: given(attributes.signed),
    published: given(attributes.published),
    transmitted: given(attributes.transmitted),
    category: given(attributes.category),
    document: {
      href: given(attributes.document) ?? given(attributes.linkHref),
      format: given(attributes.format),
      // « 245760 » in an attribute is a number of bytes; anything else stays text and is reported.
      size: typeof size === 'string' && /^\s*\d+\s*$/.test(size) ? Number(size) : size,
    },
  };
}

/** Field names of the model, as the author wrote them on `<loos-act>`. */
const ATTRIBUTE_OF: Readonly<Record<string, string>> = { title: 'act-title', 'document.href': 'document', 'document.format': 'format', 'document.size': 'size', '': 'act' };

/** One act from its attributes, with the problems named by attribute (`act-title`, `document`). */
export function readActAttributes(attributes: ActAttributes): { act?: OfficialAct; problems: InputProblem[] } {
  const { acts, problems } = readActs([actRecord(attributes)]);
  return {
    act: acts[0],
    problems: problems.map((found) => {
      const field = found.field.replace(/^acts\[0\]\.?/, '');
      return { ...found, field: ATTRIBUTE_OF[field] ?? field };
    }),
  };
}

/** The attributes of a `<loos-act>` in the page (browser only: it reads the DOM). */
export function attributesOfActElement(element: Element): ActAttributes {
  const link = element.querySelector('a[href]');
  const read = (name: string) => element.getAttribute(name);
  return {
    type: read('type'),
    number: read('number'),
    actTitle: read('act-title'),
    signed: read('signed'),
    published: read('published'),
    transmitted: read('transmitted'),
    category: read('category'),
    document: read('document'),
    format: read('format'),
    size: read('size'),
    linkText: (link ?? element).textContent.replace(/\s+/g, ' ').trim(),
    linkHref: link?.getAttribute('href'),
  };
}
