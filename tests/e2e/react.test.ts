/**
 * The generated React wrappers (`@ville-de-loos/ui/react`, dist/react/ — generated at build time
 * from the manifest, hence an e2e test that runs after `npm run build`) rendered by React 19 in
 * Chromium: each wrapper creates its element, a prop is set as a PROPERTY, and a `loos-*` event
 * reaches the `onLoosX` prop.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { bundleReactApp } from './static-server.js';

const WRAPPERS = 'dist/react/index.js';

// Runs in the page. React is bundled in its production build, as an application would ship it.
const APP = `
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import * as wrappers from ${JSON.stringify(resolve(WRAPPERS))};

window.renderEveryWrapper = () =>
  Object.entries(wrappers).map(([name, Wrapper]) => {
    const container = document.body.appendChild(document.createElement('div'));
    flushSync(() => createRoot(container).render(createElement(Wrapper)));
    return [name, container.firstElementChild?.localName ?? null];
  });

function BannerApp() {
  const [expanded, setExpanded] = useState(false);
  return createElement('div', null,
    createElement(wrappers.LoosOfficialBanner, {
      id: 'banner',
      domain: 'exemple.fr',
      onLoosToggle: (event) => setExpanded(event.detail.expanded),
    }),
    createElement('p', { id: 'state' }, expanded ? 'ouvert' : 'fermé'));
}

window.renderBannerApp = () => {
  const container = document.body.appendChild(document.createElement('div'));
  flushSync(() => createRoot(container).render(createElement(BannerApp)));
};
`;

/** `LoosOfficialBanner` → `loos-official-banner`. */
function tagOfWrapper(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

describe('generated React wrappers (React 19, Chromium)', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(WRAPPERS)) throw new Error(`${WRAPPERS} absent : lancez \`npm run build\` avant les tests e2e.`);
    const code = (await bundleReactApp(APP)).replaceAll('</script', '<\\/script');
    browser = await chromium.launch(chromiumLaunchOptions());
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(`<!doctype html><html lang="fr"><head><title>React</title></head><body><script type="module">${code}</script></body></html>`);
    await page.waitForFunction(() => 'renderBannerApp' in window);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('renders every generated wrapper as its custom element', async () => {
    const rendered = await page.evaluate(() => (window as unknown as { renderEveryWrapper: () => [string, string | null][] }).renderEveryWrapper());
    expect(rendered.length).toBeGreaterThan(0);
    for (const [name, tag] of rendered) expect(tag, name).toBe(tagOfWrapper(name));
    expect(errors).toEqual([]);
  });

  it('sets props as properties and calls onLoosToggle with the event', async () => {
    await page.evaluate(() => {
      (window as unknown as { renderBannerApp: () => void }).renderBannerApp();
    });
    const banner = page.locator('#banner');
    const { domain, attribute } = await banner.evaluate((element) => ({
      domain: (element as HTMLElement & { domain: string }).domain,
      attribute: element.getAttribute('domain'),
    }));
    expect(domain).toBe('exemple.fr');
    expect(attribute, 'a property, not an attribute').toBeNull();
    await expect.poll(() => banner.getByText('« exemple.fr »').count()).toBe(1);
    await expect.poll(() => page.textContent('#state')).toBe('fermé');
    await banner.getByRole('button', { name: 'Comment le vérifier ?' }).click();
    await expect.poll(() => page.textContent('#state')).toBe('ouvert');
    expect(errors).toEqual([]);
  });
});
