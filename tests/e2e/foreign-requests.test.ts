/**
 * A resident's browser talks to the city's site only: no story of the BUILT catalogue (every
 * story and every documentation page) and no example page makes a request to another origin —
 * no font, image, script or feed from a third party. Requests to another origin are counted;
 * resources that would load later (a lazy image below the fold) are found in the
 * rendered DOM, shadow roots included, and counted too.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { serveInChromium } from './static-server.js';
import { CATALOGUE, emitAndRender, openPreview, storiesOfCatalogue } from './storybook-channel.js';

const PARALLEL_PAGES = Number(process.env.PAGES ?? 3);
const EXAMPLE_PAGES = [
  ...readdirSync('examples').filter((file) => file.endsWith('.html')).map((file) => `examples/${file}`),
  ...readdirSync('tests/e2e/pages').filter((file) => file.endsWith('.html')).map((file) => `tests/e2e/pages/${file}`),
];

/**
 * Records every request of the context that leaves `origin` (data: and blob: URLs never leave the
 * page). Observed, not intercepted: intercepting every request slowed the stories' own loading
 * enough to fail their interaction checks on a busy machine.
 */
function watchOrigin(context: BrowserContext, origin: string, foreign: string[], where: () => string): void {
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(`${where()} → ${url.href}`);
  });
}

/** Resolves once the page has had no request in flight for two checks in a row. */
function trackNetwork(page: Page): () => Promise<void> {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return async () => {
    for (let quiet = 0; quiet < 2; ) {
      await page.waitForTimeout(50);
      quiet = inFlight <= 0 ? quiet + 1 : 0;
    }
  };
}

/** Addresses of resources the rendered page would load (images, media, frames, styles), shadow roots included. */
function resourceAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('img, source, video, audio, iframe, embed, object, script[src], link[rel~="stylesheet"], link[rel~="preload"], link[rel~="icon"], image, use')) {
        for (const attribute of ['src', 'srcset', 'poster', 'data', 'href', 'xlink:href']) {
          const value = element.getAttribute(attribute);
          if (value === null || value === '') continue;
          for (const candidate of attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value]) {
            found.push(new URL(candidate, document.baseURI).href);
          }
        }
      }
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot !== null) visit(element.shadowRoot);
    };
    visit(document);
    return found;
  });
}

function foreignAddresses(addresses: readonly string[], origin: string): string[] {
  return addresses.filter((address) => {
    const url = new URL(address);
    return url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:';
  });
}

describe('requests to other origins from the built catalogue', () => {
  // Served at the root, as the stories' own addresses (/tests/fixtures/…) expect.
  const site = serveInChromium(() => {
    if (!existsSync(`${CATALOGUE}/index.json`)) {
      throw new Error('Catalogue absent : lancez `npm run build-storybook` avant `npm run test:e2e`.');
    }
    return CATALOGUE;
  });

  it('makes zero from every story and documentation page of the built catalogue', async () => {
    const entries = storiesOfCatalogue(['story', 'docs']);
    // The preview opens on a story (a documentation id in story mode never renders).
    const first = entries.find((entry) => entry.type === 'story')!.id;
    const foreign: string[] = [];
    const failures: string[] = [];
    let visited = 0;
    let next = 0;

    async function worker(): Promise<void> {
      const context = await site.browser.newContext();
      let current = first;
      watchOrigin(context, site.url, foreign, () => current);
      const page = await context.newPage();
      const settled = trackNetwork(page);
      await openPreview(page, site.url, current, false);
      let shown = `story:${first}`;
      /** Shows one entry (its interaction check may fail: the requests are what counts here). */
      const show = async (entry: (typeof entries)[number]): Promise<void> => {
        const rendered = entry.type === 'docs' ? 'docsRendered' : 'storyRendered';
        // Asking for the story already shown renders nothing, so nothing would answer.
        if (`${entry.type}:${entry.id}` !== shown) await emitAndRender(page, 'setCurrentStory', { storyId: entry.id, viewMode: entry.type }, rendered, true);
        shown = `${entry.type}:${entry.id}`;
        await settled();
        for (const address of foreignAddresses(await resourceAddresses(page), site.url)) foreign.push(`${entry.id} (dans la page) → ${address}`);
        visited++;
      };
      while (next < entries.length) {
        const entry = entries[next++]!;
        current = entry.id;
        try {
          await show(entry);
        } catch (firstError) {
          // A busy machine sometimes loses a render: open the preview afresh and show it again, once.
          try {
            await openPreview(page, site.url, first, false);
            shown = `story:${first}`;
            await show(entry);
          } catch (error) {
            failures.push(`${entry.id} : ${(error as Error).message.slice(0, 300)} (1er essai : ${(firstError as Error).message.slice(0, 200)})`);
          }
        }
      }
      await context.close();
    }

    await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
    console.log(`Requêtes vers d'autres origines : ${foreign.length} (${visited} stories et pages de documentation).\n${foreign.join('\n')}`);
    expect(failures, failures.join('\n')).toEqual([]);
    expect(foreign, foreign.join('\n')).toEqual([]);
    expect(visited).toBe(entries.length);
  });
});

describe('requests to other origins from the example pages', () => {
  const site = serveInChromium(() => '.');

  it('makes zero from every example page', async () => {
    const foreign: string[] = [];
    for (const path of EXAMPLE_PAGES) {
      const context = await site.browser.newContext();
      watchOrigin(context, site.url, foreign, () => path);
      const page = await context.newPage();
      await page.goto(`${site.url}/${path}`, { waitUntil: 'networkidle' });
      for (const address of foreignAddresses(await resourceAddresses(page), site.url)) foreign.push(`${path} (dans la page) → ${address}`);
      await context.close();
    }
    console.log(`Requêtes vers d'autres origines : ${foreign.length} (${EXAMPLE_PAGES.length} pages d'exemple).`);
    expect(EXAMPLE_PAGES).toContain('examples/cms.html');
    expect(foreign, foreign.join('\n')).toEqual([]);
  });
});
