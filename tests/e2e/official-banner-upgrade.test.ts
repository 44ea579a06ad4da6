/**
 * The official banner must read without JavaScript and must not move the page when it upgrades:
 * the same page is opened with JavaScript off and on, at a phone and a desktop width, and the
 * banner's sentence and height are compared. Runs against the built package (`dist/`).
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { serveInChromium } from './static-server.js';

const PAGE = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Ville de Loos</title>
  <link rel="stylesheet" href="tokens/tokens.css" />
  <link rel="stylesheet" href="elements.css" />
  <script type="module" src="banner.js"></script>
</head>
<body style="margin:0">
  <loos-official-banner domain="loos.fr"><p>Site officiel de la Ville de Loos</p></loos-official-banner>
  <main><h1>Accueil</h1></main>
</body>
</html>`;

describe('official banner: without JavaScript, then on upgrade', () => {

  const site = serveInChromium(async () => {
    const directory = mkdtempSync(join(tmpdir(), 'loos-banner-'));
    cpSync('dist/tokens', join(directory, 'tokens'), { recursive: true });
    cpSync('dist/elements.css', join(directory, 'elements.css'));
    await build({
      entryPoints: ['dist/components/official-banner/official-banner.js'],
      bundle: true,
      format: 'esm',
      outfile: join(directory, 'banner.js'),
      logLevel: 'silent',
    });
    writeFileSync(join(directory, 'index.html'), PAGE);
    return directory;
  });

  async function measure(width: number, javaScriptEnabled: boolean) {
    const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url);
    if (javaScriptEnabled) {
      await page.waitForFunction(() => customElements.get('loos-official-banner') !== undefined);
      await page.evaluate(() => document.querySelector('loos-official-banner')?.updateComplete);
    }
    const result = await page.evaluate(() => {
      const banner = document.querySelector('loos-official-banner')!;
      return { height: banner.getBoundingClientRect().height, main: document.querySelector('main')!.getBoundingClientRect().top };
    });
    const visibleText = await page.locator('loos-official-banner').innerText();
    // Playwright's role locators pierce shadow roots: this is the button a person sees.
    const buttons = await page.getByRole('button', { name: 'Comment le vérifier ?' }).count();
    await context.close();
    return { ...result, visibleText, buttons };
  }

  for (const width of [320, 1280]) {
    it(`shows the same sentence and keeps the same height at ${width} px`, async () => {
      const withoutScript = await measure(width, false);
      const withScript = await measure(width, true);
      expect(withoutScript.visibleText).toContain('Site officiel de la Ville de Loos');
      expect(withoutScript.buttons).toBe(0);
      expect(withScript.buttons).toBe(1);
      expect(Math.abs(withScript.height - withoutScript.height)).toBeLessThan(1);
      expect(Math.abs(withScript.main - withoutScript.main)).toBeLessThan(1);
    });
  }
});
