/**
 * The accessibility check of what designers and integrators actually receive: the BUILT static
 * catalogue. Every story listed in its index.json is opened in each of the four themes and
 * scanned with axe (WCAG 2.2 AA tags and best practices). A violation fails with the story id,
 * the theme, the rule and the target.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { serveDirectory, type StaticServer } from './static-server.js';

const CATALOGUE = 'storybook-static';
const THEMES = ['loos', 'loos-dark', 'loos-contrast', 'example-city'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PARALLEL_PAGES = 3;

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

function storiesOfCatalogue(): IndexEntry[] {
  const index = JSON.parse(readFileSync(`${CATALOGUE}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

async function renderStory(page: Page, baseUrl: string, id: string, theme: string): Promise<void> {
  await page.goto(`${baseUrl}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
  // Storybook adds `sb-show-main` to the body once the story has rendered (or `sb-show-errordisplay`).
  await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { timeout: 30_000 });
  const error = await page.$('body.sb-show-errordisplay');
  if (error !== null) throw new Error(`La story ${id} ne s'affiche pas : ${await page.innerText('#error-message')}`);
  await page.evaluate(async () => {
    const pending = [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('loos-'))
      .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete);
    await Promise.all(pending);
  });
}

describe('catalogue construit : axe sur chaque story et chaque thème', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(`${CATALOGUE}/index.json`)) {
      throw new Error('Catalogue absent : lancez `npm run build-storybook` avant `npm run test:e2e`.');
    }
    server = await serveDirectory(CATALOGUE);
    browser = await chromium.launch(chromiumLaunchOptions());
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('lists stories to scan', () => {
    expect(storiesOfCatalogue().length).toBeGreaterThan(5);
  });

  it('finds no axe violation in any story, in any theme', async () => {
    const jobs = storiesOfCatalogue().flatMap((story) => THEMES.map((theme) => ({ story, theme })));
    const failures: string[] = [];
    let next = 0;
    async function worker(): Promise<void> {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (error) => failures.push(`erreur JavaScript : ${error.message}`));
      while (next < jobs.length) {
        const { story, theme } = jobs[next++]!;
        try {
          await renderStory(page, server.url, story.id, theme);
          const results = await new AxeBuilder({ page }).include('#storybook-root').withTags(TAGS).analyze();
          for (const violation of results.violations) {
            const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
            failures.push(`${story.id} [${theme}] ${violation.id} : ${violation.help} → ${targets}`);
          }
        } catch (error) {
          failures.push(`${story.id} [${theme}] ${(error as Error).message}`);
        }
      }
      await context.close();
    }
    await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
    console.log(`axe : ${jobs.length} rendus analysés (${jobs.length / THEMES.length} stories × ${THEMES.length} thèmes).`);
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
