/**
 * React server rendering as docs/ssr.md describes it (after `npm run build`): the built React
 * wrappers rendered by `react-dom/server`, their HTML given to `renderHtml` of the built
 * `dist/ssr` entry, then the page opened in Chromium
 *  1. without JavaScript: the notice's attributes are in the HTML and its heading, date and
 *     message are visible (declarative shadow DOM);
 *  2. with the React app hydrating it (`hydrateRoot`): no error, no « données invalides »
 *     warning, and the `onLoosDismiss` prop still reaches the app.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, useState, type ComponentType, type ReactNode } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleReactApp, pageWithErrors, serveInChromium } from './static-server.js';

const BUILT = ['dist/react/notice.js', 'dist/react/official-banner.js', 'dist/ssr/index.js', 'dist/cdn/loos-ui.css'];

const NOTICE_PROPS = {
  level: 'warning',
  heading: 'Coupure d’eau rue Pasteur',
  published: '2026-12-01T09:00',
  headingLevel: 3,
  dismissible: true,
  noticeId: 'eau-pasteur',
};

// The same app on both sides: here for the server, in CLIENT for the browser bundle.
function app(wrappers: Record<string, ComponentType<Record<string, unknown>>>): ComponentType {
  const { LoosNotice, LoosOfficialBanner } = wrappers as Record<'LoosNotice' | 'LoosOfficialBanner', ComponentType<Record<string, unknown>>>;
  return function App(): ReactNode {
    const [dismissed, setDismissed] = useState(false);
    return createElement('main', null,
      createElement(LoosOfficialBanner, { domain: 'loos.fr' }),
      createElement(LoosNotice, { ...NOTICE_PROPS, onLoosDismiss: () => { setDismissed(true); } }, createElement('p', null, 'L’eau est coupée de 9 h à 12 h.')),
      createElement('p', { id: 'state' }, dismissed ? 'masqué' : 'affiché'));
  };
}

const CLIENT = (dist: string) => `
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { createElement, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { LoosNotice } from ${JSON.stringify(join(dist, 'react/notice.js'))};
import { LoosOfficialBanner } from ${JSON.stringify(join(dist, 'react/official-banner.js'))};
const NOTICE_PROPS = ${JSON.stringify(NOTICE_PROPS)};
function App() {
  const [dismissed, setDismissed] = useState(false);
  return createElement('main', null,
    createElement(LoosOfficialBanner, { domain: 'loos.fr' }),
    createElement(LoosNotice, { ...NOTICE_PROPS, onLoosDismiss: () => { setDismissed(true); } }, createElement('p', null, 'L’eau est coupée de 9 h à 12 h.')),
    createElement('p', { id: 'state' }, dismissed ? 'masqué' : 'affiché'));
}
hydrateRoot(document.getElementById('root'), createElement(App));
`;

describe('React server rendering (react-dom/server + @ville-de-loos/ui/ssr), then hydration', () => {
  let directory = '';
  let reactHtml = '';
  const site = serveInChromium(async () => {
    for (const file of BUILT) if (!existsSync(file)) throw new Error(`${file} absent : lancez \`npm run build\` avant les tests e2e.`);
    const load = async (path: string) => (await import(pathToFileURL(path).href)) as Record<string, ComponentType<Record<string, unknown>>>;
    const wrappers = { ...(await load('dist/react/notice.js')), ...(await load('dist/react/official-banner.js')) };
    const ssr = (await import(pathToFileURL('dist/ssr/index.js').href)) as typeof import('../../src/ssr/index.js');
    // react-dom ships no types and @types/react-dom is not installed: the one function used, typed here.
    const reactDomServer = 'react-dom/server';
    const { renderToString } = (await import(reactDomServer)) as { renderToString: (node: ReactNode) => string };
    reactHtml = renderToString(createElement(app(wrappers)));
    const body = await ssr.renderHtml(reactHtml);
    const client = await bundleReactApp(CLIENT(resolve('dist')));
    directory = mkdtempSync(join(tmpdir(), 'loos-react-ssr-'));
    writeFileSync(join(directory, 'app.js'), client);
    writeFileSync(join(directory, 'loos-ui.css'), await import('node:fs').then((fs) => fs.readFileSync('dist/cdn/loos-ui.css', 'utf8')));
    const page = (scripts: boolean) =>
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>React</title><link rel="icon" href="data:,"><link rel="stylesheet" href="loos-ui.css"></head>` +
      `<body><div id="root">${body}</div>${scripts ? '<script type="module" src="app.js"></script>' : ''}</body></html>`;
    writeFileSync(join(directory, 'static.html'), page(false));
    writeFileSync(join(directory, 'index.html'), page(true));
    return directory;
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('writes the element properties as attributes, and no event prop', () => {
    expect(reactHtml).toContain('level="warning"');
    expect(reactHtml).toContain('heading="Coupure d’eau rue Pasteur"');
    expect(reactHtml).toContain('heading-level="3"');
    expect(reactHtml).toContain('notice-id="eau-pasteur"');
    expect(reactHtml).toMatch(/<loos-notice[^>]* dismissible=""/);
    expect(reactHtml).toContain('domain="loos.fr"');
    expect(reactHtml.toLowerCase()).not.toContain('onloosdismiss');
  });

  it('shows the notice without JavaScript', async () => {
    const { context, page } = await pageWithErrors(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/static.html`);
    const notice = page.locator('loos-notice');
    await expect.poll(() => notice.getByRole('heading', { level: 3 }).textContent()).toBe('Coupure d’eau rue Pasteur');
    // Locators reach into the declarative shadow root; the message is the light DOM child.
    expect((await notice.getByText(/^Publié le/).textContent())?.replace(/\s+/g, ' ')).toBe('Publié le 1er décembre 2026 à 9 h');
    expect(await notice.locator('p').first().isVisible()).toBe(true);
    await context.close();
  });

  it('hydrates without error or invalid-data warning, and events reach the React app', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${site.url}/index.html`);
    const notice = page.locator('loos-notice');
    await expect.poll(() => notice.evaluate((element) => (element as HTMLElement & { hasUpdated: boolean }).hasUpdated)).toBe(true);
    expect(await notice.evaluate((element) => (element as HTMLElement & { headingLevel: unknown }).headingLevel)).toBe(3);
    await notice.getByRole('button', { name: /Masquer/ }).click();
    await expect.poll(() => page.textContent('#state')).toBe('masqué');
    expect(errors).toEqual([]);
    expect(warnings.filter((warning) => warning.includes('données invalides'))).toEqual([]);
    await context.close();
  });
});
