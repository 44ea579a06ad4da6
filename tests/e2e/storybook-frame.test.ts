/**
 * The built catalogue as staff open it from the city's server: hosted in a sub-folder
 * (« /design/ »), with the city's name in the sidebar and the tab, and no Storybook onboarding.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWithErrors, serveInChromium } from './static-server.js';

const CATALOGUE = 'storybook-static';

describe('built catalogue served from a sub-folder', () => {
  const site = serveInChromium(() => {
    if (!existsSync(`${CATALOGUE}/index.json`)) {
      throw new Error('Catalogue absent : lancez `npm run build-storybook` avant `npm run test:e2e`.');
    }
    return CATALOGUE;
  }, '/design/');

  it('opens a component page under /design/, names the city in the sidebar and the tab, without onboarding', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(response.url());
    });
    await page.goto(`${site.url}/?path=/docs/composants-avis-officiel--documentation`, { waitUntil: 'networkidle' });

    const sidebar = page.locator('#storybook-explorer-menu, nav').first();
    await expect.poll(() => sidebar.isVisible()).toBe(true);
    await expect.poll(() => page.title()).toBe('Composants / Avis officiel - Documentation ⋅ Système de design de la Ville de Loos');
    const brand = await page.locator('.sidebar-header').innerText();
    expect(brand).toContain('Ville de Loos');
    expect(brand).not.toMatch(/storybook/i);

    const features = await page.evaluate(() => (window as unknown as { FEATURES?: Record<string, unknown> }).FEATURES);
    expect(features).toMatchObject({ sidebarOnboardingChecklist: false, menuOnboardingChecklist: false });
    await expect.poll(() => page.getByText(/Get started|Onboarding/u).count()).toBe(0);

    // The docs page itself, inside the preview frame, loaded from the sub-folder too.
    const preview = page.frameLocator('#storybook-preview-iframe');
    await expect.poll(() => preview.locator('loos-notice').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // The files the stories show (a portrait, the published acts; the video's files alike) are served
  // next to the catalogue: from a sub-folder, they must be asked for there, not at the server's root.
  it.each([
    ['a portrait', 'composants-citation--elu-avec-photo-et-source', 'loos-quote'],
    ['the published acts (src)', 'publications-actes-administratifs--liste', 'loos-act-list'],
  ])('shows %s from the files under /design/', async (_, id, tag) => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(response.url());
    });
    await page.goto(`${site.url}/?path=/story/${encodeURIComponent(id)}`, { waitUntil: 'networkidle' });
    const preview = page.frameLocator('#storybook-preview-iframe');
    await expect.poll(() => preview.locator(tag).count(), { timeout: 20_000 }).toBe(1);
    await page.waitForLoadState('networkidle');
    const images = await preview.locator(tag).evaluate(async (host) => {
      const all = [...host.querySelectorAll('img'), ...(host.shadowRoot?.querySelectorAll('img') ?? [])];
      await Promise.all(all.map((image) => image.decode().catch(() => undefined)));
      return all.map((image) => [image.getAttribute('src'), image.naturalWidth > 0]);
    });
    expect(images.filter(([, shown]) => shown !== true)).toEqual([]);
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
