/**
 * The accessibility check of what designers and integrators actually receive: the BUILT static
 * catalogue. Every story listed in its index.json is opened in each of the four themes and
 * scanned with axe (WCAG 2.2 AA tags and best practices). A violation fails with the story id,
 * the theme, the rule and the target.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { type Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { serveInChromium } from './static-server.js';

const CATALOGUE = 'storybook-static';
const THEMES = ['loos', 'loos-dark', 'loos-contrast', 'example-city'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PARALLEL_PAGES = Number(process.env.PAGES ?? 3);

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

/**
 * Sends an event to Storybook's preview through its own channel, as the manager does when a
 * person clicks in the sidebar or the theme toolbar, and waits for the story to re-render.
 * Far faster than reloading `iframe.html` for each of the hundreds of story × theme renders.
 */
async function emitAndRender(page: Page, event: 'setCurrentStory' | 'updateGlobals', payload: unknown): Promise<void> {
  await page.evaluate(
    async ({ event, payload }) => {
      interface Channel {
        on(name: string, listener: (...args: unknown[]) => void): void;
        off(name: string, listener: (...args: unknown[]) => void): void;
        emit(name: string, data: unknown): void;
      }
      const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
      const failures = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          finish();
          reject(new Error('rendu trop long (20 s)'));
        }, 20_000);
        const onRendered = () => {
          finish();
          resolve();
        };
        const onFailure = (error: unknown) => {
          finish();
          reject(new Error(`échec du rendu : ${JSON.stringify(error)}`));
        };
        function finish() {
          clearTimeout(timer);
          channel.off('storyRendered', onRendered);
          for (const name of failures) channel.off(name, onFailure);
        }
        channel.on('storyRendered', onRendered);
        for (const name of failures) channel.on(name, onFailure);
        channel.emit(event, payload);
      });
      const pending = [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('loos-'))
        .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve());
      await Promise.all(pending);
    },
    { event, payload },
  );
}

describe('built catalogue: axe on every story in every theme', () => {

  const site = serveInChromium(() => {
    if (!existsSync(`${CATALOGUE}/index.json`)) {
      throw new Error('Catalogue absent : lancez `npm run build-storybook` avant `npm run test:e2e`.');
    }
    return CATALOGUE;
  });

  it('lists stories to scan', () => {
    expect(storiesOfCatalogue().length).toBeGreaterThan(5);
  });

  it('finds no axe violation in any story, in any theme', async () => {
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

    /** Opens the preview on a story, with the a11y addon's own scan switched off (it would race ours). */
    async function openPreview(page: Page, storyId: string): Promise<void> {
      try {
        await page.goto(`${site.url}/iframe.html?viewMode=story&id=${storyId}`, { waitUntil: 'networkidle' });
      } catch (error) {
        // The preview may navigate to the same address again by itself (a busy machine sees it):
        // that navigation is the one to wait for. Any other failure is real.
        if (!(error as Error).message.includes('interrupted by another navigation')) throw error;
        await page.waitForLoadState('networkidle');
      }
      await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window && document.body.classList.contains('sb-show-main'));
      await emitAndRender(page, 'updateGlobals', { globals: { a11y: { manual: true } } });
    }

    /** Scans one story in the four themes; returns how many scans were made. */
    async function scanInEveryTheme(page: Page, storyId: string, current: { story: string; theme: string }): Promise<number> {
      let done = 0;
      if (storyId !== current.story) {
        await emitAndRender(page, 'setCurrentStory', { storyId, viewMode: 'story' });
        current.story = storyId;
      }
      // Start with the theme already shown, so that every step really changes something.
      for (const theme of [current.theme, ...THEMES.filter((theme) => theme !== current.theme)]) {
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
      await openPreview(page, current.story);
      while (next < stories.length) {
        const story = stories[next++]!;
        try {
          // Await first, then add: `scans += await …` would read `scans` before other workers update it.
          const done = await scanInEveryTheme(page, story.id, current);
          scans += done;
        } catch (firstError) {
          // The preview sometimes reloads itself while several pages start at once: open this
          // story afresh and scan it again, once. A second failure is a real one.
          try {
            await openPreview(page, story.id);
            Object.assign(current, { story: story.id, theme: 'loos' });
            const done = await scanInEveryTheme(page, story.id, current);
            scans += done;
          } catch (error) {
            failures.push(`${story.id} [${current.theme}] ${(error as Error).message} (1er essai : ${(firstError as Error).message})`);
          }
        }
      }
      await context.close();
    }

    await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
    console.log(`axe : ${scans} rendus analysés (${stories.length} stories × ${THEMES.length} thèmes).`);
    expect(failures, failures.join('\n')).toEqual([]);
    expect(scans).toBe(stories.length * THEMES.length);
});
});
