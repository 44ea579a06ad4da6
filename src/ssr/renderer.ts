/**
 * The element renderer of the library's server rendering: Lit's, plus two rules that keep the
 * browser's first (hydrating) render identical to the server's — Lit hydrates without comparing
 * texts, so a different first render would leave the server's texts on screen for good, and a
 * different template would fail (« Hydration value mismatch »). Applied to every `<loos-…>`
 * element, nested ones included (docs/ssr.md).
 *
 * Language. An element picks its language in `connectedCallback`, from the closest `lang`; the
 * server never calls it, so every element is rendered in French. Hence:
 * - without its own `lang`, the element gets `lang="fr"`: it is hydrated in French, and its
 *   French content is announced as French in a page in another language (WCAG 3.1.2);
 * - with its own `lang` in another language (`lang="en"`), the server does not render its shadow
 *   root: the browser renders it in that language (only its light DOM shows without JavaScript).
 *
 * Data. An element whose data only the browser can read (a hand-written data child that
 * `renderHtml` could not read, see ./data-children.ts and ./inline-data.ts) is left to the browser too.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import { toLocale } from '../lib/i18n.js';
import { dataOnlyInBrowser } from './data-children.js';

/** The language of the HTML that the server writes for an element. */
export const SERVER_LANG = 'fr';

/**
 * Marks an element whose shadow root the server wrote. The pre-upgrade styles (elements.css)
 * skip such elements: their content is already laid out by the declarative shadow DOM, and
 * styling their light DOM as well would make the page jump at hydration.
 */
export const SERVER_RENDERED_ATTRIBUTE = 'data-loos-ssr';

class LoosElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement, tagName?: string): boolean {
    return tagName?.startsWith('loos-') === true && LitElementRenderer.matchesClass(ctor);
  }

  /** The element asked for a language the server cannot render, or has data only the browser reads. */
  private browserOnly = false;

  // Runs once the element has all its attributes, just before they are written out.
  override connectedCallback(): void {
    const lang = this.element.getAttribute('lang');
    if (lang === null) this.element.setAttribute('lang', SERVER_LANG);
    else this.browserOnly = toLocale(lang) !== toLocale(SERVER_LANG);
    this.browserOnly ||= dataOnlyInBrowser(this.tagName, this.element);
    if (!this.browserOnly) this.element.setAttribute(SERVER_RENDERED_ATTRIBUTE, '');
    super.connectedCallback();
  }

  override renderShadow(renderInfo: Parameters<LitElementRenderer['renderShadow']>[0]): ReturnType<LitElementRenderer['renderShadow']> {
    return this.browserOnly ? undefined : super.renderShadow(renderInfo);
  }
}

/** Element renderers for `render()`: ours for the library's elements, Lit's for any other. */
export const serverElementRenderers = [LoosElementRenderer, LitElementRenderer];
