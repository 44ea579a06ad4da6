/// <reference types="vite/client" />
/**
 * Every HTML example of the README and the guides, run as written in a French page: the elements
 * must render without a single `loos-invalid` report. An example that stops working (a renamed
 * attribute, a missing `source`) fails here. Dated examples run at the moment they were written
 * for (the clock is set to their publication date), so they never age out.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/index.js';
import { LoosNotice } from '../../src/components/notice/notice.js';
import { manualClock } from '../../src/lib/notices/clock.js';
import budgetCa2024 from '../fixtures/budget/doc-ca-2024.csv?raw';
import budgetCa2025 from '../fixtures/budget/doc-ca-2025.csv?raw';
import budget2026 from '../fixtures/budget/loos-2026-scdl.csv?raw';
import notices from '../fixtures/notices/notices-valid.json?raw';
import { captureInvalid } from './support.js';

const DOCUMENTS = import.meta.glob<string>(['../../README.md', '../../docs/**/*.md'], { query: '?raw', import: 'default', eager: true });

/** What the examples' `src` addresses answer, as the city's server would. */
const SERVED: Readonly<Record<string, readonly [string, string]>> = {
  '/donnees/budget-2026.csv': [budget2026, 'text/csv'],
  '/budget/ca-2025.csv': [budgetCa2025, 'text/csv'],
  '/budget/ca-2024.csv': [budgetCa2024, 'text/csv'],
  '/flux/avis.json': [notices, 'application/json'],
};

/** When an undated example runs. */
const DEFAULT_NOW = Date.parse('2026-12-01T10:00:00+01:00');

interface Snippet {
  readonly name: string;
  readonly html: string;
}

/** Every HTML example that shows an element; « … » marks an abridged one, shown for its shape only. */
function htmlSnippets(): { runnable: Snippet[]; abridged: string[] } {
  const all = Object.entries(DOCUMENTS).flatMap(([path, text]) =>
    [...text.matchAll(/^```html\n([\s\S]*?)^```/gmu)]
      .map((match, index) => ({ name: `${path.replace('../../', '')} #${String(index + 1)}`, html: match[1] ?? '' }))
      .filter((snippet) => snippet.html.includes('<loos-')),
  );
  return {
    runnable: all.filter((snippet) => !snippet.html.includes('…')),
    abridged: all.filter((snippet) => snippet.html.includes('…')).map((snippet) => snippet.name),
  };
}

/** The examples' clock: their earliest publication date, plus an hour. */
function snippetNow(root: ParentNode): number {
  const published = [...root.querySelectorAll('[published]')].map((element) => Date.parse(element.getAttribute('published') ?? ''));
  const dates = published.filter((time) => Number.isFinite(time));
  return dates.length === 0 ? DEFAULT_NOW : Math.min(...dates) + 3_600_000;
}

/** Puts an example in the page, its clocks set before the elements start. */
async function mountSnippet(html: string): Promise<Element[]> {
  const template = document.createElement('template');
  template.innerHTML = html;
  // The page already has the elements; the example's own <script src>/<link> are the CDN files.
  for (const tag of template.content.querySelectorAll('script[src], link[rel="stylesheet"]')) tag.remove();
  const now = snippetNow(template.content);
  const elements = [...template.content.querySelectorAll('*')].filter((element) => element.localName.startsWith('loos-'));
  for (const element of elements) {
    if (['loos-notice', 'loos-notice-feed', 'loos-contact-card'].includes(element.localName)) Object.assign(element, { clock: manualClock(now) });
    if (element.localName === 'loos-event-list' && !element.hasAttribute('now')) Object.assign(element, { now: new Date(now) });
  }
  document.body.replaceChildren(template.content);
  const mounted = [...document.body.querySelectorAll('*')].filter((element) => element.localName.startsWith('loos-'));
  await Promise.all(mounted.map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()));
  return mounted;
}

function fakeServer(requests: string[]) {
  return (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    requests.push(url.pathname);
    const served = SERVED[url.pathname];
    if (served === undefined) return Promise.resolve(new Response('absent', { status: 404 }));
    return Promise.resolve(new Response(served[0], { headers: { 'content-type': served[1] } }));
  };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('HTML examples of the README and the guides', () => {
  const { runnable: snippets, abridged } = htmlSnippets();

  it('finds the examples, and abridges only the few that show a shape rather than data', () => {
    expect(snippets.length).toBeGreaterThan(8);
    expect(snippets.some((snippet) => snippet.name.startsWith('README.md'))).toBe(true);
    // An abridged example is not run: keep them rare, each one a deliberate choice.
    // The site's header and footer show the CMS's markup around the menu and the mentions, not all of it.
    expect(abridged).toEqual(['docs/formats/budget.md #2', 'docs/services.md #2', 'docs/site.md #3', 'docs/site.md #5']);
  });

  it.each(snippets.map((snippet) => [snippet.name, snippet] as const))('%s renders without any invalid-data report', async (_name, snippet) => {
    const requests: string[] = [];
    vi.stubGlobal('fetch', fakeServer(requests));
    const reports = captureInvalid();
    const elements = await mountSnippet(snippet.html);
    // Data fetched from `src` arrives after a first render.
    await vi.waitFor(() => {
      for (const element of elements) expect(element.getAttribute('aria-busy') ?? 'false').toBe('false');
      expect(requests.every((path) => path in SERVED), `adresses sans réponse : ${requests.join(', ')}`).toBe(true);
    });
    await new Promise((done) => setTimeout(done, 50));
    const messages = reports.flatMap((event) => event.detail.problems.map((problem) => `${event.detail.element} ${problem.field} : ${problem.message}`));
    expect(messages).toEqual([]);
    // A notice example shows its notice: its dates are read at the moment it was written for.
    for (const notice of elements.filter((element) => element instanceof LoosNotice)) {
      expect(notice.visible).toBe(true);
    }
  });
});
