/**
 * Driving the BUILT catalogue's preview (storybook-static/iframe.html) as the manager does, shared
 * by the end-to-end tests that visit every story: axe in every theme, requests to other origins.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';

export const CATALOGUE = 'storybook-static';

export interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

/** Entries of the built catalogue's index: `story` only, or the MDX/autodocs pages too. */
export function storiesOfCatalogue(types: readonly IndexEntry['type'][] = ['story']): IndexEntry[] {
  const index = JSON.parse(readFileSync(`${CATALOGUE}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => types.includes(entry.type));
}

/**
 * Sends an event to Storybook's preview through its own channel, as the manager does when a
 * person clicks in the sidebar or the theme toolbar, and waits for the story to re-render.
 * Far faster than reloading `iframe.html` for each of the hundreds of story × theme renders.
 */
export async function emitAndRender(
  page: Page,
  event: 'setCurrentStory' | 'updateGlobals',
  payload: unknown,
  rendered: 'storyRendered' | 'docsRendered' = 'storyRendered',
  /** Count a story whose interaction check (`play`) fails as rendered: it did render first. */
  playFailureIsRendered = false,
): Promise<void> {
  await page.evaluate(
    async ({ event, payload, rendered, playFailureIsRendered }) => {
      interface Channel {
        on(name: string, listener: (...args: unknown[]) => void): void;
        off(name: string, listener: (...args: unknown[]) => void): void;
        emit(name: string, data: unknown): void;
      }
      const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
      const failures = ['storyErrored', 'storyThrewException', 'storyMissing', ...(playFailureIsRendered ? [] : ['playFunctionThrewException'])];
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
          channel.off(rendered, onRendered);
          channel.off('playFunctionThrewException', onRendered);
          for (const name of failures) channel.off(name, onFailure);
        }
        channel.on(rendered, onRendered);
        if (playFailureIsRendered) channel.on('playFunctionThrewException', onRendered);
        for (const name of failures) channel.on(name, onFailure);
        channel.emit(event, payload);
      });
      const pending = [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('loos-'))
        .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve());
      await Promise.all(pending);
    },
    { event, payload, rendered, playFailureIsRendered },
  );
}

/**
 * Opens the preview of the built catalogue at `url` on a story, with the a11y addon's own scan
 * switched off: by the address, and — when `confirm` — by the channel too, waiting for the
 * re-render (an axe scan of ours would race the addon's).
 */
export async function openPreview(page: Page, url: string, storyId: string, confirm = true): Promise<void> {
  try {
    await page.goto(`${url}/iframe.html?viewMode=story&id=${storyId}&globals=a11y.manual:!true`, { waitUntil: 'networkidle' });
  } catch (error) {
    // The preview may navigate to the same address again by itself (a busy machine sees it):
    // that navigation is the one to wait for. Any other failure is real.
    if (!(error as Error).message.includes('interrupted by another navigation')) throw error;
    await page.waitForLoadState('networkidle');
  }
  await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window && document.body.classList.contains('sb-show-main'));
  if (confirm) await emitAndRender(page, 'updateGlobals', { globals: { a11y: { manual: true } } });
}

