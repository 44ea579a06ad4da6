/**
 * `renderHtml` renders the data elements from the data written in the page — a `<script>` child
 * (JSON, SCDL CSV), a budget `<table>`, an agenda `<ul>`, a feed's inline notices — and the
 * content other elements read from their light DOM (an event card's heading, a key figure's text),
 * so that a resident without JavaScript reads them. Whatever would be rendered differently by the
 * browser, or carries problems to report, is left to the browser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseSpaces, readableText } from '../../fixtures/ssr/discover.js';
import { renderHtml } from '../../../src/ssr/index.js';

const SERVER_RENDERED = /<template shadowroot="open" shadowrootmode="open">/;
const text = (output: string): string => normaliseSpaces(readableText(output));
/** The light DOM of the host, the server's shadow root removed: what the browser reads at hydration. */
const light = (output: string): string => output.replace(/<template shadowroot[\s\S]*<\/template>/, '');

const BUDGET = JSON.stringify({
  year: 2026,
  stage: 'budget primitif',
  section: 'fonctionnement',
  flow: 'dépenses',
  source: 'Délibération n° 2026-014',
  lines: [
    { label: 'Enseignement et formation', amount: 6850000 },
    { label: 'Sécurité', amount: 1240000 },
  ],
});

describe('renderHtml: data written in the page', () => {
  it('renders a budget chart from its JSON script child, once (no second child written)', async () => {
    const output = await renderHtml(`<loos-budget-chart heading="Où vont vos impôts ?"><script type="application/json">${BUDGET}</script></loos-budget-chart>`);
    expect(output).toMatch(SERVER_RENDERED);
    expect(text(output)).toContain('Enseignement et formation');
    expect(light(output).match(/<script type="application\/json">/g)).toHaveLength(1);
  });

  it('renders a budget chart from an SCDL CSV child at once (the browser loads that reader only on demand), with the source attribute', async () => {
    const csv = readFileSync('tests/fixtures/budget/loos-2026-scdl.csv', 'utf8');
    const output = await renderHtml(`<loos-budget-chart source="Délibération n° 2026-014"><script type="text/csv">${csv}</script></loos-budget-chart>`);
    expect(output).toMatch(SERVER_RENDERED);
    const rendered = text(output);
    expect(rendered).not.toContain('Chargement');
    expect(rendered).toContain('Enseignement et formation');
    expect(rendered).toContain('Délibération n° 2026-014');
    // The browser hydrates from the budget as read, written as JSON in place of the CSV.
    expect(light(output)).not.toContain('text/csv');
  });

  it('renders a budget chart from a <table> child, the caption as heading, the French amounts read', async () => {
    const output = await renderHtml(`<loos-budget-chart source="Délibération n° 2026-014">
      <table><caption>Dépenses de fonctionnement du budget primitif 2026</caption>
        <thead><tr><th>Politique</th><th>2026</th></tr></thead>
        <tbody><tr><th>Enseignement &amp; formation</th><td>6&#8239;850&#8239;000 €</td></tr><tr><th>Sécurité</th><td>1,24 M€</td></tr></tbody>
      </table></loos-budget-chart>`);
    expect(output).toMatch(SERVER_RENDERED);
    const rendered = text(output);
    expect(rendered).toContain('Dépenses de fonctionnement du budget primitif 2026');
    expect(rendered).toContain('Enseignement & formation');
    expect(output).toContain('heading="Dépenses de fonctionnement du budget primitif 2026"');
    // The table stays in the page: it is what a browser without shadow DOM support shows.
    expect(light(output)).toContain('<table>');
  });

  it('leaves a table with an unreadable cell to the browser, which reports it', async () => {
    const output = await renderHtml(`<loos-budget-chart><table><caption>Budget primitif 2026</caption><tr><th>Poste</th><th>Montant</th></tr><tr><td>Voirie</td><td>beaucoup</td></tr></table></loos-budget-chart>`);
    expect(output).not.toMatch(SERVER_RENDERED);
    expect(output).toContain('<td>beaucoup</td>');
  });

  it('renders an agenda from its JSON script child', async () => {
    const events = [{ id: 'conseil', title: 'Conseil municipal', start: '2026-12-15T18:00', location: { name: 'Hôtel de ville', city: 'Loos' } }];
    const output = await renderHtml(`<loos-event-list now="2026-12-01T09:00"><script type="application/json">${JSON.stringify(events)}</script></loos-event-list>`);
    expect(output).toMatch(SERVER_RENDERED);
    expect(text(output)).toContain('Conseil municipal');
    expect(text(output)).toContain('Décembre 2026');
  });

  it('renders an agenda from a <ul> of event cards and plain event markup', async () => {
    const output = await renderHtml(`<loos-event-list now="2026-12-01T09:00"><ul>
      <li><loos-event-card event-id="conseil" start="2026-12-15T18:00" location-name="Hôtel de ville"><h3><a href="https://www.loos.fr/conseil">Conseil municipal</a></h3></loos-event-card></li>
      <li id="voeux"><h3>Vœux du maire</h3><p><time datetime="2027-01-09T11:00">9 janvier</time> · <span data-location>Salle Pierre de Coubertin</span></p></li>
    </ul></loos-event-list>`);
    expect(output).toMatch(SERVER_RENDERED);
    const rendered = text(output);
    expect(rendered).toContain('Janvier 2027');
    expect(rendered).toContain('Salle Pierre de Coubertin');
  });

  it('renders an English item of a <ul> agenda with lang="en" on its title and description, as the browser does', async () => {
    const output = await renderHtml(`<loos-event-list now="2026-12-01T09:00"><ul>
      <li lang="en"><h3>Quiz night</h3><p><time datetime="2026-12-12T20:30">12 December</time> · <span data-description>Teams of four, at the library.</span></p></li>
    </ul></loos-event-list>`);
    expect(output).toMatch(SERVER_RENDERED);
    // Lit's hydration markers left out: what a browser without JavaScript reads.
    const markup = output.replace(/<!--[\s\S]*?-->/g, '');
    expect(markup).toContain('<span lang="en">Quiz night</span>');
    expect(markup).toMatch(/<p class="description" lang="en">Teams of four, at the library\./);
  });

  it('renders a feed from its inline notices', async () => {
    const notices = { notices: [{ id: 'eau', level: 'warning', heading: 'Coupure d’eau rue Foch', message: 'Samedi matin.', published: '2026-03-12' }] };
    const output = await renderHtml(`<loos-notice-feed><script type="application/json">${JSON.stringify(notices)}</script></loos-notice-feed>`);
    expect(output).toMatch(SERVER_RENDERED);
    expect(text(output)).toContain('Coupure d’eau rue Foch');
    expect(text(output)).toContain('Vigilance');
  });

  it('leaves a feed with a src, and a chart with a previous year in a second child, to the browser', async () => {
    expect(await renderHtml(`<loos-notice-feed src="/avis.json"></loos-notice-feed>`)).not.toContain('application/json');
    const previous = await renderHtml(`<loos-budget-chart type="comparison"><script type="application/json">${BUDGET}</script><script type="application/json" data-previous>${BUDGET}</script></loos-budget-chart>`);
    expect(previous).not.toMatch(SERVER_RENDERED);
  });

  it('renders an event card titled by its heading', async () => {
    const output = await renderHtml(`<loos-event-card start="2026-12-12T10:00" location-name="Place de la République"><h3>Marché de Noël</h3></loos-event-card>`);
    expect(output).toMatch(SERVER_RENDERED);
    expect(output).toContain('event-title="Marché de Noël"');
    expect(text(output)).toContain('samedi 12 décembre 2026');
  });

  it('renders a key figure written as text, its slotted lines given as the slots’ fallback', async () => {
    const output = await renderHtml(`<loos-key-figure previous="27600000">28,4 M€ <span slot="label">Dépenses de fonctionnement</span> <span slot="period">budget primitif 2026</span></loos-key-figure>`);
    expect(output).toMatch(SERVER_RENDERED);
    expect(output).toContain('value="28400000"');
    expect(output).toContain('label="Dépenses de fonctionnement"');
    const rendered = text(output);
    expect(rendered).toContain("28,4 millions d'euros");
    expect(rendered).toContain('en hausse');
  });

  it('renders every element of examples/cms.html on the server, but those whose content is the page’s own HTML', async () => {
    const page = readFileSync('examples/cms.html', 'utf8');
    const body = (/<body[^>]*>([\s\S]*)<\/body>/.exec(page)?.[1] ?? '').replace(/<script type="module"[^>]*><\/script>/g, '');
    const output = await renderHtml(body);
    // The démarches and services enhance the page's HTML (links, address, table), which reads as is;
    // so does a list of acts the CMS wrote as a list (each act in it is rendered on the server).
    const enhancers = ['loos-service-tiles', 'loos-contact-card', 'loos-procedure', 'loos-act-list'];
    const tags = [...new Set([...body.matchAll(/<(loos-[a-z-]+)/g)].map((match) => match[1]!))].filter((tag) => !enhancers.includes(tag));
    const notRendered = tags.filter((tag) => !new RegExp(`<${tag}\\b[^>]*data-loos-ssr[^>]*><template shadowroot`).test(output));
    expect(notRendered).toEqual([]);
    // The site frame's and the forms' light-DOM enhancers are rendered too: a shadow root with one slot,
    // around the page’s HTML. The page uses every element of the library (its e2e test checks it): 25 less the 4 above.
    expect(tags).toHaveLength(21);
  });
});
