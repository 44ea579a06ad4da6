/**
 * `@ville-de-loos/ui/ssr`: renders the city's elements to HTML on a server (Node ≥ 20), with
 * declarative shadow DOM, so a page reads before — and without — any JavaScript.
 *
 * ```js
 * import { html, renderPage } from '@ville-de-loos/ui/ssr';
 * const page = await renderPage({
 *   title: 'Coupure d'eau rue Pasteur',
 *   body: html`<loos-official-banner></loos-official-banner>…`,
 *   stylesheets: ['/ui/tokens.css'],
 *   modules: ['/ui/cdn/loos-ui-hydrate.js'],   // optional: hydrates the elements in the browser
 * });
 * ```
 *
 * Hydration (docs/ssr.md): the browser must load `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * BEFORE Lit, then the elements — `@ville-de-loos/ui/hydrate.js` or `dist/cdn/loos-ui-hydrate.js` do both.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { dataChild, dataChildrenTemplate, hasDataChild, type DataChild } from './data-children.js';
import { eventCardAttributes } from './event-card-attributes.js';
import { trustedTemplate } from './inline-data.js';
import { SERVER_LANG, serverElementRenderers } from './renderer.js';
// Registers every element in the server's custom element registry (the DOM shim of Lit's Node build).
import '../index.js';

export { html, nothing, SERVER_LANG };
export { styleSources } from './csp.js';

/** What `renderElement` puts on an element. Attribute values are escaped; properties are set on the instance. */
export interface ElementInput {
  /** HTML attributes, e.g. `{ level: 'alert' }`; `true` writes a boolean attribute, `false`/`null`/`undefined` omits it. */
  readonly attributes?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /**
   * JavaScript properties, e.g. `{ events: [...] }` — rich data that has no attribute form.
   * The data of `<loos-event-list>` (`events`), `<loos-budget-chart>` (`data`) and
   * `<loos-notice-feed>` (`notices`) is also written in the page as a `<script type="application/json">`
   * child, which the element reads in the browser before hydrating; the `event` of
   * `<loos-event-card>` is written as the card's attributes. Any other property exists on the
   * server only: the browser does not receive it (prefer an attribute).
   */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** Light DOM children: a Lit template (for slotted markup) or a text (escaped). */
  readonly children?: TemplateResult | string;
}

/** A page rendered by `renderPage`. */
export interface PageInput {
  /** Text of the `<title>` (escaped). */
  readonly title: string;
  /** Content of `<body>`: a Lit template using the elements. */
  readonly body: TemplateResult;
  /** Language of the page (`fr` by default). */
  readonly lang?: string;
  /** Stylesheet addresses, e.g. the token CSS (`dist/tokens/tokens.css` or `dist/cdn/loos-ui.css`). */
  readonly stylesheets?: readonly string[];
  /** Module scripts loaded at the end of the body, e.g. the hydrating bundle. Omit for a page without JavaScript. */
  readonly modules?: readonly string[];
}

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Renders any Lit template (elements included) to an HTML string with declarative shadow DOM.
 * Elements are rendered in French and say so with `lang="fr"` (see ./renderer.ts).
 */
export async function renderToString(template: unknown): Promise<string> {
  return collectResult(render(template, { elementRenderers: serverElementRenderers }));
}

/**
 * Builds a template for one element from plain data, so a server (or a CMS plugin) can render
 * `<loos-x>` without writing Lit syntax. Tag and attribute names are checked against a strict
 * pattern; values go through Lit bindings, so they are always escaped.
 */
export function elementTemplate(tag: string, input: ElementInput = {}): TemplateResult {
  if (!tag.startsWith('loos-') || !NAME.test(tag)) {
    throw new TypeError(`« ${tag} » n'est pas un nom d'élément de la bibliothèque (loos-…).`);
  }
  // A template strings array built by hand: each binding sits between two static strings.
  const strings: string[] = [`<${tag}`];
  const values: unknown[] = [];
  const bind = (staticText: string, value: unknown, closing: string): void => {
    strings.push(`${strings.pop() ?? ''}${staticText}`);
    values.push(value);
    strings.push(closing);
  };
  const { event, ...properties } = input.properties ?? {};
  // The card's event travels as its attribute form (./event-card-attributes.ts); the event wins, as in the element.
  const cardAttributes = tag === 'loos-event-card' && event != null ? eventCardAttributes(event) : undefined;
  const attributes = cardAttributes === undefined ? input.attributes : { ...input.attributes, ...cardAttributes };
  for (const [name, value] of Object.entries(attributes ?? {})) {
    checkName(name, 'attribut');
    if (value === false || value === null || value === undefined) continue;
    if (value === true) bind(` ?${name}=`, true, '');
    else bind(` ${name}="`, String(value), '"');
  }
  const dataChildren: DataChild[] = [];
  for (const [name, value] of Object.entries(cardAttributes === undefined ? (input.properties ?? {}) : properties)) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new TypeError(`« ${name} » n'est pas un nom de propriété valide.`);
    if (hasDataChild(tag, name) && value !== undefined && value !== null) {
      const data = dataChild(tag, value);
      dataChildren.push(data.child);
      bind(` .${name}=`, data.serverValue, '');
    } else {
      bind(` .${name}=`, value, '');
    }
  }
  // Everything the caller gives is escaped by Lit, but for the data children (see dataChildrenTemplate).
  const children = dataChildren.length === 0 ? (input.children ?? nothing) : html`${dataChildrenTemplate(dataChildren)}${input.children ?? nothing}`;
  bind('>', children, `</${tag}>`);
  const templateStrings = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
  return html(templateStrings, ...values);
}

function checkName(name: string, kind: string): void {
  if (!NAME.test(name)) throw new TypeError(`« ${name} » n'est pas un nom d'${kind} valide.`);
}

/**
 * Renders TRUSTED markup — the HTML of your own page template or CMS block, never text typed by a
 * visitor — with every `<loos-…>` in it server-rendered: `await renderHtml('<loos-notice …>…</loos-notice>')`.
 * The markup is output as written, but for the data the elements read from their children, which
 * Lit's server cannot see: a budget chart's `<script>` (JSON or SCDL CSV) or `<table>`, an agenda's
 * `<script>` or `<ul>`, a feed's `<script>`, an event card's heading, a key figure's text are read
 * here (./inline-data.ts), so that those elements are rendered with their content too.
 */
export async function renderHtml(trustedMarkup: string): Promise<string> {
  return renderToString(trustedTemplate(trustedMarkup, elementTemplate));
}

/** Renders one element to HTML: `await renderElement('loos-official-banner', { attributes: { domain: 'loos.fr' } })`. */
export async function renderElement(tag: string, input: ElementInput = {}): Promise<string> {
  return renderToString(elementTemplate(tag, input));
}

/**
 * Renders a whole HTML document. Without `modules` the page works without JavaScript: the
 * declarative shadow DOM carries each element's content and styles.
 */
export async function renderPage(page: PageInput): Promise<string> {
  const lang = page.lang ?? 'fr';
  checkName(lang.toLowerCase(), 'langue');
  const links = (page.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`);
  const scripts = (page.modules ?? []).map((src) => `<script type="module" src="${escapeAttribute(src)}"></script>`);
  const body = await renderToString(page.body);
  return [
    '<!doctype html>',
    `<html lang="${escapeAttribute(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(page.title)}</title>`,
    ...links,
    '</head>',
    '<body>',
    body,
    ...scripts,
    '</body>',
    '</html>',
  ].join('\n');
}

function escapeText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replaceAll('"', '&quot;');
}
