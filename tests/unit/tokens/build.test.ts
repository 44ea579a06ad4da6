import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { THEMES, themeSources } from '../../../scripts/tokens/themes.mjs';
import { type Build, ROOT, buildInto, parseRules } from './built.js';

/** The custom properties components are written against (the contract every element relies on). */
const expand = (template: string, ...lists: string[][]): string[] =>
  lists.reduce<string[]>((names, list, index) => names.flatMap((name) => list.map((item) => name.replace(`{${index}}`, item))), [template]);
const CONTRACT = [
  ...['text', 'text-muted', 'heading', 'text-inverse', 'surface', 'surface-raised', 'surface-sunken', 'surface-brand', 'text-on-brand'],
  ...['border', 'border-strong', 'link', 'link-hover', 'link-visited', 'action', 'action-hover', 'text-on-action', 'focus-ring'],
  ...['chart-surface', 'chart-text', 'chart-grid', 'positive', 'negative'],
].map((name) => `color-${name}`)
  .concat(expand('color-notice-{0}-{1}', ['info', 'warning', 'alert', 'success'], ['background', 'text', 'border', 'icon']))
  .concat(expand('color-chart-{0}', ['1', '2', '3', '4', '5', '6', '7', '8']))
  .concat(['font-family-body', 'font-family-heading', 'font-weight-regular', 'font-weight-bold', 'line-height-tight', 'line-height-normal'])
  .concat(expand('font-size-{0}', ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl']))
  .concat(expand('space-{0}', ['2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl']))
  .concat(expand('radius-{0}', ['sm', 'md', 'lg', 'pill']), ['border-width-thin', 'border-width-thick'])
  .concat(['focus-ring-width', 'focus-ring-offset', 'shadow-raised', 'motion-duration-fast', 'motion-duration-normal', 'motion-easing-standard']);

/** The parts of the generated module this test reads (the real types are in the generated tokens.d.ts). */
interface TokensModule {
  chartPatterns: string[];
  cssVariables: Record<string, string>;
  cssVar: (name: string) => string;
  themes: Record<string, Record<string, string>>;
  defaultTheme: string;
}

const THEME_NAMES = ['loos', 'loos-dark', 'loos-contrast', 'example-city'];

let build: Build;
beforeAll(async () => {
  build = await buildInto();
});

describe('token build', () => {
  it('writes one CSS file per theme, the auto theme and the aggregated outputs', async () => {
    const files = (await readdir(join(build.dir, 'themes'))).sort();
    expect(files).toEqual(['auto.css', 'example-city.css', 'logos', 'loos-contrast.css', 'loos-dark.css', 'loos.css']);
    expect((await readdir(build.dir)).sort()).toEqual(['logos', 'themes', 'tokens.css', 'tokens.d.ts', 'tokens.js', 'tokens.json']);
    expect(build.data.themeNames).toEqual(THEME_NAMES);
  });

  it('puts each theme on its data-loos-theme attribute, and Loos on :root too', async () => {
    for (const name of THEME_NAMES) {
      const rules = parseRules(await build.read(`themes/${name}.css`));
      const selector = name === 'loos' ? ':root, [data-loos-theme="loos"]' : `[data-loos-theme="${name}"]`;
      expect([...rules.keys()]).toEqual([selector]);
      expect(rules.get(selector)?.get('color-scheme')).toBe(name === 'loos-dark' ? 'dark' : 'light');
    }
  });

  it('tokens.css holds every theme, Loos by default on :root, before the themes that override it', async () => {
    const css = await build.read('tokens.css');
    const rules = parseRules(css);
    const selectors = [...rules.keys()];
    expect(selectors).toEqual([
      ':root, [data-loos-theme="loos"]',
      '[data-loos-theme="loos-dark"]',
      '[data-loos-theme="loos-contrast"]',
      '[data-loos-theme="example-city"]',
      '[data-loos-theme="auto"]',
    ]);
    // Same specificity: the later rule wins, so :root must come first for `data-loos-theme` on <html> to apply.
    const root = rules.get(':root, [data-loos-theme="loos"]')!;
    for (const [name, value] of Object.entries(build.data.themes.loos!)) expect(root.get(`--loos-${name}`)).toBe(value);
  });

  it('declares, in every theme, every semantic token the components use', async () => {
    for (const theme of THEME_NAMES) {
      const declared = parseRules(await build.read(`themes/${theme}.css`)).values().next().value!;
      const missing = CONTRACT.filter((name) => !declared.has(`--loos-${name}`) || build.data.themes[theme]?.[name] === undefined);
      expect(missing, theme).toEqual([]);
    }
  });

  it('exposes only the semantic level in CSS (neither the base palette nor the brand), and the commune’s name and logo', async () => {
    const css = await build.read('tokens.css');
    expect(css).not.toMatch(/--loos-(base-|brand-(?!name:|logo:))/);
    expect(Object.keys(build.data.tokens).every((name) => !/^(base|brand)-/.test(name))).toBe(true);
  });

  it('produces only CSS values valid for their type', () => {
    const valid: Record<string, RegExp> = {
      color: /^#[0-9a-f]{6}$/,
      dimension: /^(0|\d*\.?\d+(rem|px|em))$/,
      duration: /^\d+ms$/,
      cubicBezier: /^cubic-bezier\((-?\d*\.?\d+, ){3}-?\d*\.?\d+\)$/,
      fontWeight: /^[1-9]00$/,
      number: /^\d*\.?\d+$/,
      shadow: /^(\d+px \d+px \d+px \d+px #[0-9a-f]{8})(, \d+px \d+px \d+px \d+px #[0-9a-f]{8})*$/,
      // Each family is a bare keyword/identifier or quoted; names with spaces must be quoted.
      fontFamily: /^([\w-]+|'[^',]+')(, ([\w-]+|'[^',]+'))*$/,
    };
    const invalid: string[] = [];
    for (const [theme, values] of Object.entries(build.data.themes)) {
      for (const [name, value] of Object.entries(values)) {
        const type = build.data.tokens[name]!.type;
        const pattern = valid[type];
        if (!pattern?.test(value)) invalid.push(`${theme} ${name} (${type}) = ${value}`);
      }
    }
    expect(invalid).toEqual([]);
  });

  it('loads no resource (no web font, no external url) but the commune’s logo, a file next to it', async () => {
    const css = await build.read('tokens.css');
    expect(css).not.toMatch(/@import|@font-face|https?:/);
    const addresses = [...css.matchAll(/url\("([^"]*)"\)/g)].map((match) => match[1]);
    expect([...new Set(addresses)].sort()).toEqual(['logos/example-city.svg', 'logos/loos.svg']);
    expect(css.match(/url\(/g)).toHaveLength(addresses.length);
  });

  it('the auto theme follows prefers-color-scheme and prefers-contrast with the values of the dark and contrast themes', async () => {
    const css = await build.read('themes/auto.css');
    const auto = parseRules(css).get('[data-loos-theme="auto"]')!;
    expect(auto.get('--loos-color-surface')).toBe(build.data.themes.loos!['color-surface']);
    const dark = /@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
    const darkRule = parseRules(dark, { insideMedia: true }).get('[data-loos-theme="auto"]')!;
    expect(darkRule.get('--loos-color-surface')).toBe(build.data.themes['loos-dark']!['color-surface']);
    expect(darkRule.get('color-scheme')).toBe('dark');
    const contrast = /@media \(prefers-contrast: more\) and \(prefers-color-scheme: light\) \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
    const contrastRule = parseRules(contrast, { insideMedia: true }).get('[data-loos-theme="auto"]')!;
    expect(contrastRule.get('--loos-color-text')).toBe(build.data.themes['loos-contrast']!['color-text']);
  });

  it('the per-theme files and tokens.json hold the same values', async () => {
    for (const theme of THEME_NAMES) {
      const declared = parseRules(await build.read(`themes/${theme}.css`)).values().next().value!;
      const fromCss = Object.fromEntries([...declared].filter(([property]) => property.startsWith('--loos-') && !property.startsWith('--loos-brand-')).map(([property, value]) => [property.slice('--loos-'.length), value]));
      expect(fromCss, theme).toEqual(build.data.themes[theme]);
    }
  });

  it('is deterministic: two builds give identical files', async () => {
    const again = await buildInto();
    for (const file of ['tokens.css', 'tokens.json', 'tokens.js', 'tokens.d.ts', 'themes/auto.css']) {
      expect(await again.read(file), file).toBe(await build.read(file));
    }
  });
});

describe('the commune’s name and logo', () => {
  it('are published per theme as CSS properties, the logo as a file next to the stylesheets', async () => {
    const expected = { 'loos': ['Ville de Loos', 'loos.svg'], 'loos-dark': ['Ville de Loos', 'loos.svg'], 'loos-contrast': ['Ville de Loos', 'loos.svg'], 'example-city': ['Ville exemple', 'example-city.svg'] };
    for (const [theme, [name, file]] of Object.entries(expected)) {
      const declared = parseRules(await build.read(`themes/${theme}.css`)).values().next().value!;
      expect(declared.get('--loos-brand-name'), theme).toBe(`"${name}"`);
      expect(declared.get('--loos-brand-logo'), theme).toBe(`url("logos/${file}")`);
    }
    // Next to each stylesheet that declares the address (a relative url() in a custom property may be resolved against either).
    const source = await readFile(join(ROOT, 'tokens/brand/logos/example-city.svg'), 'utf8');
    for (const copy of ['logos/example-city.svg', 'themes/logos/example-city.svg']) expect(await build.read(copy), copy).toBe(source);
  });

  it('are in tokens.json and tokens.js, with the logo’s SVG text for pages that draw it inline', async () => {
    const json = JSON.parse(await build.read('tokens.json')) as { brands: Record<string, { name: string; logo: string; logoSvg: string }> };
    const module = (await import(pathToFileURL(join(build.dir, 'tokens.js')).href)) as { brands: typeof json.brands };
    for (const brands of [json.brands, module.brands]) {
      expect(brands['example-city']).toMatchObject({ name: 'Ville exemple', logo: 'logos/example-city.svg' });
      expect(brands.loos).toMatchObject({ name: 'Ville de Loos', logo: 'logos/loos.svg' });
      expect(brands.loos?.logoSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    }
    expect(await build.read('tokens.d.ts')).toContain('export declare const brands: Readonly<Record<ThemeName, Brand>>;');
  });
});

describe('TypeScript token module', () => {
  it('exports the values per theme, the CSS variable names and the chart patterns in palette order', async () => {
    const module = (await import(pathToFileURL(join(build.dir, 'tokens.js')).href)) as TokensModule;
    expect(module.chartPatterns).toEqual(['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'checker', 'zigzag']);
    expect(module.cssVariables['color-chart-1']).toBe('--loos-color-chart-1');
    expect(module.cssVar('color-focus-ring')).toBe('var(--loos-color-focus-ring)');
    expect(module.themes['loos-dark']?.['color-surface']).toBe(build.data.themes['loos-dark']!['color-surface']);
    expect(module.defaultTheme).toBe('loos');
  });

  it('declares precise types (token, theme and pattern names)', async () => {
    const dts = await build.read('tokens.d.ts');
    expect(dts).toContain('export type ThemeName = "loos" | "loos-dark" | "loos-contrast" | "example-city";');
    expect(dts).toContain('| "color-notice-alert-icon"');
    expect(dts).toContain('export declare const chartPatterns: readonly ["solid", "diagonal", "dots", "cross", "horizontal", "vertical", "checker", "zigzag"];');
  });
});

describe('brand level: another commune replaces only its brand', () => {
  it('builds the example city from the same files as Loos, except the brand file', () => {
    const loos = THEMES.find((theme) => theme.name === 'loos')!;
    const city = THEMES.find((theme) => theme.name === 'example-city')!;
    expect(themeSources(city)).toEqual(themeSources(loos).map((file) => (file === 'tokens/brand/loos.json' ? 'tokens/brand/example-city.json' : file)));
  });

  it('differs from Loos only by values that come from the brand, and does differ', () => {
    const loos = build.data.themes.loos!;
    const city = build.data.themes['example-city']!;
    const differing = Object.keys(loos).filter((name) => loos[name] !== city[name]);
    const notFromBrand = differing.filter((name) => !build.data.tokens[name]!.brandDerived);
    expect(notFromBrand).toEqual([]);
    expect(differing).toEqual(expect.arrayContaining(['color-surface-brand', 'color-link', 'color-action', 'color-focus-ring', 'font-family-body', 'font-family-heading']));
  });

  it('keeps the tokens that do not come from the brand identical in both communes', () => {
    const loos = build.data.themes.loos!;
    const city = build.data.themes['example-city']!;
    const neutral = Object.keys(loos).filter((name) => !build.data.tokens[name]!.brandDerived);
    expect(neutral.length).toBeGreaterThan(50);
    for (const name of neutral) expect(city[name], name).toBe(loos[name]);
  });
});

describe('brand documentation', () => {
  it('docs/brand.md describes every published semantic token', async () => {
    const doc = await readFile(join(ROOT, 'docs/brand.md'), 'utf8');
    const undocumented = Object.values(build.data.tokens)
      .map((info) => info.cssVariable)
      .filter((variable) => !doc.includes(`\`${variable}\``));
    expect(undocumented).toEqual([]);
  });
});
