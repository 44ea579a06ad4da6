import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/service-tiles/service-tiles.js';
import { axeViolations, captureInvalid, mountElement, THEME_NAMES } from './support.js';


const TILES_HTML = `<loos-service-tiles>
  <h2>Démarches les plus demandées</h2>
  <ul>
    <li><a href="/etat-civil/naissance" data-icon="naissance">Déclarer une naissance<small>Dans les 5 jours qui suivent</small></a></li>
    <li><a href="/ecoles/cantine" data-icon="cantine">Inscrire un enfant à la cantine</a></li>
    <li><a href="/papiers/carte-identite" data-icon="papiers">Demander une carte d’identité</a></li>
  </ul>
  <a href="/demarches" data-all>Toutes les démarches</a>
</loos-service-tiles>`;

const mount = (markup: string) => mountElement(markup, 'loos-service-tiles');
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('<loos-service-tiles>', () => {
  it('reads the list of links written in the page: heading, one link per tile, description, « Toutes les démarches »', async () => {
    const tiles = await mount(TILES_HTML);
    const root = tiles.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).toBe('Démarches les plus demandées');
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('heading');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('ul a')];
    expect(links.map((link) => [link.getAttribute('href'), flat(link.textContent)])).toEqual([
      ['/etat-civil/naissance', 'Déclarer une naissanceDans les 5 jours qui suivent'],
      ['/ecoles/cantine', 'Inscrire un enfant à la cantine'],
      ['/papiers/carte-identite', 'Demander une carte d’identité'],
    ]);
    expect(root.querySelectorAll('li')).toHaveLength(3);
    expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('[part=all]')?.getAttribute('href')).toBe('/demarches');
  });

  it('keeps the links in the page for readers without JavaScript', async () => {
    const tiles = await mount(TILES_HTML);
    expect(tiles.querySelectorAll('li a[href]')).toHaveLength(3);
  });

  it('gives each tile a target of at least 44 × 44 px, also on a 320 px screen, without horizontal scroll', async () => {
    const tiles = await mount(`<div style="inline-size: 320px">${TILES_HTML}</div>`);
    for (const link of tiles.shadowRoot!.querySelectorAll('a')) {
      const box = link.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    expect(tiles.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('is reached tile by tile with the keyboard, then « Toutes les démarches »', async () => {
    const tiles = await mount(TILES_HTML);
    const reached: string[] = [];
    for (let step = 0; step < 4; step++) {
      await userEvent.tab();
      reached.push(tiles.shadowRoot!.activeElement?.getAttribute('href') ?? '');
    }
    expect(reached).toEqual(['/etat-civil/naissance', '/ecoles/cantine', '/papiers/carte-identite', '/demarches']);
  });

  it('takes the tiles from a JSON child or a property', async () => {
    const json = JSON.stringify({ heading: 'Vos démarches', tiles: [{ label: 'Signaler un problème', href: '/signaler', icon: 'signalement' }] });
    const tiles = await mount(`<loos-service-tiles all-href="/demarches"><script type="application/json">${json}</script></loos-service-tiles>`);
    expect(flat(tiles.shadowRoot!.querySelector('ul')?.textContent)).toBe('Signaler un problème');
    expect(tiles.shadowRoot!.querySelector('[part=all]')?.textContent).toBe('Toutes les démarches');
    tiles.tiles = [{ label: 'Payer la cantine', href: 'https://paiement.example.org', icon: 'paiement' }];
    await tiles.updateComplete;
    expect(tiles.shadowRoot!.querySelector('ul a')?.getAttribute('href')).toBe('https://paiement.example.org');
  });

  it('leaves out a tile with a javascript: link or no label, says so with loos-invalid, and shows HTML as text', async () => {
    const events = captureInvalid();
    const tiles = await mount('<loos-service-tiles heading="<i>Titre</i>" all-href="javascript:alert(1)"></loos-service-tiles>');
    tiles.tiles = [{ label: 'Piège', href: 'javascript:alert(1)' }, { href: '/x' }, 'x', { label: '<img src=x onerror=alert(1)>', href: '/ok' }];
    await tiles.updateComplete;
    expect(tiles.shadowRoot!.querySelectorAll('ul a')).toHaveLength(1);
    expect(tiles.shadowRoot!.querySelector('img, i')).toBeNull();
    expect(tiles.shadowRoot!.querySelector('a[href^="javascript"]')).toBeNull();
    const fields = events.at(-1)?.detail.problems.map((p) => p.field);
    expect(fields).toEqual(['tiles[0].href', 'tiles[0]', 'tiles[1]', 'tiles[2]', 'all-href']);
  });

  it('has no axe violation in any theme', async () => {
    for (const theme of THEME_NAMES) {
      document.documentElement.setAttribute('data-loos-theme', theme);
      await mount(TILES_HTML);
      expect(await axeViolations(), theme).toEqual([]);
    }
  });
});
