/**
 * Server rendering as residents receive it (after `npm run build`): a page is rendered in Node
 * with the BUILT `dist/ssr` entry — every element that has an expectation in
 * tests/fixtures/ssr/elements.ts — then opened in Chromium
 *  1. with JavaScript disabled: the key content of each element is visible;
 *  2. with JavaScript and the hydrating CDN bundle: no console error, every element upgrades
 *     and hydrates, nothing moves (no layout shift, same boxes as before the bundle ran).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Page } from 'playwright';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseSpaces } from '../fixtures/ssr/discover.js';
import { ssrExpectations, tagOf } from '../fixtures/ssr/elements.js';
import { pageWithErrors, serveInChromium } from './static-server.js';

type SsrModule = typeof import('../../src/ssr/index.js');

const BUILT = ['dist/ssr/index.js', 'dist/cdn/loos-ui-hydrate.js', 'dist/cdn/loos-ui.css', 'dist/site.css', 'dist/forms.css'];
// Staff tools (the tone checker) are not in the residents' hydration bundle (`loos-ui-hydrate.js`):
// a resident's page never downloads them. Their server rendering is checked by the unit SSR tests.
const STAFF_TOOLS = new Set(['loos-tone-checker']);
/**
 * The accordion gains its « Tout ouvrir » button when the script arrives (none without JavaScript,
 * where it could do nothing): it comes last on the page, so that nothing below it moves, and its
 * own change is left out of the shift measure. (Tabs reserve their layout before the script.)
 */
const RELAYOUT_BY_DESIGN = ['loos-accordion'];
const relayouts = (key: string) => RELAYOUT_BY_DESIGN.includes(tagOf(key));
const cases = Object.entries(ssrExpectations)
  .filter(([key]) => !STAFF_TOOLS.has(tagOf(key)))
  .sort(([a], [b]) => Number(relayouts(a)) - Number(relayouts(b)));

// Sums every layout shift from the first paint on (buffered), before any module script runs.
const LAYOUT_SHIFT_PROBE = `<script>
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    const inRelayout = (source) => (source.node instanceof Element ? source.node : source.node?.parentElement)?.closest('${RELAYOUT_BY_DESIGN.map((tag) => `[data-case^="${tag}"]`).join(', ')}') != null;
    for (const entry of list.getEntries()) if (!entry.hadRecentInput && !entry.sources.every(inRelayout)) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
</script>`;

async function renderTestPage(ssr: SsrModule, withScripts: boolean, lang = 'fr'): Promise<string> {
  const sections: string[] = [];
  for (const [key, expectation] of cases) {
    const element = await ssr.renderElement(tagOf(key), expectation.input);
    sections.push(`<section data-case="${key}">${element}</section>`);
  }
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Rendu serveur</title><link rel="icon" href="data:,"><link rel="stylesheet" href="loos-ui.css"><link rel="stylesheet" href="site.css"><link rel="stylesheet" href="forms.css">',
    withScripts ? LAYOUT_SHIFT_PROBE : '',
    '</head><body><main>',
    ...sections,
    '</main>',
    withScripts ? '<script type="module" src="loos-ui-hydrate.js"></script>' : '',
    '</body></html>',
  ].join('\n');
}

/**
 * The text of a section, through shadow roots and slots:
 * - `visible`: what a person sees (hidden parts excluded);
 * - `rendered`: everything the element renders, hidden parts included (a closed panel, a table kept
 *   for screen readers) with accessible names; live regions are left out, since an element added to
 *   a loaded page rightly announces what one present at load does not.
 */
async function sectionText(page: Page, key: string, mode: 'visible' | 'rendered'): Promise<string> {
  return page.$eval(
    `[data-case="${key}"]`,
    (section, mode) => {
      const parts: string[] = [];
      const isShown = (text: Node): boolean => {
        // A text node is rendered when it has boxes (a `hidden` ancestor gives none); `<slot>`
        // itself is `display: contents`, so the parent's own visibility cannot be asked.
        const range = document.createRange();
        range.selectNodeContents(text);
        const parent = text.parentElement;
        return range.getClientRects().length > 0 && parent !== null && getComputedStyle(parent).visibility !== 'hidden';
      };
      const visit = (node: Node): void => {
        if (node.nodeType === Node.TEXT_NODE) {
          if (mode === 'rendered' || isShown(node)) parts.push(node.textContent ?? '');
          return;
        }
        if (!(node instanceof Element) || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
        if (mode === 'rendered') {
          if (node.matches('[role="status"], [role="alert"], [aria-live]')) return;
          const label = node.getAttribute('aria-label');
          if (label !== null) parts.push(`[${label}]`);
        }
        if (node instanceof HTMLSlotElement) {
          const assigned = node.assignedNodes({ flatten: true });
          (assigned.length > 0 ? assigned : [...node.childNodes]).forEach(visit);
          return;
        }
        const children = node.shadowRoot === null ? node.childNodes : node.shadowRoot.childNodes;
        children.forEach(visit);
      };
      visit(section);
      const text = parts.join(' ');
      return mode === 'rendered' ? text.replace(/\s+/g, ' ').trim() : text;
    },
    mode,
  );
}

async function boxes(page: Page): Promise<Record<string, { x: number; y: number; width: number; height: number }>> {
  return page.$$eval('[data-case]', (sections) =>
    Object.fromEntries(
      sections.map((section) => {
        const { x, y, width, height } = section.firstElementChild!.getBoundingClientRect();
        return [section.getAttribute('data-case')!, { x, y, width, height }];
      }),
    ),
  );
}

describe('server rendering, without JavaScript then hydrated', () => {
  let directory: string;

  const site = serveInChromium(async () => {
    const missing = BUILT.filter((path) => !existsSync(path));
    if (missing.length > 0) throw new Error(`Absent : ${missing.join(', ')} — lancez \`npm run build\` avant les tests e2e.`);
    const ssr = (await import(pathToFileURL('dist/ssr/index.js').href)) as SsrModule;
    directory = mkdtempSync(join(tmpdir(), 'loos-ssr-'));
    writeFileSync(join(directory, 'nojs.html'), await renderTestPage(ssr, false));
    writeFileSync(join(directory, 'index.html'), await renderTestPage(ssr, true));
    // The same French server rendering, in a page written in English.
    writeFileSync(join(directory, 'en.html'), await renderTestPage(ssr, true, 'en'));
    copyFileSync('dist/cdn/loos-ui-hydrate.js', join(directory, 'loos-ui-hydrate.js'));
    copyFileSync('dist/cdn/loos-ui.css', join(directory, 'loos-ui.css'));
    // The site frame's and the forms' elements are always used with their page styles.
    copyFileSync('dist/site.css', join(directory, 'site.css'));
    copyFileSync('dist/forms.css', join(directory, 'forms.css'));
    // The notice feed fixture reads `avis.json`: an empty feed, so that hydration is judged alone.
    writeFileSync(join(directory, 'avis.json'), '{ "notices": [] }');
    return directory;
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('shows the key content of every element with JavaScript disabled', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/nojs.html`);
    const failures: string[] = [];
    for (const [key, expectation] of cases) {
      const text = normaliseSpaces(await sectionText(page, key, 'visible'));
      for (const expected of expectation.expectedTexts) {
        if (!text.includes(normaliseSpaces(expected))) failures.push(`${key} : « ${expected} » introuvable dans « ${text.slice(0, 200)} »`);
      }
    }
    // Without JavaScript the elements are never upgraded: what shows is the declarative shadow DOM.
    expect(await page.$$eval('[data-case] > *', (hosts) => hosts.every((host) => host.shadowRoot !== null))).toBe(true);
    await context.close();
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('hydrates every element without console errors or layout shift', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    // The page as it stands once parsed, the bundle held back: what a resident sees before the
    // script runs (the same as without JavaScript, except the tabs, which reserve their layout
    // only when JavaScript is on: forms.css, `scripting: enabled`).
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/loos-ui-hydrate.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}/index.html`, { waitUntil: 'commit' });
    await page.waitForSelector('main > section:last-of-type');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const before = await boxes(page);
    release();
    await page.waitForLoadState('load');
    // Module scripts have run when `goto` resolves (the load event waits for them): an element
    // still undefined is missing from the bundle, and is reported rather than waited for.
    const hydrated = await page.$$eval('[data-case] > *', async (hosts) => {
      const defined = hosts.filter((host) => customElements.get(host.localName) !== undefined);
      await Promise.all(defined.map((host) => (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
      return hosts.map((host) => [host.localName, (host as HTMLElement & { hasUpdated?: boolean }).hasUpdated === true] as const);
    });
    // Two frames so that a shift caused by the first client render is reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shift = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
    // A server-written error summary takes the focus on load (as it should), which scrolls the page:
    // back to the top, as the page before the script was measured, before comparing the boxes.
    await page.evaluate(() => new Promise((done) => {
      window.scrollTo(0, 0);
      requestAnimationFrame(() => requestAnimationFrame(done));
    }));
    const after = await boxes(page);
    await context.close();

    expect(errors, errors.join('\n')).toEqual([]);
    expect(hydrated.filter(([, done]) => !done).map(([tag]) => tag), 'éléments non hydratés (absents de dist/cdn, donc de src/index.ts ?)').toEqual([]);
    expect(shift).toBe(0);
    for (const [key, box] of Object.entries(before)) {
      if (relayouts(key)) continue;
      const moved = after[key]!;
      for (const side of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(moved[side] - box[side]), `${key} : ${side} a bougé`).toBeLessThan(1);
      }
    }
  });

  // Lit hydrates without comparing texts: a first browser render that differs from the server's
  // (other data, other language) would leave the server's texts on screen for good. So each
  // hydrated element must show what the browser renders by itself from the same host (a copy
  // with the same attributes and light DOM, data child included).
  it.each([
    ['page en français', 'index.html'],
    ['page en anglais', 'en.html'],
  ])('hydrates to exactly what the browser renders itself (%s)', async (_, file) => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    await page.goto(`${site.url}/${file}`);
    await page.$$eval('[data-case] > *', async (hosts) => {
      type LitHost = HTMLElement & { updateComplete: Promise<boolean> };
      await Promise.all(hosts.map((host) => (host as LitHost).updateComplete));
      const main = document.querySelector('main')!;
      for (const host of hosts) {
        const section = document.createElement('section');
        section.dataset.case = `copie:${host.parentElement!.dataset.case!}`;
        section.append(host.cloneNode(true));
        main.append(section);
      }
      await Promise.all([...main.querySelectorAll('[data-case^="copie:"] > *')].map((copy) => (copy as LitHost).updateComplete));
    });
    for (const [key] of cases) {
      // Polled: a feed read from `src` settles a moment later in both.
      const both = async () => ({ hydrated: await sectionText(page, key, 'rendered'), copy: await sectionText(page, `copie:${key}`, 'rendered') });
      await expect.poll(both, { timeout: 3000, message: key }).toSatisfy(({ hydrated, copy }) => hydrated === copy);
    }
    await context.close();
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('keeps working after hydration: the official banner opens its explanation', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/index.html`);
    const banner = page.locator('[data-case="loos-official-banner"] loos-official-banner');
    await banner.evaluate((host) => (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
    await banner.getByRole('button', { name: 'Comment le vérifier ?' }).click();
    await expect.poll(() => banner.getByText('« loos.fr »').isVisible()).toBe(true);
    await context.close();
  });
});
