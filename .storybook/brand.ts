/**
 * The catalogue's identity, for Storybook's manager (sidebar, tab title). The name, the logo,
 * colours and fonts come from the built tokens of the default theme (brand.name, brand.logo), so a
 * new brand file changes the catalogue too.
 */
import { brands, defaultTheme, themes } from '../dist/tokens/tokens.js';

export const CITY_NAME = brands[defaultTheme].name;
export const CATALOGUE_NAME = 'Système de design de la Ville de Loos';

const values = themes[defaultTheme];

/** The commune's logo (the brand file's SVG, written inline: no request): decorative, the name is written beside it. */
function emblem(): string {
  return `<span aria-hidden="true" style="display:flex;flex:none;block-size:36px">${brands[defaultTheme].logoSvg}</span>`;
}

/** What the sidebar shows at its top: the emblem, the city's name and « Système de design ». */
export function brandTitleHtml(): string {
  return `<span style="display:flex;align-items:center;gap:10px;font-family:${values['font-family-body'].replaceAll('"', "'")}">
    ${emblem()}
    <span style="display:grid;line-height:1.2"><strong style="font-size:15px;color:${values['color-heading']}">${CITY_NAME}</strong>
    <span style="font-size:12px;color:${values['color-text-muted']}">Système de design</span></span>
  </span>`;
}

/** Storybook's theming options, from the tokens (see `create` in `storybook/theming`). */
export function managerThemeOptions() {
  return {
    base: 'light' as const,
    brandTitle: brandTitleHtml(),
    brandUrl: './',
    brandTarget: '_self',
    colorPrimary: values['color-surface-brand'],
    colorSecondary: values['color-action'],
    appBg: values['color-surface-sunken'],
    appContentBg: values['color-surface'],
    appPreviewBg: values['color-surface'],
    appBorderColor: values['color-border'],
    appBorderRadius: Number.parseInt(values['radius-md'], 10),
    textColor: values['color-text'],
    textMutedColor: values['color-text-muted'],
    barTextColor: values['color-text-muted'],
    barSelectedColor: values['color-action'],
    barHoverColor: values['color-action'],
    barBg: values['color-surface'],
    fontBase: values['font-family-body'],
    fontCode: values['font-family-mono'],
  };
}

/**
 * Storybook writes « <page> ⋅ Storybook » in the tab on every navigation; the tab names the
 * design system instead, so staff find the right tab among their others.
 */
export function tabTitle(storybookTitle: string): string {
  if (storybookTitle.endsWith(CATALOGUE_NAME)) return storybookTitle;
  const page = storybookTitle.replace(/\s*⋅\s*Storybook$/u, '').replace(/^Storybook$/u, '');
  return page === '' ? CATALOGUE_NAME : `${page} ⋅ ${CATALOGUE_NAME}`;
}
