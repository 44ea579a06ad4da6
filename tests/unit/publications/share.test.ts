import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readShareAttributes, SHARE_NETWORKS } from '../../../src/lib/publications/share.js';

const PAGE = 'https://www.loos.fr/actualites/square?theme=parcs&page=2';
const hrefs = (input: Parameters<typeof readShareAttributes>[0]) =>
  Object.fromEntries(readShareAttributes(input).view.links.map((link) => [link.network, link.href]));

describe('share links', () => {
  it('builds each network’s share address from the page address and title, encoded', () => {
    const links = hrefs({ url: PAGE, title: 'Un nouveau square & des jeux' });
    const encoded = encodeURIComponent(PAGE);
    expect(links).toEqual({
      email: `mailto:?subject=Un%20nouveau%20square%20%26%20des%20jeux&body=Un%20nouveau%20square%20%26%20des%20jeux%0A${encoded}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
      x: `https://x.com/intent/post?url=${encoded}&text=Un%20nouveau%20square%20%26%20des%20jeux`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`,
      whatsapp: `https://wa.me/?text=Un%20nouveau%20square%20%26%20des%20jeux%20${encoded}`,
    });
  });

  it('shares the address alone when there is no title', () => {
    const links = hrefs({ url: PAGE });
    expect(links.email).toBe(`mailto:?body=${encodeURIComponent(PAGE)}`);
    expect(links.x).toBe(`https://x.com/intent/post?url=${encodeURIComponent(PAGE)}`);
  });

  it('shows the networks asked for, in the order written, and reports an unknown one', () => {
    const { view, problems } = readShareAttributes({ url: PAGE, networks: 'whatsapp email myspace' });
    expect(view.links.map((link) => link.network)).toEqual(['whatsapp', 'email']);
    expect(problems).toEqual([expect.objectContaining({ field: 'networks', message: expect.stringContaining('myspace') as unknown })]);
  });

  it.each([
    ['javascript:alert(1)', 'protocole'],
    ['/actualites/square', 'complète'],
    ['mailto:mairie@loos.fr', 'complète'],
    ['', 'vide'],
  ])('refuses %j as the address to share, with no link', (url, reason) => {
    const { view, problems } = readShareAttributes({ url, title: 'Titre' });
    expect(view.links).toEqual([]);
    expect(view.url).toBeUndefined();
    expect(problems[0]?.field).toBe('url');
    expect(problems[0]?.message).toContain(reason);
  });

  it('reports a missing address', () => {
    expect(readShareAttributes({}).problems.map((p) => p.field)).toEqual(['url']);
  });

  it('never lets a title or an address break out of its query parameter', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: fc.constantFrom('a', '/', 'é', '&', '=', '?', '#', '%', '+', ' ') }), (title, path) => {
        const url = `https://www.loos.fr/${path}`;
        const { view } = readShareAttributes({ url, title });
        for (const link of view.links) {
          const parsed = new URL(link.href);
          const values = [...parsed.searchParams.values()].join('\n');
          expect(values).toContain(view.url);
          expect([...parsed.searchParams.keys()].every((key) => ['subject', 'body', 'u', 'url', 'text'].includes(key))).toBe(true);
        }
      }),
    );
  });

  it('reports values of the wrong type set from script instead of failing, and keeps the rest', () => {
    const { view, problems } = readShareAttributes({ url: new URL('https://www.loos.fr/agenda'), title: 42, networks: [] });
    expect(view.links.map((link) => link.network)).toEqual([...SHARE_NETWORKS]);
    expect(view.url).toBe('https://www.loos.fr/agenda');
    expect(problems.map((p) => p.field)).toEqual(['share-title', 'networks']);
  });

  it('shares a title cut in the middle of an emoji instead of failing', () => {
    const { view } = readShareAttributes({ url: 'https://www.loos.fr/', title: 'Fête \ud83c' });
    expect(view.links.find((link) => link.network === 'x')?.href).toBe('https://x.com/intent/post?url=https%3A%2F%2Fwww.loos.fr%2F&text=F%C3%AAte%20%EF%BF%BD');
  });

  it('names every network it knows', () => {
    expect(Object.keys(hrefs({ url: PAGE }))).toEqual([...SHARE_NETWORKS]);
  });
});
