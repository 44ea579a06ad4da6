/**
 * A small, strict XML reader for the subset that CAP 1.2 and Atom use: elements, attributes,
 * text, CDATA, comments, processing instructions, the five predefined entities and character
 * references. It works without `DOMParser`, so CAP parsing runs in Node, on the server and in
 * unit tests alike.
 *
 * Safety: it never fetches or evaluates anything. A DOCTYPE is skipped and its entity
 * declarations are NOT honoured (no external entities, no « billion laughs »); unknown entities
 * stay as literal text. Size, depth and element count are bounded.
 */

export interface XmlElement {
  /** The name without its namespace prefix (`cap:alert` → `alert`). */
  readonly name: string;
  /** The name as written. */
  readonly qualifiedName: string;
  /** Attributes by local name (`xml:lang` → `lang`). */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The direct text content (text and CDATA of this element, not of its children). */
  readonly text: string;
}

export interface XmlReadResult {
  readonly root?: XmlElement;
  /** French sentences; when `root` is absent the first one says why the document is unreadable. */
  readonly problems: readonly string[];
}

export const XML_LIMITS = { maxLength: 5_000_000, maxDepth: 64, maxElements: 50_000 } as const;

interface MutableElement {
  name: string;
  qualifiedName: string;
  attributes: Map<string, string>;
  children: MutableElement[];
  text: string;
}

const NAME = /[^\s/>=<"']+/y;
const WHITESPACE = /\s*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlSyntaxError extends Error {}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

/** Unknown entities met while reading: counted, not listed (a feed may hold hundreds of thousands). */
export interface EntityTally {
  count: number;
  /** The first one, as written, to show the author what to look for. */
  first: string;
}

/** Replaces entity and character references; unknown ones are kept as written and counted in `unknown`. */
export function decodeEntities(text: string, unknown?: EntityTally): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, reference: string) => {
    if (reference.startsWith('#')) {
      const code = reference[1] === 'x' || reference[1] === 'X' ? parseInt(reference.slice(2), 16) : parseInt(reference.slice(1), 10);
      const isValid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return isValid ? String.fromCodePoint(code) : '\uFFFD';
    }
    const known = PREDEFINED[reference];
    if (known !== undefined) return known;
    if (unknown !== undefined) {
      if (unknown.count === 0) unknown.first = whole;
      unknown.count += 1;
    }
    return whole;
  });
}

function matchAt(pattern: RegExp, source: string, index: number): string | undefined {
  pattern.lastIndex = index;
  const match = pattern.exec(source);
  return match === null || match[0] === '' ? undefined : match[0];
}

/** Reads `source` as XML. Never throws. */
export function readXml(source: unknown): XmlReadResult {
  if (typeof source !== 'string') return { problems: ["Le document XML doit être un texte."] };
  if (source.length > XML_LIMITS.maxLength) {
    return { problems: [`Le document XML dépasse ${XML_LIMITS.maxLength} caractères.`] };
  }
  const problems: string[] = [];
  const unknown: EntityTally = { count: 0, first: '' };
  const withEntities = () => (unknown.count === 0 ? problems : [...problems, unknownEntitiesMessage(unknown)]);
  try {
    const root = parse(source, problems, unknown);
    return { root, problems: withEntities() };
  } catch (error) {
    const reason = error instanceof XmlSyntaxError ? error.message : 'Document XML illisible.';
    return { problems: [reason, ...withEntities()] };
  }
}

/** One sentence for every unknown entity of a document, however many there are. */
function unknownEntitiesMessage({ count, first }: EntityTally): string {
  return count === 1
    ? `Entité inconnue « ${first} » laissée telle quelle.`
    : `${count} entités inconnues laissées telles quelles (la première : « ${first} »).`;
}

function parse(source: string, problems: string[], unknown: EntityTally): XmlElement {
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;
  let count = 0;
  let index = source.startsWith('\uFEFF') ? 1 : 0;

  function fail(message: string): never {
    throw new XmlSyntaxError(`XML invalide (position ${index}) : ${message}`);
  }
  const skipPast = (terminator: string, what: string): string => {
    const end = source.indexOf(terminator, index);
    if (end === -1) fail(`${what} non terminé.`);
    const content = source.slice(index, end);
    index = end + terminator.length;
    return content;
  };

  while (index < source.length) {
    const open = source.indexOf('<', index);
    const textEnd = open === -1 ? source.length : open;
    if (textEnd > index) {
      const raw = source.slice(index, textEnd);
      const current = stack[stack.length - 1];
      if (current === undefined) {
        if (raw.trim() !== '') fail('du texte se trouve hors de l’élément racine.');
      } else {
        current.text += decodeEntities(raw, unknown);
      }
      index = textEnd;
      if (open === -1) break;
    }

    if (source.startsWith('<!--', index)) {
      index += 4;
      skipPast('-->', 'Commentaire');
    } else if (source.startsWith('<![CDATA[', index)) {
      index += 9;
      const data = skipPast(']]>', 'Section CDATA');
      const current = stack[stack.length - 1];
      if (current === undefined) fail('section CDATA hors de l’élément racine.');
      else current.text += data;
    } else if (source.startsWith('<?', index)) {
      index += 2;
      skipPast('?>', 'Instruction de traitement');
    } else if (source.startsWith('<!DOCTYPE', index) || source.startsWith('<!doctype', index)) {
      skipDoctype();
      problems.push('La déclaration DOCTYPE est ignorée (ses entités ne sont pas lues).');
    } else if (source.startsWith('</', index)) {
      index += 2;
      const name = matchAt(NAME, source, index) ?? fail('balise fermante sans nom.');
      index += name.length;
      index += matchAt(WHITESPACE, source, index)?.length ?? 0;
      if (source[index] !== '>') fail(`balise fermante </${name}> mal formée.`);
      index += 1;
      const current = stack.pop();
      if (current === undefined) fail(`balise fermante </${name}> sans ouverture.`);
      else if (current.qualifiedName !== name) fail(`</${name}> ferme <${current.qualifiedName}>.`);
    } else {
      index += 1;
      const qualifiedName = matchAt(NAME, source, index) ?? fail('balise sans nom.');
      index += qualifiedName.length;
      const attributes = readAttributes();
      const selfClosing = source.startsWith('/>', index);
      if (!selfClosing && source[index] !== '>') fail(`balise <${qualifiedName}> mal formée.`);
      index += selfClosing ? 2 : 1;

      count += 1;
      if (count > XML_LIMITS.maxElements) fail(`plus de ${XML_LIMITS.maxElements} éléments.`);
      const element: MutableElement = { name: localName(qualifiedName), qualifiedName, attributes, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        if (root !== undefined) fail('plusieurs éléments racines.');
        root = element;
      } else {
        parent.children.push(element);
      }
      if (!selfClosing) {
        stack.push(element);
        if (stack.length > XML_LIMITS.maxDepth) fail(`imbrication de plus de ${XML_LIMITS.maxDepth} niveaux.`);
      }
    }
  }

  const unclosed = stack[stack.length - 1];
  if (unclosed !== undefined) fail(`<${unclosed.qualifiedName}> n'est pas fermé.`);
  if (root === undefined) fail('aucun élément.');
  return root;

  function readAttributes(): Map<string, string> {
    const attributes = new Map<string, string>();
    for (;;) {
      const space = matchAt(WHITESPACE, source, index)?.length ?? 0;
      index += space;
      const next = source[index];
      if (next === '>' || next === '/' || next === undefined) return attributes;
      if (space === 0) fail('attributs non séparés par une espace.');
      const name = matchAt(NAME, source, index) ?? fail('nom d’attribut attendu.');
      index += name.length;
      index += matchAt(WHITESPACE, source, index)?.length ?? 0;
      if (source[index] !== '=') fail(`l'attribut ${name} n'a pas de valeur.`);
      index += 1;
      index += matchAt(WHITESPACE, source, index)?.length ?? 0;
      const quote = source[index];
      if (quote !== '"' && quote !== "'") fail(`la valeur de ${name} doit être entre guillemets.`);
      index += 1;
      const value = skipPast(quote, `Attribut ${name}`);
      if (value.includes('<')) fail(`la valeur de ${name} contient « < ».`);
      // Namespace declarations are kept under their own name so a reader could check them.
      attributes.set(name.startsWith('xmlns') ? name : localName(name), decodeEntities(value, unknown));
    }
  }

  function skipDoctype(): void {
    // `<!DOCTYPE name [ ...internal subset... ]>`: skip to the `>` that is outside brackets.
    let depth = 0;
    for (let i = index; i < source.length; i++) {
      const char = source[i];
      if (char === '[') depth += 1;
      else if (char === ']') depth = Math.max(0, depth - 1);
      else if (char === '>' && depth === 0) {
        index = i + 1;
        return;
      }
    }
    fail('DOCTYPE non terminé.');
  }
}

/** Direct children named `name` (local name). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Trimmed text of the first child named `name`, or `undefined` when absent or empty. */
export function childText(element: XmlElement, name: string): string | undefined {
  const child = element.children.find((candidate) => candidate.name === name);
  const text = child?.text.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** Every element named `name` in document order, `element` included; matches are not searched inside. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [element];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.name === name) found.push(next);
    // One push per child: a spread of a very wide element would overflow the call stack.
    else for (const child of next.children.toReversed()) pending.push(child);
  }
  return found;
}

/**
 * The namespace of every element named `name`, resolved through the `xmlns` and `xmlns:prefix`
 * declarations on it and its ancestors; `undefined` where none is declared.
 */
export function namespacesOf(root: XmlElement, name: string): Map<XmlElement, string | undefined> {
  const found = new Map<XmlElement, string | undefined>();
  const pending: { element: XmlElement; scope: ReadonlyMap<string, string> }[] = [{ element: root, scope: new Map() }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { element } = next;
    let scope = next.scope;
    for (const [attribute, value] of element.attributes) {
      if (attribute !== 'xmlns' && !attribute.startsWith('xmlns:')) continue;
      if (scope === next.scope) scope = new Map(scope);
      (scope as Map<string, string>).set(attribute === 'xmlns' ? '' : attribute.slice('xmlns:'.length), value.trim());
    }
    if (element.name === name) {
      const colon = element.qualifiedName.indexOf(':');
      found.set(element, scope.get(colon === -1 ? '' : element.qualifiedName.slice(0, colon)));
    }
    for (const child of element.children) pending.push({ element: child, scope });
  }
  return found;
}
