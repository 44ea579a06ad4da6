/**
 * Rich data that an element is rendered from on the server must reach the browser too, or the
 * first (hydrating) render in the browser would see no data and no longer match the server's HTML
 * (Lit: « Hydration value mismatch »). The elements below already read a `<script>` child in
 * `connectedCallback`, before their first render; `renderElement` writes that child for them.
 */
import type { DirectiveResult } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { isJsonText } from '../lib/budget/load.js';
import { dataSourceOf } from '../lib/data-sources.js';

/** The data child of an element: a `<script>` of this type holding this text. */
export interface DataChild {
  readonly type: 'application/json' | 'text/csv';
  readonly text: string;
}

/**
 * Whether the server has nothing to render `element` from: an element of the table without its
 * data property and without `src`. Its data, if any, is a child written by hand (`renderHtml`),
 * which the server cannot read (Lit's server DOM has no children) but the browser will: a server
 * rendering would then not match. The browser renders such an element alone.
 */
export function dataOnlyInBrowser(tag: string, element: HTMLElement): boolean {
  const form = dataSourceOf(tag);
  if (form === undefined || element.hasAttribute('src')) return false;
  return (element as unknown as Record<string, unknown>)[form.property] == null;
}

/** Whether `property` of `tag` travels to the browser as a script child. */
export function hasDataChild(tag: string, property: string): boolean {
  return dataSourceOf(tag)?.property === property;
}

/**
 * The script child for a property value, and the value the server must render from: the one the
 * browser will read back (a JSON round trip turns a `Date` into its ISO text, drops `undefined`…),
 * so that both renders see exactly the same data.
 */
export function dataChild(tag: string, value: unknown): { readonly child: DataChild; readonly serverValue: unknown } {
  const form = dataSourceOf(tag);
  if (form === undefined) throw new TypeError(`${tag} n'a pas de données sous forme de <script>.`);
  // The budget chart also takes the text of a file (JSON or SCDL CSV): it travels as written.
  if (typeof value === 'string' && tag === 'loos-budget-chart') {
    const child: DataChild = isJsonText(value) ? { type: 'application/json', text: jsonForScript(value) } : { type: 'text/csv', text: csvForScript(value) };
    return { child, serverValue: value };
  }
  const own = toJson(value);
  const text = toJson(form.document === undefined ? value : form.document(value));
  if (own === undefined || text === undefined) {
    throw new TypeError(`La propriété ${form.property} de <${tag}> doit être une donnée JSON (objets, listes, textes, nombres).`);
  }
  return { child: { type: 'application/json', text: jsonForScript(text) }, serverValue: JSON.parse(own) };
}

/** JSON text of a value; `undefined` for what JSON cannot hold (a function, a cycle, a BigInt). */
function toJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * JSON text that no HTML parser can end early: `</script>` and `<!--` both begin with `<`,
 * which JSON allows only inside strings, where `\u003c` means the same character.
 */
export function jsonForScript(json: string): string {
  return json.replaceAll('<', '\\u003c');
}

/** CSV cannot escape `<`: a text that would end or disturb the script is refused. */
function csvForScript(csv: string): string {
  if (/<\/script|<!--/i.test(csv)) {
    throw new TypeError('Ce CSV contient « </script » ou « <!-- » : il ne peut pas être écrit dans la page ; donnez le budget en JSON.');
  }
  return csv;
}

/**
 * The data children as a template part. Lit cannot bind inside `<script>` (a raw-text element), so
 * the children are written as markup, the one place the SSR entry uses `unsafeHTML`. It is safe
 * because nothing in it comes unchecked from the caller: the type is one of two constants, and the
 * text went through `jsonForScript` (every `<` escaped) or `csvForScript` (refused if it could end
 * the script). tests/unit/ssr/data-children.test.ts feeds it `</script><script>alert(1)` and `<!--`.
 */
export function dataChildrenTemplate(children: readonly DataChild[]): DirectiveResult {
  return unsafeHTML(children.map((child) => `<script type="${child.type}">${child.text}</script>`).join(''));
}
