/**
 * The site frame as a person uses it: the header's menu button on a small screen (Enter, Space,
 * Escape, Tab kept inside only while open), the breadcrumb folded without hiding the current page,
 * the footer's mandatory mentions and compliance line, and the way back to the top.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/components/back-to-top/back-to-top.js';
import '../../src/components/breadcrumb/breadcrumb.js';
import '../../src/components/footer/footer.js';
import '../../src/components/header/header.js';
import '../../src/styles/site.css';
import { breadcrumbMarkup, footerMarkup, headerMarkup, NAV_ENTRIES } from '../fixtures/site/markup.js';
import { captureInvalid, mountElement } from './support.js';

/** The header in a column as wide as a small phone, after a page button where Tab starts. */
async function narrowHeader(options: Parameters<typeof headerMarkup>[0] = {}, width = 320) {
  const header = await mountElement(`<button id="before">avant</button><div style="inline-size: ${width}px"><loos-header>${headerMarkup(options)}</loos-header></div>`, 'loos-header');
  return {
    header,
    button: header.querySelector<HTMLButtonElement>('.loos-header__menu-button'),
    nav: header.querySelector<HTMLElement>('nav')!,
    links: [...header.querySelectorAll<HTMLAnchorElement>('nav a')],
  };
}

const active = () => document.activeElement;

describe('<loos-header> on a small screen', () => {
  it('hides the menu behind a « Menu » button that says what it controls and whether it is open', async () => {
    const { button, nav } = await narrowHeader();
    expect(button?.textContent).toBe('Menu');
    expect(button?.getAttribute('aria-controls')).toBe(nav.id);
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(nav.checkVisibility()).toBe(false);
  });

  it('is reached by Tab after the home link, and opens with Enter: Tab then walks the menu in order', async () => {
    const { button, links } = await narrowHeader();
    document.querySelector<HTMLElement>('#before')!.focus();
    await userEvent.tab();
    expect(active()?.textContent).toContain('Ville de Loos');
    await userEvent.tab();
    expect(active()).toBe(button);
    await userEvent.keyboard('{Enter}');
    expect(button!.getAttribute('aria-expanded')).toBe('true');
    for (const link of links) {
      await userEvent.tab();
      expect(active()).toBe(link);
    }
  });

  it('opens with Space too', async () => {
    const { button, nav } = await narrowHeader();
    button!.focus();
    await userEvent.keyboard(' ');
    expect(nav.checkVisibility()).toBe(true);
  });

  it('closes with Escape and puts focus back on the button', async () => {
    const { button, nav, links } = await narrowHeader();
    button!.focus();
    await userEvent.keyboard('{Enter}');
    links[2]!.focus();
    await userEvent.keyboard('{Escape}');
    expect(nav.checkVisibility()).toBe(false);
    expect(button!.getAttribute('aria-expanded')).toBe('false');
    expect(active()).toBe(button);
  });

  it('keeps Tab inside the button and the menu while it is open, both ways', async () => {
    const { button, links } = await narrowHeader();
    button!.focus();
    await userEvent.keyboard('{Enter}');
    links.at(-1)!.focus();
    await userEvent.tab();
    expect(active()).toBe(button);
    await userEvent.tab({ shift: true });
    expect(active()).toBe(links.at(-1));
  });

  it('lets Tab leave once the menu is closed: on to the search field', async () => {
    const { header, button } = await narrowHeader();
    button!.focus();
    await userEvent.tab();
    expect(active()).toBe(header.querySelector('input[type=search]'));
  });
});

describe('<loos-header> on a wide screen', () => {
  it('shows the menu and no button, and traps nothing', async () => {
    const { header, button, nav, links } = await narrowHeader({}, 1000);
    expect(button?.checkVisibility()).toBe(false);
    expect(nav.checkVisibility()).toBe(true);
    links.at(-1)!.focus();
    await userEvent.tab();
    expect(active()).toBe(header.querySelector('input[type=search]'));
  });
});

describe('<loos-header> checks what the CMS wrote', () => {
  it('reports a menu of more than 7 entries in French, and still shows every entry', async () => {
    const invalid = captureInvalid();
    const entries = [...NAV_ENTRIES, 'Jeunesse', 'Solidarité', 'Sport'];
    const { links } = await narrowHeader({ entries }, 1000);
    expect(links).toHaveLength(9);
    expect(links.every((link) => link.checkVisibility())).toBe(true);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.detail.problems[0]!.message).toMatch(/^Le menu principal compte 9 entrées : 7 au plus/);
  });

  it('accepts 7 entries without a report', async () => {
    const invalid = captureInvalid();
    await narrowHeader({ entries: [...NAV_ENTRIES, 'Jeunesse'] }, 1000);
    expect(invalid).toHaveLength(0);
  });

  it('refuses a javascript: link: the address is removed, the text stays, the refusal is reported', async () => {
    const invalid = captureInvalid();
    const header = await mountElement(`<loos-header>${headerMarkup().replace('href="/rubrique-1"', 'href="javascript:alert(1)"')}</loos-header>`, 'loos-header');
    const link = header.querySelector('nav a')!;
    expect(link.hasAttribute('href')).toBe(false);
    expect(link.textContent).toBe('Vie pratique');
    expect(invalid[0]!.detail.problems.map((found) => found.field)).toContain('a[href]');
  });

  it('sends the search as a GET to the configured address', async () => {
    const header = await mountElement(`<loos-header search-action="https://www.loos.fr/recherche">${headerMarkup().replace('method="get"', 'method="post"')}</loos-header>`, 'loos-header');
    const form = header.querySelector('form')!;
    expect(form.action).toBe('https://www.loos.fr/recherche');
    expect(form.method).toBe('get');
  });

  it('refuses a javascript: search address and keeps the form’s own', async () => {
    const invalid = captureInvalid();
    const header = await mountElement(`<loos-header search-action="javascript:alert(1)">${headerMarkup()}</loos-header>`, 'loos-header');
    expect(header.querySelector('form')!.getAttribute('action')).toBe('/recherche');
    expect(invalid[0]!.detail.problems[0]!.field).toBe('search-action');
  });
});

describe('<loos-breadcrumb>', () => {
  const narrow = (markup: string) => mountElement(`<div style="inline-size: 320px"><loos-breadcrumb>${markup}</loos-breadcrumb></div>`, 'loos-breadcrumb');
  const shown = (breadcrumb: Element) => [...breadcrumb.querySelectorAll('li')].filter((item) => item.checkVisibility()).map((item) => item.textContent.trim());

  it('folds a long path to « … », the parent and the current page on a small screen', async () => {
    const breadcrumb = await narrow(breadcrumbMarkup());
    expect(shown(breadcrumb)).toEqual(['…Afficher tout le chemin', 'Déchets et propreté', 'Collecte des encombrants']);
    expect(breadcrumb.querySelector('[aria-current="page"]')!.textContent).toBe('Collecte des encombrants');
  });

  it('shows the whole path from the « … » button, and moves focus to its first step', async () => {
    const breadcrumb = await narrow(breadcrumbMarkup());
    const button = breadcrumb.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await breadcrumb.updateComplete;
    expect(shown(breadcrumb)).toEqual(['Accueil', 'Vie pratique', 'Déchets et propreté', 'Collecte des encombrants']);
    expect(active()?.textContent).toBe('Accueil');
  });

  it('never folds a short path', async () => {
    const breadcrumb = await narrow(breadcrumbMarkup(['Accueil', 'Vie pratique', 'Agenda']));
    expect(breadcrumb.querySelector('button')).toBeNull();
    expect(shown(breadcrumb)).toHaveLength(3);
  });

  it('marks the last step as the current page when the CMS forgot, and says so', async () => {
    const invalid = captureInvalid();
    const breadcrumb = await narrow(breadcrumbMarkup(undefined, { markCurrent: false }));
    expect(breadcrumb.querySelector('li:last-child a')!.getAttribute('aria-current')).toBe('page');
    expect(invalid[0]!.detail.problems[0]!.field).toBe('aria-current');
  });
});

describe('<loos-footer>', () => {
  const mountFooter = (attributes: string, options: Parameters<typeof footerMarkup>[0] = {}) =>
    mountElement(`<loos-footer ${attributes}>${footerMarkup(options)}</loos-footer>`, 'loos-footer');
  const statement = (footer: Element) => footer.querySelector<HTMLAnchorElement>('[data-loos-accessibility]')!;

  it('writes the compliance level, linked to the accessibility statement', async () => {
    const footer = await mountFooter('accessibility="totalement"');
    expect(statement(footer).textContent).toBe('Accessibilité : totalement conforme');
    expect(statement(footer).getAttribute('href')).toBe('/accessibilite');
  });

  it('follows a change of level', async () => {
    const footer = await mountFooter('accessibility="partiellement"');
    footer.accessibility = 'non';
    await footer.updateComplete;
    expect(statement(footer).textContent).toBe('Accessibilité : non conforme');
  });

  it.each([['absent', ''], ['mistyped', 'accessibility="conforme"']])('reads a level that is %s as « non conforme », and reports it in French', async (_, attributes) => {
    const invalid = captureInvalid();
    const footer = await mountFooter(attributes);
    expect(statement(footer).textContent).toBe('Accessibilité : non conforme');
    expect(invalid[0]!.detail.element).toBe('loos-footer');
    expect(invalid[0]!.detail.problems[0]!.message).toMatch(/^L’attribut accessibility doit valoir « non », « partiellement » ou « totalement »/);
  });

  it('reports a missing mandatory mention', async () => {
    const invalid = captureInvalid();
    await mountFooter('accessibility="non"', { without: ['Gestion des cookies'] });
    expect(invalid[0]!.detail.problems.map((found) => found.message)).toEqual(['Le pied de page n’a pas de lien « Gestion des cookies » : c’est une mention obligatoire d’un site public.']);
  });

  it('refuses a javascript: social link', async () => {
    const invalid = captureInvalid();
    const footer = await mountElement(`<loos-footer accessibility="non">${footerMarkup().replace('https://www.facebook.com/villedeloos', 'JaVaScRiPt:alert(1)')}</loos-footer>`, 'loos-footer');
    expect(footer.querySelector('a[href^="javascript" i]')).toBeNull();
    expect(invalid[0]!.detail.problems[0]!.value).toBe('JaVaScRiPt:alert(1)');
  });
});

describe('<loos-back-to-top>', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
  });

  async function longPage(target = '') {
    const element = await mountElement(`<h1>Collecte des encombrants</h1><main id="contenu"><p>Texte</p><div style="block-size: 300vh"></div></main><loos-back-to-top ${target}></loos-back-to-top>`, 'loos-back-to-top');
    return { element, link: () => element.shadowRoot!.querySelector('a')! };
  }

  it('stays out of the way at the top of the page, and appears once the first screen has scrolled away', async () => {
    const { link } = await longPage();
    await expect.poll(() => link().checkVisibility()).toBe(false);
    window.scrollTo(0, 2 * window.innerHeight);
    await expect.poll(() => link().checkVisibility()).toBe(true);
    expect(link().textContent.trim()).toBe('Retour haut de page');
  });

  it('takes focus to its target, not only the view', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const { link } = await longPage('target="contenu"');
    window.scrollTo(0, 2 * window.innerHeight);
    await expect.poll(() => link().checkVisibility()).toBe(true);
    link().focus();
    await userEvent.keyboard('{Enter}');
    expect(active()).toBe(document.getElementById('contenu'));
    // Reduced motion: the jump is instant, there is no smooth scroll still running.
    expect(window.scrollY).toBe(0);
  });

  it('without a target, takes focus to the page’s <h1>, never to <body>', async () => {
    const { link } = await longPage();
    window.scrollTo(0, 2 * window.innerHeight);
    await expect.poll(() => link().checkVisibility()).toBe(true);
    link().click();
    expect(active()).toBe(document.querySelector('h1'));
    expect(document.querySelector('h1')!.getAttribute('tabindex')).toBe('-1');
  });

  it('reports a target that names no element', async () => {
    const invalid = captureInvalid();
    await longPage('target="absent"');
    expect(invalid[0]!.detail.problems[0]!.field).toBe('target');
  });
});
