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

describe('exemple CMS (examples/cms.html + dist/cdn)', () => {

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
});
