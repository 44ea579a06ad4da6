/**
 * examples/cms.html is what integrators copy into a CMS: one stylesheet and one module from
 * dist/cdn/. After `npm run build` it must use every element of the library (discovered from
 * src/components), upgrade them all, log no error and have no axe violation (WCAG 2.2 AA).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { discoverElements } from '../fixtures/ssr/discover.js';
import { pageWithErrors, serveInChromium } from './static-server.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe('CMS example (examples/cms.html + dist/cdn)', () => {

  const site = serveInChromium(() => '.');

  it('uses every element of the library', () => {
    const page = readFileSync('examples/cms.html', 'utf8');
    expect(discoverElements().filter((element) => !page.includes(`<${element.tag}`)).map((element) => element.tag)).toEqual([]);
  });

  it('upgrades every element, without console errors or axe violations', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    await page.goto(`${site.url}/examples/cms.html`);
    await page.waitForLoadState('networkidle');
    const notUpgraded = await page.evaluate(() =>
      [...new Set([...document.querySelectorAll('*')].map((element) => element.localName))]
        .filter((name) => name.startsWith('loos-'))
        .filter((name) => customElements.get(name) === undefined),
    );
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await context.close();
    expect(notUpgraded, 'éléments absents du module CDN (src/index.ts)').toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    const violations = results.violations.map((violation) => `${violation.id} : ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('loads from dist/cdn/chunks/ what elements need only on demand: the feed reader, the calendar file', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser, { acceptDownloads: true });
    // A day when the notice of examples/avis.json is in force.
    await page.clock.setFixedTime(new Date('2026-11-30T08:00:00+01:00'));
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/dist/cdn/chunks/')) chunks.push(request.url());
    });
    await page.goto(`${site.url}/examples/cms.html`);
    const feedNotice = page.locator('loos-notice-feed loos-notice');
    await expect.poll(() => feedNotice.count()).toBe(1);
    expect(await feedNotice.getAttribute('heading')).toBe('Collecte des encombrants le 8 décembre');
    const beforeClick = chunks.length;
    const download = page.waitForEvent('download');
    await page.locator('loos-event-card').first().getByRole('button', { name: /Ajouter à mon agenda/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    await context.close();
    expect(chunks.length, 'the calendar writer is fetched on the click, not before').toBeGreaterThan(beforeClick);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('fetches the CSV export of the budget chart on the click on « Télécharger les données (CSV) », not on load', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser, { acceptDownloads: true });
    const exports: string[] = [];
    page.on('request', (request) => {
      if (/\/dist\/cdn\/chunks\/export-[\w-]+\.js$/.test(request.url())) exports.push(request.url());
    });
    await page.goto(`${site.url}/examples/cms.html`);
    await page.waitForLoadState('networkidle');
    const chart = page.locator('loos-budget-chart').first();
    const button = chart.getByRole('button', { name: 'Télécharger les données (CSV)' });
    await button.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(exports, 'no CSV writer before the click').toEqual([]);
    const download = page.waitForEvent('download');
    await button.click();
    expect((await download).suggestedFilename()).toMatch(/^budget-.*\.csv$/);
    await context.close();
    expect(exports).toHaveLength(1);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
