/**
 * The home link of the header, completed from the theme's brand tokens when the page wrote no logo
 * or no name in it: `--loos-brand-logo` (a decorative image, drawn by site.css) and
 * `--loos-brand-name` (real text in the link, so it is its accessible name). What the page wrote
 * always wins. Browser only: called once the header is connected.
 */
import { problem, type InputProblem } from '../invalid.js';

const MAX_NAME_LENGTH = 60;

/** The text of a CSS string as `getPropertyValue` gives it (`"Ville de Loos"`), or undefined. */
export function readCssString(value: string): string | undefined {
  const body = /^(["'])((?:\\[\s\S]|(?!\1)[^\\])*)\1$/.exec(value.trim())?.[2];
  if (body === undefined) return undefined;
  // One pass: an escaped backslash followed by digits is not a hexadecimal escape.
  const text = body
    .replace(/\\(?:([0-9a-fA-F]{1,6})\s?|([\s\S]))/g, (_, hex: string | undefined, char: string | undefined) =>
      hex === undefined ? (char ?? '') : String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff) || 0xfffd))
    .trim();
  return text === '' || text.length > MAX_NAME_LENGTH ? undefined : text;
}

export function completeHomeLink(header: Element): InputProblem[] {
  const home = header.querySelector('a.loos-header__home');
  if (home === null) return [];
  const style = getComputedStyle(home);
  if (home.querySelector('img, svg, .loos-header__logo') === null && style.getPropertyValue('--loos-brand-logo').trim() !== '') {
    const logo = document.createElement('span');
    logo.className = 'loos-header__logo loos-header__logo--brand';
    logo.setAttribute('aria-hidden', 'true');
    home.prepend(logo);
  }
  if (home.textContent.trim() !== '' || home.querySelector('img[alt]:not([alt=""])') !== null) return [];
  const name = readCssString(style.getPropertyValue('--loos-brand-name'));
  if (name === undefined) {
    return [problem('loos-header__home', 'Le lien d’accueil n’a pas de nom, et le thème n’en donne pas (--loos-brand-name) : écrivez le nom de la commune dans le lien.')];
  }
  const text = document.createElement('span');
  text.className = 'loos-header__name';
  text.textContent = name;
  home.append(text);
  return [];
}
