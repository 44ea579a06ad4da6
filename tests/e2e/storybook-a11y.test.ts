/**
 * The accessibility check of what designers and integrators actually receive: the BUILT static
 * catalogue. Every story listed in its index.json is opened, switched to another theme than the
 * Loos one and scanned with axe (WCAG 2.2 AA tags and best practices). A violation fails with the
 * story id, the theme, the rule and the target.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { type Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { serveInChromium } from './static-server.js';
import { CATALOGUE, emitAndRender, openPreview, storiesOfCatalogue } from './storybook-channel.js';

/**
 * The Loos theme is the default one, already scanned story by story by the `storybook` project of
 * `npm run test:unit` (a11y `test: 'error'`); here the built catalogue is scanned in the three others,
 * starting from a page opened in the Loos theme, so that each scan follows a real theme switch.
 */
const THEMES = ['loos-dark', 'loos-contrast', 'example-city'];

/**
 * Each story is scanned in one of the three themes, a different one each day, so that every run
 * checks every story and every theme and three days' runs cover every pair; `AXE_THEMES=all`
 * scans every story in the three themes (three times as long: about four minutes on two cores).
 */
const EVERY_THEME = process.env.AXE_THEMES === 'all';
const DAY = Math.floor(Date.now() / 86_400_000);
const themesOfStory = (index: number): string[] => (EVERY_THEME ? THEMES : [THEMES[(index + DAY) % THEMES.length]!]);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PARALLEL_PAGES = Number(process.env.PAGES ?? 3);

describe('built catalogue: axe on every story in the dark, high-contrast or other-city theme', () => {

  const site = serveInChromium(() => {
    if (!existsSync(`${CATALOGUE}/index.json`)) {
      throw new Error('Catalogue absent : lancez `npm run build-storybook` avant `npm run test:e2e`.');
    }
    return CATALOGUE;
  });

  it('lists stories to scan', () => {
    expect(storiesOfCatalogue().length).toBeGreaterThan(5);
  });

  it('finds no axe violation in any story, in the theme it is switched to', async () => {
    const stories = storiesOfCatalogue();
    const failures: string[] = [];
    let scans = 0;
    let next = 0;

    async function scan(page: Page, storyId: string, theme: string): Promise<number> {
      // Legacy mode runs axe in the page itself; the default mode finishes each run in a new
      // blank page, which made each scan about twice as slow (no cross-origin frames here).
      const results = await new AxeBuilder({ page }).setLegacyMode(true).include('#storybook-root').withTags(TAGS).analyze();
      for (const violation of results.violations) {
        const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
        failures.push(`${storyId} [${theme}] ${violation.id} : ${violation.help} → ${targets}`);
      }
      return 1;
    }

    /** Scans one story in the given themes; returns how many scans were made. */
    async function scanInThemes(page: Page, storyId: string, themesToScan: readonly string[], current: { story: string; theme: string }): Promise<number> {
      let done = 0;
      if (storyId !== current.story) {
        await emitAndRender(page, 'setCurrentStory', { storyId, viewMode: 'story' });
        current.story = storyId;
      }
      // Start with the theme already shown, so that every step really changes something.
      const themes = themesToScan.includes(current.theme) ? [current.theme, ...themesToScan.filter((theme) => theme !== current.theme)] : themesToScan;
      for (const theme of themes) {
        if (theme !== current.theme) {
          await emitAndRender(page, 'updateGlobals', { globals: { theme } });
          current.theme = theme;
        }
        done += await scan(page, storyId, theme);
      }
      return done;
    }

    async function worker(): Promise<void> {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (error) => failures.push(`erreur JavaScript : ${error.message}`));
      const current = { story: stories[0]!.id, theme: 'loos' };
      await openPreview(page, site.url, current.story);
      while (next < stories.length) {
        const index = next++;
        const story = stories[index]!;
        try {
          // Await first, then add: `scans += await …` would read `scans` before other workers update it.
          const done = await scanInThemes(page, story.id, themesOfStory(index), current);
          scans += done;
        } catch (firstError) {
          // The preview sometimes reloads itself while several pages start at once: open this
          // story afresh and scan it again, once. A second failure is a real one.
          try {
            await openPreview(page, site.url, story.id);
            Object.assign(current, { story: story.id, theme: 'loos' });
            const done = await scanInThemes(page, story.id, themesOfStory(index), current);
            scans += done;
          } catch (error) {
            failures.push(`${story.id} [${current.theme}] ${(error as Error).message} (1er essai : ${(firstError as Error).message})`);
          }
        }
      }
      await context.close();
    }

    await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
    console.log(`axe : ${scans} rendus analysés (${stories.length} stories, ${EVERY_THEME ? 'dans les trois thèmes' : 'un thème chacune, tour du jour'}).`);
    expect(failures, failures.join('\n')).toEqual([]);
    expect(scans).toBe(stories.length * (EVERY_THEME ? THEMES.length : 1));
});
});
