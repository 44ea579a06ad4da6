/**
 * The header's home link takes the commune's name and logo from the theme (brand tokens) when the
 * page wrote none, and keeps what the page wrote when it did.
 */
import { describe, expect, it } from 'vitest';
import '../../src/components/header/header.js';
import '../../src/styles/site.css';
import { brands } from '../../dist/tokens/tokens.js';
import { headerMarkup } from '../fixtures/site/markup.js';
import { captureInvalid, mountElement } from './support.js';

/** A header whose home link holds `home` (the CMS wrote nothing in it by default), in `theme`. */
async function mountHeader(theme: string, home = '', style = '') {
  const markup = headerMarkup().replace(/<a class="loos-header__home" href="\/">[\s\S]*?<\/a>/, `<a class="loos-header__home" href="/">${home}</a>`);
  const header = await mountElement(`<div data-loos-theme="${theme}" style="${style}"><loos-header>${markup}</loos-header></div>`, 'loos-header');
  return header.querySelector<HTMLAnchorElement>('a.loos-header__home')!;
}

/**
 * The SVG text of an element's CSS background image, once it has loaded as an image (rejects if it
 * cannot). Vite serves the small logo files as data: addresses here: the text says which logo it is.
 */
async function loadedBackground(element: Element): Promise<string> {
  const address = /url\("([^"]+)"\)/.exec(getComputedStyle(element).backgroundImage)?.[1] ?? '';
  const image = new Image();
  image.src = address;
  await image.decode();
  // Vite's data: form writes the attributes with single quotes.
  return (await (await fetch(address)).text()).replaceAll("'", '"').trim();
}

describe('<loos-header> home link from the brand tokens', () => {
  it('shows the example city’s name and logo in the example-city theme', async () => {
    const home = await mountHeader('example-city');
    expect(home.textContent.trim()).toBe('Ville exemple');
    const logo = home.querySelector('.loos-header__logo--brand')!;
    expect(logo.getAttribute('aria-hidden')).toBe('true');
    expect(await loadedBackground(logo)).toBe(brands['example-city'].logoSvg);
  });

  it('shows Loos’s name and logo in the Loos themes', async () => {
    const home = await mountHeader('loos-dark');
    expect(home.textContent.trim()).toBe('Ville de Loos');
    expect(await loadedBackground(home.querySelector('.loos-header__logo--brand')!)).toBe(brands.loos.logoSvg);
  });

  it('keeps the name and logo the page wrote, whatever the theme', async () => {
    document.body.innerHTML = '';
    const header = await mountElement(`<div data-loos-theme="example-city"><loos-header>${headerMarkup()}</loos-header></div>`, 'loos-header');
    const home = header.querySelector('a.loos-header__home')!;
    expect(home.textContent.trim()).toBe('Ville de Loos');
    expect(home.querySelector('.loos-header__logo--brand')).toBeNull();
    expect(home.querySelectorAll('svg')).toHaveLength(1);
  });

  it('adds the theme’s logo beside a name the page wrote without a logo', async () => {
    const home = await mountHeader('example-city', 'Mairie de Loos');
    expect(home.textContent.trim()).toBe('Mairie de Loos');
    expect(home.querySelector('.loos-header__logo--brand')).not.toBeNull();
  });

  it('says so when neither the page nor the theme names the commune', async () => {
    const invalid = captureInvalid();
    const home = await mountHeader('loos', '', '--loos-brand-name: initial');
    expect(home.textContent.trim()).toBe('');
    expect(invalid.flatMap((event) => event.detail.problems.map((problem) => problem.field))).toEqual(['loos-header__home']);
  });
});
