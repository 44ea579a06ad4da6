/**
 * The docs pages of the BUILT catalogue, as the communication team reads them: every docs page
 * listed in index.json is opened and its examples must speak French (English only inside an
 * example that says it is in English, with its own `lang="en"`), and each example keeps its theme
 * without changing the rest of the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { englishFragments } from './english-text.js';
import { serveInChromium } from './static-server.js';

const CATALOGUE = 'storybook-static';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
}

function docsPages(): IndexEntry[] {
  const index = JSON.parse(readFileSync(`${CATALOGUE}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'docs');
}

/** What one example (story block) of a docs page shows. */
interface Example {
  readonly id: string;
  readonly lang: string | null;
  /** Its text, shadow roots included, without the parts the story itself marks `lang="en"`. */
  readonly text: string;
  /** The theme applied around it: its own frame's, else the page's. */
  readonly theme: string | null;
}

interface DocsPage {
  readonly contentLang: string | null;
  readonly pageTheme: string | null;
  readonly examples: readonly Example[];
}

/** Opens a docs page and waits until it and every element it shows have rendered. */
async function readDocsPage(page: Page, url: string): Promise<DocsPage> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('.sbdocs-content');
  await page.waitForFunction(() => [...document.querySelectorAll('[id^="story--"][id$="-inner"]')].every((block) => block.childElementCount > 0));
  return page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('loos-'));
    await Promise.all(elements.map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()));
    // Lazily loaded words (the budget chart's English table) arrive after a first render.
    await new Promise((done) => setTimeout(done, 300));

    function textOf(node: Node): string {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return '';
      if (node.getAttribute('lang')?.toLowerCase().startsWith('en')) return '';
      const children = [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes];
      return children.map(textOf).join(' ');
    }

    return {
      contentLang: document.querySelector('.sbdocs-content')?.getAttribute('lang') ?? null,
      pageTheme: document.documentElement.getAttribute('data-loos-theme'),
      examples: [...document.querySelectorAll('[id^="story--"][id$="-inner"]')].map((block) => ({
        // `story--<story id>-inner`, or `…--primary-inner` for the first story shown at the top.
        id: block.id.replace(/^story--/, '').replace(/(?:--primary)?-inner$/, ''),
        lang: block.getAttribute('lang'),
        text: [...block.childNodes].map(textOf).join(' ').replace(/\s+/g, ' '),
        theme: (block.querySelector('[data-loos-theme]') ?? document.documentElement).getAttribute('data-loos-theme'),
      })),
    };
  });
}

/** A fragment found as whole words (« Closed » in « Closed today », not in « Enclosed »). */
function containsWords(text: string, fragment: string): boolean {
  const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(text);
}

describe('built catalogue: docs pages', () => {
  const site = serveInChromium(() => {
    if (!existsSync(`${CATALOGUE}/index.json`)) {
      throw new Error('Catalogue absent : lancez `npm run build-storybook` avant `npm run test:e2e`.');
    }
    return CATALOGUE;
  });
  const english = englishFragments();

  it('knows enough English wording to recognise it', () => {
    expect(english).toContain('Published on');
    expect(english).toContain('Add to my calendar');
    expect(english.length).toBeGreaterThan(100);
  });

  it('shows every example in French, English only where an example asks for it, in its own theme', async () => {
    const pages = docsPages();
    expect(pages.length).toBeGreaterThan(10);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(`erreur JavaScript : ${error.message}`));
    let examples = 0;
    let darkExamples = 0;
    for (const entry of pages) {
      const docs = await readDocsPage(page, `${site.url}/iframe.html?viewMode=docs&id=${entry.id}`);
      if (docs.contentLang !== 'fr') failures.push(`${entry.id} : page en lang="${String(docs.contentLang)}"`);
      // The page follows the toolbar (Loos by default), whatever theme its last example has.
      // A page without examples sets no theme: `:root` carries Loos.
      if ((docs.pageTheme ?? 'loos') !== 'loos') failures.push(`${entry.id} : la page prend le thème « ${String(docs.pageTheme)} »`);
      for (const example of docs.examples) {
        examples += 1;
        if (example.lang !== 'fr') failures.push(`${example.id} : exemple en lang="${String(example.lang)}"`);
        const found = english.filter((fragment) => containsWords(example.text, fragment));
        if (found.length > 0) failures.push(`${example.id} : texte anglais « ${found.join(' », « ')} »`);
        // The dark examples are the ones whose theme differs most from the page's.
        if (example.id.endsWith('sombre')) {
          darkExamples += 1;
          if (example.theme !== 'loos-dark') failures.push(`${example.id} : thème « ${String(example.theme)} »`);
        }
      }
    }
    await context.close();
    expect(failures, failures.join('\n')).toEqual([]);
    expect(examples).toBeGreaterThan(50);
    expect(darkExamples).toBeGreaterThan(5);
  });
});
