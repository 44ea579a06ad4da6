/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/notice-feed/notice-feed.js';
import { manualClock } from '../src/lib/notices/clock.js';
import { saveFeedCache } from '../src/lib/notices/feed-source.js';
import { parseJsonFeed } from '../src/lib/notices/json-feed.js';
import capAtom from '../tests/fixtures/notices/cap-atom.xml?raw';
import capCancel from '../tests/fixtures/notices/cap-cancel.xml?raw';
import capHeadlineOnly from '../tests/fixtures/notices/cap-headline-only.xml?raw';
import capRss from '../tests/fixtures/notices/cap-rss.xml?raw';
import valid from '../tests/fixtures/notices/notices-valid.json?raw';
import partlyInvalid from '../tests/fixtures/notices/notices-partly-invalid.json?raw';

/** Stories show the feeds « as of » 14 March 2026, 10:00 in Loos, and serve the fixtures themselves. */
const NOW = Date.parse('2026-03-14T10:00:00+01:00');

type Fetcher = typeof globalThis.fetch;
const serve =
  (body: string, type: string): Fetcher =>
  () =>
    Promise.resolve(new Response(body, { headers: { 'content-type': type } }));
const offline: Fetcher = () => Promise.reject(new TypeError('Failed to fetch'));

interface FeedArgs {
  src: string;
  max?: number;
  fetcher: Fetcher;
}

const meta: Meta<FeedArgs> = {
  title: 'Composants/Fil des avis officiels',
  component: 'loos-notice-feed',
  args: { src: '/avis.json', fetcher: serve(valid, 'application/json') },
  argTypes: {
    src: { description: 'Adresse du flux (JSON de la bibliothèque ou CAP 1.2).' },
    max: { description: 'Nombre d’avis affichés au plus.' },
    fetcher: { table: { disable: true } },
  },
  render: ({ src, max, fetcher }) =>
    html`<loos-notice-feed src=${src} max=${max ?? nothing} .fetcher=${fetcher} .clock=${manualClock(NOW)}></loos-notice-feed>`,
  // Wait for the feed's answer, so that the accessibility check sees the notices, not « Chargement ».
  play: async ({ canvasElement }) => {
    const feed = canvasElement.querySelector('loos-notice-feed')!;
    // The CAP and RSS readers are loaded on demand: the first story that needs one waits for the
    // module too, which takes more than waitFor's default second on a busy two-core machine.
    await waitFor(() => expect(feed.state).not.toBe('loading'), { timeout: 10_000 });
    await feed.updateComplete;
  },
  parameters: {
    docs: {
      description: {
        component:
          'Les avis en cours, lus dans un flux (JSON de la bibliothèque ou CAP 1.2) : alertes d’abord, puis vigilances, puis informations, les plus récents en premier. En cas de panne du flux, les derniers avis reçus restent affichés avec leur date.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FeedArgs>;

export const FluxJson: Story = {
  name: 'Flux JSON',
  play: async ({ canvasElement }) => {
    const feed = canvasElement.querySelector('loos-notice-feed')!;
    await waitFor(() => expect(feed.state).toBe('ready'));
    await expect(feed.shownNotices.map((n) => n.level)).toEqual(['alert', 'warning', 'info', 'info']);
  },
};

export const FluxJsonDeuxAvis: Story = { name: 'Flux JSON, deux avis au plus', args: { max: 2 } };

export const FluxCap: Story = { name: 'Flux CAP 1.2 (Atom, en français)', args: { src: '/alertes.atom', fetcher: serve(capAtom, 'application/atom+xml') } };

export const FluxCapAnnulation: Story = {
  name: 'Flux CAP avec une annulation',
  args: { src: '/alertes-annulation.atom', fetcher: serve(capCancel, 'application/atom+xml') },
};

export const AlerteCapTitreSeul: Story = {
  name: 'Alerte CAP extrême réduite à son titre',
  parameters: {
    docs: {
      description: {
        story: 'CAP 1.2 rend `description` facultative : une alerte qui n’a qu’un titre est affichée, son titre servant de message.',
      },
    },
  },
  args: { src: '/alerte-crue.xml', fetcher: serve(capHeadlineOnly, 'application/cap+xml') },
};

export const FluxRss: Story = {
  name: 'Flux RSS d’alertes (alerte intégrée et lien vers un fichier CAP)',
  parameters: { expectInvalid: true },
  args: { src: '/alertes.rss', fetcher: serve(capRss, 'application/rss+xml') },
};

export const EntreesInvalides: Story = {
  name: 'Flux en partie invalide',
  parameters: { expectInvalid: true },
  args: { src: '/avis-partiel.json', fetcher: serve(partlyInvalid, 'application/json') },
};

export const Perime: Story = {
  name: 'État « stale » (flux injoignable, derniers avis gardés)',
  args: { src: '/stories/avis-hors-ligne.json', fetcher: offline },
  render: (args, context) => {
    // The copy a previous visit left in localStorage.
    saveFeedCache(localStorage, args.src, { savedAt: new Date(NOW - 45 * 60_000), notices: parseJsonFeed(valid).notices });
    return meta.render!(args, context);
  },
  play: async ({ canvasElement }) => {
    const feed = canvasElement.querySelector('loos-notice-feed')!;
    await waitFor(() => expect(feed.state).toBe('stale'));
  },
};

export const Erreur: Story = {
  name: 'État « error » (flux en panne, rien à montrer)',
  parameters: { expectInvalid: true },
  args: { src: '/stories/avis-en-panne.json', fetcher: serve('Erreur interne', 'text/plain') },
  render: (args, context) => {
    localStorage.removeItem(`loos-notice-feed:${args.src}`);
    return meta.render!(args, context);
  },
  play: async ({ canvasElement }) => {
    const feed = canvasElement.querySelector('loos-notice-feed')!;
    await waitFor(() => expect(feed.state).toBe('error'));
  },
};

export const AvisDansLaPage: Story = {
  name: 'Avis écrits dans la page (JSON enfant, sans flux)',
  // The form that server rendering writes (docs/ssr.md): the feed's JSON in a script child,
  // read before the first render; no `src`, so nothing is requested.
  render: () => {
    const feed = document.createElement('loos-notice-feed');
    feed.clock = manualClock(NOW);
    feed.fetcher = () => Promise.reject(new Error('Aucune requête attendue'));
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = valid;
    feed.append(data);
    return feed;
  },
  play: async ({ canvasElement }) => {
    const feed = canvasElement.querySelector('loos-notice-feed')!;
    await feed.updateComplete;
    await expect(feed.state).toBe('ready');
    await expect(feed.shownNotices.map((n) => n.id)).toEqual(['tempete-2026-03-14', 'route-fermee-2026-03-13', 'eau-coupure-2026-03-14', 'marche-2026-03-10']);
  },
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', parameters: { theme: 'loos-dark' } };
export const ThemeContraste: Story = { name: 'Thème contraste renforcé', parameters: { theme: 'loos-contrast' } };
export const ThemeAutreCommune: Story = { name: 'Thème autre commune', parameters: { theme: 'example-city' } };
