import { describe, expect, it } from 'vitest';
import { brandTitleHtml, CATALOGUE_NAME, managerThemeOptions, tabTitle } from '../../../.storybook/brand.js';
import { brands, themes } from '../../../dist/tokens/tokens.js';

describe('catalogue frame branding', () => {
  it('names the design system in the tab instead of Storybook', () => {
    expect(tabTitle('Composants / Avis officiel - Documentation ⋅ Storybook')).toBe(
      `Composants / Avis officiel - Documentation ⋅ ${CATALOGUE_NAME}`,
    );
    expect(tabTitle('Storybook')).toBe(CATALOGUE_NAME);
  });

  it('leaves a tab title it already renamed as it is (the tab is watched for changes)', () => {
    const once = tabTitle('Accueil - Documentation ⋅ Storybook');
    expect(tabTitle(once)).toBe(once);
  });

  it('takes the sidebar name, logo, colours and fonts from the default theme tokens', () => {
    const options = managerThemeOptions();
    expect(options.colorPrimary).toBe(themes.loos['color-surface-brand']);
    expect(options.fontBase).toBe(themes.loos['font-family-body']);
    expect(brandTitleHtml()).toContain('Ville de Loos');
    expect(brandTitleHtml()).toContain(brands.loos.logoSvg);
  });
});
