import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueHref, GUIDE_TITLES, guideForCatalogue, REPOSITORY_URL } from '../../../stories/guides/guide-links.js';

const GUIDE_PAGES = readdirSync('stories/guides').filter((file) => file.endsWith('.mdx'));

describe('guides inside the catalogue', () => {
  it('opens another guide on its catalogue page', () => {
    expect(catalogueHref('docs/formats/notices.md', '../tone-rules.md')).toBe('?path=/docs/guides-règles-du-correcteur-de-ton--documentation');
    expect(catalogueHref('docs/tone-of-voice.md', 'channels.md#sms')).toBe('?path=/docs/guides-canaux--documentation');
  });

  it('opens any other file of the repository on the repository site', () => {
    expect(catalogueHref('docs/formats/budget.md', '../../schemas/budget.schema.json')).toBe(`${REPOSITORY_URL}/blob/main/schemas/budget.schema.json`);
    expect(catalogueHref('docs/formats/notices.md', '../ssr.md')).toBe(`${REPOSITORY_URL}/blob/main/docs/ssr.md`);
    expect(REPOSITORY_URL).toMatch(/^https:\/\//u);
  });

  it('keeps web addresses and in-page anchors, and turns placeholder links into plain underlined text', () => {
    expect(catalogueHref('docs/brand.md', 'https://www.w3.org/TR/WCAG22/')).toBe('https://www.w3.org/TR/WCAG22/');
    expect(catalogueHref('docs/brand.md', '#contraste')).toBe('#contraste');
    expect(guideForCatalogue('docs/tone-rules.md', '« [cliquez ici](…) » et [canaux](channels.md)')).toBe(
      '« <u>cliquez ici</u> » et [canaux](?path=/docs/guides-canaux--documentation)',
    );
  });

  it('shows a guide picture from the catalogue itself, never from the repository site', () => {
    expect(guideForCatalogue('docs/channels.md', '![Visuel](../tests/fixtures/channels/road-closure/image-1080x1080.png) et [le PNG](../tests/fixtures/channels/road-closure/image-1080x1080.png)')).toBe(
      `![Visuel](tests/fixtures/channels/road-closure/image-1080x1080.png) et [le PNG](${REPOSITORY_URL}/blob/main/tests/fixtures/channels/road-closure/image-1080x1080.png)`,
    );
  });

  it('has a catalogue page for each guide it links to, showing that guide', () => {
    for (const [file, title] of Object.entries(GUIDE_TITLES)) {
      const page = GUIDE_PAGES.map((name) => readFileSync(`stories/guides/${name}`, 'utf8')).find((text) => text.includes(`<Meta title="${title}" />`));
      expect(page, title).toBeDefined();
      expect(page).toContain(`../../${file}?raw`);
      expect(page).toContain(`guideForCatalogue('${file}', text)`);
    }
  });

  it('links, in every guide, only to files that exist in the repository', () => {
    const guides = ['docs', 'docs/formats'].flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => `${dir}/${name}`));
    const missing: string[] = [];
    for (const guide of guides) {
      // Examples in code spans (« `![](photo.jpg)` ») are not links.
      const text = readFileSync(guide, 'utf8').replace(/`[^`\n]*`/gu, '');
      for (const [, href = ''] of text.matchAll(/\]\(([^)\s]+)\)/gu)) {
        if (/^(?:[a-z]+:|#|…)/iu.test(href)) continue;
        const target = new URL(href.split('#')[0] ?? '', `file:///repo/${guide}`).pathname.replace('/repo/', '');
        if (!existsSync(target)) missing.push(`${guide} → ${href}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
