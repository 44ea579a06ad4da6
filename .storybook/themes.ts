/** The themes the catalogue can switch between; the first is the default. */
export const THEMES = [
  { value: 'loos', title: 'Loos (clair)' },
  { value: 'loos-dark', title: 'Loos sombre' },
  { value: 'loos-contrast', title: 'Loos contraste renforcé' },
  { value: 'example-city', title: 'Ville exemple (autre commune)' },
] as const;

export type ThemeName = (typeof THEMES)[number]['value'];
export const DEFAULT_THEME: ThemeName = 'loos';
