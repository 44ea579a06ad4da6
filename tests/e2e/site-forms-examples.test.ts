/**
 * examples/contact.html and examples/article.html, built from the library only, against the built
 * package: no axe violation in any theme, a keyboard path through the contact form and its error
 * summary, nothing sideways at 320 px, and the form sent without JavaScript with what was typed.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { pageWithErrors, serveInChromium } from './static-server.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const THEMES = ['loos', 'loos-dark', 'loos-contrast', 'example-city'];
const PAGES = ['contact.html', 'article.html'];

/** Every theme on the same loaded page: one load per scenario. */
async function violationsInEveryTheme(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of THEMES) {
    await page.evaluate((name) => {
      document.documentElement.setAttribute('data-loos-theme', name);
    }, theme);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    found.push(...results.violations.map((violation) => `${theme} ${violation.id} : ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`));
  }
  return found;
}

const FILLED = { nom: 'Nadia Benali', courriel: 'nadia.benali@exemple.fr', sujet: 'voirie', message: 'Le trottoir de la rue Foch est abîmé devant le n° 12.', reponse: 'courriel' };

async function fillContact(page: Page): Promise<void> {
  await page.getByLabel('Nom et prénom').fill(FILLED.nom);
  await page.getByLabel('Adresse e-mail').fill(FILLED.courriel);
  await page.getByLabel('Sujet').selectOption(FILLED.sujet);
  await page.getByLabel('Votre message').fill(FILLED.message);
  await page.getByLabel('Par e-mail').check();
}

describe('site examples: contact form and news article', () => {
  const site = serveInChromium(() => '.');

  it.each(PAGES)('%s upgrades, logs no error and has no axe violation in any theme', async (file) => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    await page.goto(`${site.url}/examples/${file}`);
    await page.waitForLoadState('networkidle');
    const notDefined = await page.evaluate(() =>
      [...new Set([...document.querySelectorAll('*')].map((element) => element.localName))].filter((name) => name.startsWith('loos-') && customElements.get(name) === undefined),
    );
    const violations = await violationsInEveryTheme(page);
    await context.close();
    expect(notDefined).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it.each(PAGES)('%s does not scroll sideways at 320 px', async (file) => {
    const { context, page } = await pageWithErrors(site.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${site.url}/examples/${file}`);
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    expect(width).toBeLessThanOrEqual(320);
  });

  it('contact: by keyboard, an empty submission lists the errors, a link leads to the field, then the form is sent', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    await page.goto(`${site.url}/examples/contact.html`);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Envoyer mon message' }).focus();
    await page.keyboard.press('Enter');
    const summary = page.locator('loos-error-summary');
    await expect.poll(() => summary.locator('h2').textContent()).toBe('Il y a 5 erreurs');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('loos-error-summary');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Renseignez le champ « Nom et prénom ».');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nom');
    await page.keyboard.type(FILLED.nom);
    await fillContact(page);
    const sent = page.waitForRequest((request) => request.url().endsWith('/examples/contact-merci.html'));
    await page.getByRole('button', { name: 'Envoyer mon message' }).press('Enter');
    const request = await sent;
    await page.waitForLoadState();
    const heading = await page.locator('h1').textContent();
    await context.close();
    expect(request.method()).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(request.postData() ?? ''))).toEqual({ ...FILLED, telephone: '' });
    expect(heading).toBe('Votre message a bien été envoyé');
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('contact: without JavaScript the form is sent with what was typed, for the server to check', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/examples/contact.html`);
    await fillContact(page);
    // The browser's own checks still stop an invalid address; a complete form goes through.
    const sent = page.waitForRequest((request) => request.url().endsWith('/examples/contact-merci.html'));
    await page.getByRole('button', { name: 'Envoyer mon message' }).click();
    const request = await sent;
    await context.close();
    expect(request.method()).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(request.postData() ?? ''))).toEqual({ ...FILLED, telephone: '' });
  });
});
