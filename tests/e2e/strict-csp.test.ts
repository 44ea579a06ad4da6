/**
 * The policy a city can copy from docs/integration.md, sent as an HTTP header with a page that
 * holds every element of the library (tests/e2e/pages/strict-csp.html, the four CDN modules):
 * no inline script or style, Trusted Types required. Every element must upgrade and work — charts
 * with real bar sizes, JSON-LD written for search engines — with zero `securitypolicyviolation`.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverElements } from '../fixtures/ssr/discover.js';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { serveDirectory, type StaticServer } from './static-server.js';

const PAGE = 'tests/e2e/pages/strict-csp.html';

/** The policy of docs/integration.md, read from the fenced block that follows its marker line. */
function documentedPolicy(): string {
  const docs = readFileSync('docs/integration.md', 'utf8');
  const match = /<!-- politique-csp -->\s*```text\n([^`]+)```/.exec(docs);
  if (match === null) throw new Error('docs/integration.md : bloc de la politique CSP introuvable.');
  return match[1]!.replace(/\s+/g, ' ').trim();
}

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

describe('strict Content-Security-Policy page (docs/integration.md policy)', () => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const policy = documentedPolicy();
    server = await serveDirectory('.', (path): Record<string, string> => (path.endsWith('.html') ? { 'content-security-policy': policy } : {}));
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(): Promise<{ page: Page; errors: string[]; violations: () => Promise<Violation[]>; close: () => Promise<void> }> {
    const context = await browser!.newContext();
    const page = await context.newPage();
    // A day when the notice of examples/avis.json is in force.
    await page.clock.setFixedTime(new Date('2026-11-30T08:00:00+01:00'));
    // Init scripts are the browser's own, not the page's: the policy does not apply to them.
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: `${event.sourceFile}:${event.lineNumber}` });
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server!.url}/${PAGE}`);
    await page.waitForLoadState('networkidle');
    return {
      page,
      errors,
      violations: () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations),
      close: () => context.close(),
    };
  }

  it('holds every element of the library', () => {
    const html = readFileSync(PAGE, 'utf8');
    expect(discoverElements().filter((element) => !html.includes(`<${element.tag}`)).map((element) => element.tag)).toEqual([]);
  });

  it('documents a policy that requires Trusted Types and allows no inline script or style', () => {
    const policy = documentedPolicy();
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).toMatch(/style-src 'self';/);
    expect(policy).not.toContain('unsafe-');
  });

  it('upgrades and runs every element with zero securitypolicyviolation', async () => {
    const { page, errors, violations, close } = await openPage();
    const notDefined = await page.evaluate(() =>
      [...new Set([...document.querySelectorAll('*')].map((element) => element.localName))]
        .filter((name) => name.startsWith('loos-') && customElements.get(name) === undefined),
    );
    // What a resident sees: the feed's notice, the agenda, the tone checker's remarks.
    await expect.poll(() => page.locator('loos-notice-feed loos-notice').count()).toBe(1);
    await expect.poll(() => page.locator('loos-event-list').evaluate((list) => list.shadowRoot?.querySelectorAll('loos-event-card, li').length ?? 0)).toBeGreaterThan(0);
    await expect.poll(() => page.locator('loos-tone-checker').evaluate((checker) => checker.shadowRoot?.textContent ?? '')).toContain('susvisée');
    const found = await violations();
    console.log(`CSP stricte : ${found.length} violation(s) de politique.`);
    await close();
    expect(notDefined, 'éléments non définis sous la politique').toEqual([]);
    expect(found, JSON.stringify(found, null, 1)).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('draws the bars of the bars, comparison and balance charts at their size (not collapsed)', async () => {
    const { page, violations, close } = await openPage();
    const widest = async (id: string): Promise<number> => {
      const chart = page.locator(`#${id}`);
      await expect.poll(() => chart.evaluate((element) => element.shadowRoot?.querySelectorAll('.mark').length ?? 0)).toBeGreaterThan(1);
      return chart.evaluate((element) => Math.max(...[...element.shadowRoot!.querySelectorAll('.mark')].map((mark) => mark.getBoundingClientRect().width)));
    };
    const widths = { barres: await widest('barres'), comparaison: await widest('comparaison'), equilibre: await widest('equilibre') };
    const found = await violations();
    await close();
    // The widest bar fills most of its row; a refused size leaves a 2 px stub.
    for (const [id, width] of Object.entries(widths)) expect(width, `${id} : ${width} px`).toBeGreaterThan(100);
    expect(found.filter((violation) => violation.directive.startsWith('style-src'))).toEqual([]);
  });

  it('writes the JSON-LD of the event card and the contact card through the « loos-ui » policy', async () => {
    const { page, violations, close } = await openPage();
    const jsonLd = (selector: string) =>
      page.locator(selector).evaluate((element) => element.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    await expect.poll(() => jsonLd('loos-event-card')).toContain('"Event"');
    await expect.poll(() => jsonLd('loos-contact-card')).toContain('"GovernmentOffice"');
    const found = await violations();
    await close();
    expect(found.filter((violation) => violation.directive.startsWith('trusted-types') || violation.directive.startsWith('require-trusted-types'))).toEqual([]);
  });
});
