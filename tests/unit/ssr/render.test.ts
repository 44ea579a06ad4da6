/**
 * Server rendering of every element (Node, no DOM): each element folder found in src/components
 * renders through `@ville-de-loos/ui/ssr` to declarative shadow DOM that contains the content a
 * resident must read without JavaScript. Expectations live in tests/fixtures/ssr/elements.ts.
 */
import { describe, expect, it } from 'vitest';
import { discoverElements, normaliseSpaces, readableText } from '../../fixtures/ssr/discover.js';
import { ssrExpectations, tagOf } from '../../fixtures/ssr/elements.js';
import { elementTemplate, html, renderElement, renderHtml, renderPage, renderToString } from '../../../src/ssr/index.js';

const elements = discoverElements();
const cases = Object.entries(ssrExpectations);

describe('server rendering: inventory', () => {
  it('finds the element folders', () => {
    expect(elements.map((element) => element.tag)).toContain('loos-official-banner');
  });

  it('has an SSR expectation for every element (tests/fixtures/ssr/elements.ts)', () => {
    const covered = new Set(cases.map(([key]) => tagOf(key)));
    const missing = elements.filter((element) => !covered.has(element.tag)).map((element) => element.tag);
    expect(missing, `Ajoutez une entrée pour : ${missing.join(', ')}`).toEqual([]);
  });

  it('has no expectation for an element that does not exist', () => {
    const tags = new Set(elements.map((element) => element.tag));
    expect(cases.map(([key]) => tagOf(key)).filter((tag) => !tags.has(tag))).toEqual([]);
  });

  it('the SSR entry registers every element (src/index.ts imports them all)', () => {
    const undefinedTags = elements.filter((element) => customElements.get(element.tag) === undefined).map((element) => element.tag);
    expect(undefinedTags, `Non enregistrés par src/index.ts : ${undefinedTags.join(', ')}`).toEqual([]);
  });
});

describe.each(cases)('server rendering of %s', (key, expectation) => {
  const tag = tagOf(key);

  it('renders declarative shadow DOM with its key content, without touching browser-only APIs', async () => {
    // Importing the module directly keeps this test meaningful even before src/index.ts lists the
    // element; a `document` or `localStorage` access during render throws here (Node has neither).
    const element = elements.find((candidate) => candidate.tag === tag);
    expect(element, `Pas de dossier src/components pour ${tag}`).toBeDefined();
    await import(/* @vite-ignore */ element!.source);
    const output = await renderElement(tag, expectation.input);
    expect(output).toMatch(new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    const text = readableText(output);
    for (const expected of expectation.expectedTexts) {
      expect(text).toContain(normaliseSpaces(expected));
    }
  });
});

describe('renderElement / renderPage', () => {
  it('escapes attribute values and text children instead of writing markup', async () => {
    const hostile = '"><script>alert(1)</script>';
    const output = await renderElement('loos-official-banner', { attributes: { organisation: hostile }, children: hostile });
    expect(output).not.toContain('<script>');
    expect(readableText(output)).toContain(hostile);
  });

  it('writes boolean attributes and sets properties', async () => {
    const output = await renderElement('loos-official-banner', { attributes: { expanded: true }, properties: { domain: 'exemple.fr' } });
    expect(output).toMatch(/<loos-official-banner[^>]*expanded/);
    expect(readableText(output)).toContain('« exemple.fr »');
  });

  it('refuses a tag or attribute name that could inject markup', () => {
    expect(() => elementTemplate('div onclick=alert(1)')).toThrow(/loos-/);
    expect(() => elementTemplate('script')).toThrow(TypeError);
    expect(() => elementTemplate('loos-official-banner', { attributes: { 'x onmouseover': 'a' } })).toThrow(TypeError);
    expect(() => elementTemplate('loos-official-banner', { properties: { 'a-b': 1 } })).toThrow(TypeError);
  });

  it('renders a full page that needs no script unless modules are given', async () => {
    const page = await renderPage({
      title: 'Travaux <rue> & trottoirs',
      body: html`<loos-official-banner></loos-official-banner>`,
      stylesheets: ['/ui/loos-ui.css'],
    });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<title>Travaux &lt;rue&gt; &amp; trottoirs</title>');
    expect(page).toContain('<link rel="stylesheet" href="/ui/loos-ui.css">');
    expect(page).not.toContain('<script');
    const hydrated = await renderPage({ title: 'x', body: html``, modules: ['/ui/loos-ui-hydrate.js?a="b"'], lang: 'en' });
    expect(hydrated).toContain('<script type="module" src="/ui/loos-ui-hydrate.js?a=&quot;b&quot;"></script>');
    expect(hydrated).toContain('<html lang="en">');
  });

  it('renders any template, e.g. elements inside page markup', async () => {
    const output = await renderToString(html`<main><h1>Actualités</h1><loos-official-banner></loos-official-banner></main>`);
    expect(readableText(output)).toMatch(/^Actualités .*Site officiel de la Ville de Loos/);
  });
});

describe('renderHtml', () => {
  it('server-renders the elements found in trusted page markup, keeping the rest as written', async () => {
    const output = await renderHtml('<header class="site"><loos-official-banner domain="loos.fr"></loos-official-banner></header><p>Fin</p>');
    expect(output).toMatch(/<header class="site"><loos-official-banner\s+domain="loos.fr"\s+lang="fr"\s+data-loos-ssr><template shadowroot="open" shadowrootmode="open">/);
    expect(readableText(output)).toMatch(/Site officiel de la Ville de Loos .* Fin$/);
  });
});
