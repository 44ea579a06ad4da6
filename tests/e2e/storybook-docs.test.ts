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
  /** The `href` of every link of the page's own text (examples excluded). */
  readonly links: readonly string[];
  /** The page's own text, without examples and code (where file names are expected). */
  readonly prose: string;
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

    const content = document.querySelector('.sbdocs-content');
    const isOwnText = (node: Element) => node.closest('[id^="story--"], .docs-story, pre, code') === null;
    function proseOf(node: Node): string {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element) || !isOwnText(node) || ['SCRIPT', 'STYLE'].includes(node.tagName)) return '';
      const block = getComputedStyle(node).display !== 'inline';
      return [...node.childNodes].map(proseOf).join('') + (block ? '\n' : '');
    }
    return {
      contentLang: content?.getAttribute('lang') ?? null,
      links: [...(content?.querySelectorAll('a[href]') ?? [])].filter(isOwnText).map((link) => link.getAttribute('href') ?? ''),
      prose: content === null ? '' : proseOf(content),
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

/** Why a link of a docs page leads nowhere inside the catalogue, or undefined when it works. */
function brokenLink(href: string, pageIds: ReadonlySet<string>): string | undefined {
  if (/^(?:https?:|mailto:|tel:|#)/u.test(href)) return undefined;
  // `?path=/docs/<id>` navigates the catalogue; `iframe.html?id=<id>` is an example opened alone.
  const target = /^(?:\?path=\/(?:docs|story)\/|iframe\.html\?id=)([^#&]+)/u.exec(href)?.[1];
  if (target === undefined) return 'chemin de fichier';
  return pageIds.has(decodeURIComponent(target)) ? undefined : 'page absente du catalogue';
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
    const pageIds = new Set(Object.keys((JSON.parse(readFileSync(`${CATALOGUE}/index.json`, 'utf8')) as { entries: object }).entries));
    const linksByPage = new Map<string, readonly string[]>();
    let examples = 0;
    let darkExamples = 0;
    for (const entry of pages) {
      const docs = await readDocsPage(page, `${site.url}/iframe.html?viewMode=docs&id=${entry.id}`);
      if (docs.contentLang !== 'fr') failures.push(`${entry.id} : page en lang="${String(docs.contentLang)}"`);
      // The page follows the toolbar (Loos by default), whatever theme its last example has.
      // A page without examples sets no theme: `:root` carries Loos.
      if ((docs.pageTheme ?? 'loos') !== 'loos') failures.push(`${entry.id} : la page prend le thème « ${String(docs.pageTheme)} »`);
      linksByPage.set(entry.id, docs.links);
      for (const href of docs.links) {
        const broken = brokenLink(href, pageIds);
        if (broken !== undefined) failures.push(`${entry.id} : lien « ${href} » (${broken})`);
      }
      // A Markdown table the page failed to render shows as « | Valeur | Effet | » lines.
      const rawTable = docs.prose.split('\n').find((line) => /^\s*\|.*\|\s*$/u.test(line));
      if (rawTable !== undefined) failures.push(`${entry.id} : tableau Markdown brut « ${rawTable.trim()} »`);
      const filePath = /[\w./-]+\.md\b/u.exec(docs.prose)?.[0];
      if (filePath !== undefined) failures.push(`${entry.id} : chemin de fichier « ${filePath} » dans le texte`);
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
    // The welcome page leads to the tone checker and to the guides.
    const welcome = (linksByPage.get('accueil--documentation') ?? []).map((href) => decodeURIComponent(href));
    expect(welcome).toContain('?path=/docs/outils-vérificateur-de-ton--documentation');
    expect(welcome.filter((href) => href.startsWith('?path=/docs/guides-')).length).toBeGreaterThanOrEqual(8);
    expect(examples).toBeGreaterThan(50);
    expect(darkExamples).toBeGreaterThan(5);
  });

  it('shows the colours of the theme chosen in the toolbar, with contrasts only for pairs used together', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/iframe.html?viewMode=story&id=fondations-couleurs--theme-choisi&globals=theme:loos-dark`, { waitUntil: 'networkidle' });
    const root = page.locator('#storybook-root');
    await expect.poll(() => root.locator('h2').innerText()).toBe('Couleurs, thème Loos sombre');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-loos-theme'))).toBe('loos-dark');
    // A ratio of 1:1 means a colour measured against itself: a pair nobody uses.
    expect(await root.innerText()).not.toContain('1,00:1');
    await context.close();
  });
});
