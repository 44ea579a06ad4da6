/**
 * What a server-rendered page must add to its `style-src` under a strict Content-Security-Policy.
 * Declarative shadow roots carry each element's styles in a `<style>` element, which
 * `style-src 'self'` refuses; the bars of a chart carry their size in a `style` attribute, which it
 * refuses too. A hash allows exactly one text, so the page stays closed to any other style.
 *
 * The `<style>` of an element is the same on every page for one version of the library: its hash
 * can be cached with the page. The bar sizes depend on the data: a page with charts must compute
 * its list from its own HTML (or let hydration set the sizes, through the CSSOM, which the policy
 * allows — the bars then appear with JavaScript only).
 */
import { createHash } from 'node:crypto';

const STYLE_ELEMENT = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The sources to append to `style-src` for `html` (a page or a fragment rendered by this module):
 * one `'sha256-…'` per distinct `<style>` text and, when the HTML has `style` attributes,
 * `'unsafe-hashes'` followed by one hash per distinct attribute value (`'unsafe-hashes'` lets
 * through only the attribute texts whose hash is listed, never a `<style>` or a script).
 *
 * ```js
 * const page = await renderPage({ … });
 * response.setHeader('Content-Security-Policy',
 *   `default-src 'self'; style-src 'self' ${styleSources(page).join(' ')}; …`);
 * ```
 */
export function styleSources(html: string): string[] {
  const elements = new Set([...html.matchAll(STYLE_ELEMENT)].map((match) => hashSource(match[1] ?? '')));
  const decode = (value: string) => value.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
  const attributes = new Set([...html.matchAll(STYLE_ATTRIBUTE)].map((match) => hashSource(decode(match[1] ?? ''))));
  return [...elements, ...(attributes.size === 0 ? [] : ["'unsafe-hashes'", ...attributes])];
}
