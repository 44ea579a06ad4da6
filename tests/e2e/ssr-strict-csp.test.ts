/**
 * A server-rendered page under the strict policy of docs/integration.md: declarative shadow roots
 * carry their styles in `<style>`, and chart bars their size in a `style` attribute, both refused
 * by `style-src 'self'` — unless the page lists the hashes that `styleSources(html)` (from
 * `@ville-de-loos/ui/ssr`) computes. Rendered with the BUILT dist/ssr, every element of
 * tests/fixtures/ssr/elements.ts, read without then with the hydrating bundle.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { ssrExpectations, tagOf } from '../fixtures/ssr/elements.js';
import { serveDirectory, type StaticServer } from './static-server.js';

type SsrModule = typeof import('../../src/ssr/index.js');

const BASE_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html loos-ui";

async function renderTestPage(ssr: SsrModule, hydrate: boolean): Promise<string> {
  const sections: string[] = [];
  for (const [key, expectation] of Object.entries(ssrExpectations)) {
    sections.push(`<section data-case="${key}">${await ssr.renderElement(tagOf(key), expectation.input)}</section>`);
  }
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Rendu serveur sous CSP stricte</title>',
    '<link rel="icon" href="favicon.svg"><link rel="stylesheet" href="loos-ui.css"></head><body><main>',
    ...sections,
    '</main>',
    hydrate ? '<script type="module" src="loos-ui-hydrate.js"></script>' : '',
    '</body></html>',
  ].join('\n');
}

describe('server-rendered page under a strict Content-Security-Policy', () => {
  let directory = '';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  /** The header of each page, by path. */
  const policies = new Map<string, string>();
  let ssr: SsrModule;

  beforeAll(async () => {
    if (!existsSync('dist/ssr/index.js')) throw new Error('Absent : dist/ssr — lancez `npm run build` avant les tests e2e.');
    ssr = (await import(pathToFileURL('dist/ssr/index.js').href)) as SsrModule;
    directory = mkdtempSync(join(tmpdir(), 'loos-ssr-csp-'));
    for (const [name, hydrate] of [['static', false], ['hydrated', true]] as const) {
      const html = await renderTestPage(ssr, hydrate);
      writeFileSync(join(directory, `${name}.html`), html);
      writeFileSync(join(directory, `${name}-without-hashes.html`), html);
      policies.set(`/${name}.html`, `${BASE_POLICY}; style-src 'self' ${ssr.styleSources(html).join(' ')}`);
      policies.set(`/${name}-without-hashes.html`, `${BASE_POLICY}; style-src 'self'`);
    }
    copyFileSync('dist/cdn/loos-ui-hydrate.js', join(directory, 'loos-ui-hydrate.js'));
    copyFileSync('dist/cdn/loos-ui.css', join(directory, 'loos-ui.css'));
    copyFileSync('tests/e2e/pages/favicon.svg', join(directory, 'favicon.svg'));
    writeFileSync(join(directory, 'avis.json'), '{ "notices": [] }');
    server = await serveDirectory(directory, (path): Record<string, string> => {
      const policy = policies.get(path);
      return policy === undefined ? {} : { 'content-security-policy': policy };
    });
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  /** The policy violations a page raises once loaded (and hydrated, when it loads the bundle). */
  async function violationsOf(path: string): Promise<{ violations: string[]; errors: string[] }> {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.sample}`));
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server!.url}${path}`);
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    await context.close();
    return { violations, errors };
  }

  it('lists one hash per distinct <style> of the declarative shadow roots, and the bar sizes after unsafe-hashes', () => {
    const sources = ssr.styleSources('<template shadowrootmode="open"><style>:host{display:block}</style><span style="--_size:50"></span></template>');
    expect(sources).toEqual(["'sha256-1mr8BlblqXkP7aBfOblCBDALHpGFD0UzxkVLXH6LG2A='", "'unsafe-hashes'", "'sha256-eGxuUy2zsu248hrMxMLhFp5qOEjor9OQIiMwBEpicNc='"]);
  });

  it('is refused without the hashes (what the page must allow)', async () => {
    const { violations } = await violationsOf('/static-without-hashes.html');
    console.log(`Rendu serveur sans empreintes : ${violations.length} violation(s) de style-src.`);
    expect(violations.length).toBeGreaterThan(0);
  });

  it('raises zero securitypolicyviolation with the hashes of styleSources, without JavaScript of its own', async () => {
    const { violations, errors } = await violationsOf('/static.html');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('raises zero securitypolicyviolation once hydrated by loos-ui-hydrate.js', async () => {
    const { violations, errors } = await violationsOf('/hydrated.html');
    console.log(`Rendu serveur hydraté, CSP stricte : ${violations.length} violation(s).`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
