/**
 * The server renders in French, and says so, so that the browser hydrates in French too
 * (docs/ssr.md, « Langue »).
 */
import { describe, expect, it } from 'vitest';
import { readableText } from '../../fixtures/ssr/discover.js';
import { html, renderElement, renderPage, renderToString } from '../../../src/ssr/index.js';

const DSD = '<template shadowroot="open" shadowrootmode="open">';

describe('language of server rendering', () => {
  it('marks an element without lang as French, the language it is rendered in', async () => {
    const output = await renderElement('loos-official-banner');
    expect(output).toMatch(new RegExp(`<loos-official-banner lang="fr" data-loos-ssr>${DSD}`));
  });

  it('marks the elements of an English page as French, since their content is French', async () => {
    const page = await renderPage({ title: 'Notices', lang: 'en', body: html`<loos-official-banner></loos-official-banner>` });
    expect(page).toContain('<html lang="en">');
    expect(page).toMatch(/<loos-official-banner lang="fr" data-loos-ssr>/);
    expect(readableText(page)).toContain('Site officiel de la Ville de Loos');
  });

  it('renders an element whose own lang is a French variant', async () => {
    expect(await renderElement('loos-official-banner', { attributes: { lang: 'fr-BE' } })).toMatch(new RegExp(`lang="fr-BE" data-loos-ssr>${DSD}`));
  });

  it('leaves an element asked in another language to the browser: no French shadow root', async () => {
    const output = await renderElement('loos-official-banner', { attributes: { lang: 'en' }, children: html`<p>Official website of Loos</p>` });
    expect(output).not.toContain('<template shadowroot');
    // Not marked as server-rendered: elements.css keeps its place until the browser renders it.
    expect(output).not.toContain('data-loos-ssr');
    expect(readableText(output)).toBe('Official website of Loos');
  });

  it('marks nested elements too (the notices inside a feed)', async () => {
    const output = await renderToString(
      html`<loos-notice-feed .notices=${[{ id: 'a', level: 'info', heading: 'Marché', message: 'Place Leclerc.', published: '2026-03-10' }]}></loos-notice-feed>`,
    );
    expect(output).toMatch(/<loos-notice[^>]* lang="fr"[^>]*>/);
  });

  it('does not touch elements that are not the library’s', async () => {
    expect(await renderToString(html`<p><span>Loos</span></p>`)).not.toContain('lang=');
  });
});
