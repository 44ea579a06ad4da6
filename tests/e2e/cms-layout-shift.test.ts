/**
 * examples/cms.html must not jump while its elements upgrade: a resident reading the first lines
 * on an old phone must not lose their place. The page is opened as a phone on a mobile network
 * sees it — the stylesheet first, the 180 kB module some time later — so the first paint shows
 * the elements before they upgrade (the pre-upgrade styles of src/styles/elements.css), then the
 * cumulative layout shift is summed once every element is upgraded and rendered.
 * Runs against the built package (`npm run build` writes dist/cdn).
 */
import { type Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { serveInChromium } from './static-server.js';

/** Half the "good" Core Web Vitals threshold (0.1): today the page measures 0, so a regression shows. */
const GOOD_CLS = 0.05;
/** How late the modules arrive after the stylesheet: about what 180 kB takes on a slow 4G link. */
const SCRIPT_DELAY_MS = 600;
/** A fixed "now", so that the notices and events in the example are current whatever the date of the run. */
const NOW = new Date('2026-11-30T08:00:00+01:00');

interface Shift {
  value: number;
  sources: string[];
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** Starts collecting layout shifts before any script of the page runs. */
async function observeShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    Object.defineProperty(window, '__loosShifts', { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        // Names each moved box by its element (through shadow roots) and its move in pixels.
        const sources = (entry.sources ?? []).map(({ node, previousRect, currentRect }) => {
          let element = node instanceof Element ? node : node?.parentElement;
          const path: string[] = [];
          while (element) {
            path.unshift(element.localName);
            const root = element.getRootNode();
            element = root instanceof ShadowRoot ? root.host : null;
          }
          return `${path.join(' > ')} (${Math.round(previousRect.y)}→${Math.round(currentRect.y)}, h ${Math.round(previousRect.height)}→${Math.round(currentRect.height)})`;
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Resolves when every `loos-*` element is defined and has finished rendering, the feed included. */
async function waitForUpgrades(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')].every((element) => !element.localName.startsWith('loos-') || customElements.get(element.localName) !== undefined),
  );
  await page.waitForFunction(() => document.querySelector('loos-notice-feed')?.getAttribute('state') !== 'loading');
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('loos-'));
    await Promise.all(elements.map((element) => (element as Element & { updateComplete: Promise<unknown> }).updateComplete));
    // Layout shifts are reported for the frame that shows them: let two frames go by.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.waitForLoadState('networkidle');
}

describe('CMS example: the page does not jump while elements upgrade', () => {

  const site = serveInChromium(() => '.');

  async function measure(width: number, height: number, mobile: boolean) {
    const context = await site.browser.newContext({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: mobile ? 2 : 1 });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    await observeShifts(page);
    await page.route(/\/dist\/cdn\/[^/]+\.js$/, async (route) => {
      await sleep(SCRIPT_DELAY_MS);
      await route.continue();
    });
    await page.goto(`${site.url}/examples/cms.html`);
    await waitForUpgrades(page);
    const shifts = await page.evaluate(() => (window as unknown as { __loosShifts: Shift[] }).__loosShifts);
    await context.close();
    const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
    const detail = shifts.map((shift) => `${shift.value.toFixed(4)} ${shift.sources.join(', ')}`).join('\n  ');
    console.log(`CLS ${width}×${height} : ${cls.toFixed(4)} (${shifts.length} décalages)\n  ${detail}`);
    return { cls, detail };
  }

  it('keeps the cumulative layout shift "good" on a phone (412 × 823)', async () => {
    const { cls, detail } = await measure(412, 823, true);
    expect(cls, detail).toBeLessThanOrEqual(GOOD_CLS);
  });

  it('keeps the cumulative layout shift "good" on a desktop (1280 × 800)', async () => {
    const { cls, detail } = await measure(1280, 800, false);
    expect(cls, detail).toBeLessThanOrEqual(GOOD_CLS);
  });
});
