// Which token files make up each theme. The tiers are layered, later files winning:
//   base (raw values) → brand (a city's charter) → semantic (roles) → theme overrides.
// A second city is a different brand file and nothing else; dark and high-contrast themes
// override the semantic tier only, so they follow whatever charter is plugged in.

export const BASE = ['tokens/base/**/*.json'];
export const SEMANTIC = ['tokens/semantic/**/*.json'];

/**
 * @typedef {object} ThemeDefinition
 * @property {string} name value of `data-loos-theme`
 * @property {string} label French name shown in the catalogue
 * @property {'light' | 'dark'} colorScheme lets native controls and scrollbars follow the theme
 * @property {string} brand the brand-tier file
 * @property {string[]} overrides semantic overrides applied on top (dark, contrast)
 */

/** @type {ThemeDefinition[]} */
export const THEMES = [
  { name: 'loos', label: 'Loos (clair)', colorScheme: 'light', brand: 'tokens/brand/loos.json', overrides: [] },
  { name: 'loos-dark', label: 'Loos sombre', colorScheme: 'dark', brand: 'tokens/brand/loos.json', overrides: ['tokens/themes/loos-dark.json'] },
  {
    name: 'loos-contrast',
    label: 'Loos contraste renforcé',
    colorScheme: 'light',
    brand: 'tokens/brand/loos.json',
    overrides: ['tokens/themes/loos-contrast.json'],
  },
  { name: 'example-city', label: 'Ville exemple (autre commune)', colorScheme: 'light', brand: 'tokens/brand/example-city.json', overrides: [] },
];

export const DEFAULT_THEME = 'loos';

/** The source files of a theme, in the order they are merged. */
export function themeSources(theme) {
  return [...BASE, theme.brand, ...SEMANTIC, ...theme.overrides];
}
