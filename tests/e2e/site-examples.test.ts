/**
 * The example pages of a whole city site (examples/*.html), built only from the library, as a
 * resident meets them: no axe violation in any theme, the skip link then Tab into the content,
 * nothing scrolling sideways at 320 CSS px, and — without JavaScript — a visible menu, working
 * skip links and a complete footer. One row of PAGES per page: a new page adds a row.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../.storybook/themes.js';
import { pageWithErrors, serveInChromium } from './static-server.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface ExamplePage {
  readonly path: string;
  /** The id the first skip link (« Aller au contenu ») leads to. */
  readonly content: string;
  /** Texts that must be visible without JavaScript. */
  readonly withoutJavaScript: readonly string[];
}

const PAGES: readonly ExamplePage[] = [
  {
    path: 'examples/home.html',
    content: 'contenu',
    withoutJavaScript: ['Vie pratique', 'Sortir à Loos', 'Rechercher sur le site', 'Accessibilité : partiellement conforme', 'Mentions légales', 'Données personnelles', 'Gestion des cookies', 'Plan du site', 'Marché de Noël'],
  },
];

/** The page has finished upgrading its elements (the header adds its menu button). */
async function ready(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => [...document.querySelectorAll(':not(:defined)')].every((element) => !element.localName.startsWith('loos-')));
}

describe.each(PAGES)('$path', ({ path, content, withoutJavaScript }) => {
  const site = serveInChromium(() => '.');

  it('has no axe violation and no console error, in every theme', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${site.url}/${path}`);
    await ready(page);
    const violations: string[] = [];
    for (const { value: theme } of THEMES) {
      await page.evaluate((name) => { document.documentElement.setAttribute('data-loos-theme', name); }, theme);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      violations.push(...results.violations.map((violation) => `${theme} ${violation.id} : ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`));
    }
    await context.close();
    expect(errors, errors.join('\n')).toEqual([]);
    expect(warnings.filter((warning) => warning.includes('loos-')), 'aucune donnée refusée').toEqual([]);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('starts with the skip link: Enter then Tab lands in the content', async () => {
    const { context, page } = await pageWithErrors(site.browser);
    await page.goto(`${site.url}/${path}`);
    await ready(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    // Visible when focused (WCAG 2.4.7), not only present.
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(content);
    await page.keyboard.press('Tab');
    expect(await page.evaluate((id) => document.getElementById(id)!.contains(document.activeElement), content)).toBe(true);
    await context.close();
  });

  it('fits 320 CSS px: the page never scrolls sideways, the menu opens from its button', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${site.url}/${path}`);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('works without JavaScript: the menu is a visible list, the skip link jumps, the footer is complete', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/${path}`);
    for (const text of withoutJavaScript) {
      expect(await page.getByText(text, { exact: true }).first().isVisible(), text).toBe(true);
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(`#${content}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
