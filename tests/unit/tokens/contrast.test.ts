import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContrast, contrastRatio, floorRatio, relativeLuminance, type ContrastPairsFile } from '../../../scripts/tokens/contrast.mjs';
import { THEMES } from '../../../scripts/tokens/themes.mjs';
import { type Build, ROOT, buildInto, contrastPairs } from './built.js';

describe('WCAG 2.x contrast ratio', () => {
  it('gives 21:1 for black on white and 1:1 for two identical colours, both ways', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000')).toBe(21);
    expect(contrastRatio('#0f3f7a', '#0f3f7a')).toBe(1);
  });

  it('matches known reference values', () => {
    // #767676 is the classic lightest grey passing 4.5:1 on white; #777777 just fails.
    expect(floorRatio(contrastRatio('#767676', '#ffffff'))).toBe(4.54);
    expect(floorRatio(contrastRatio('#777777', '#ffffff'))).toBe(4.47);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('rounds down, never showing « 4.50 » for a pair that fails', () => {
    expect(floorRatio(4.499)).toBe(4.49);
  });

  it('refuses a translucent or unreadable colour instead of guessing', () => {
    expect(() => relativeLuminance('#00000080')).toThrow(/translucide/);
    expect(() => relativeLuminance('blue')).toThrow(/illisible/);
  });
});

describe('contrast of the built tokens, in every theme', () => {
  let build: Build;
  let pairs: ContrastPairsFile;
  beforeAll(async () => {
    build = await buildInto();
    pairs = await contrastPairs();
  });

  it.each(THEMES.map((theme) => theme.name))('%s : chaque paire déclarée atteint son seuil', (theme) => {
    const { results, failures } = checkContrast({ [theme]: build.data.themes[theme]! }, pairs);
    expect(results).toHaveLength(pairs.pairs.length);
    // On failure the message names the theme, both tokens, their values, the ratio and the bar.
    expect(failures.map((failure) => failure.message)).toEqual([]);
  });

  it('requires 7:1 for text in the high-contrast theme, 4.5:1 elsewhere', () => {
    const { results } = checkContrast(build.data.themes, pairs);
    const bodyText = results.filter((result) => result.foreground === 'color-text' && result.background === 'color-surface');
    expect(Object.fromEntries(bodyText.map((result) => [result.theme, result.bar]))).toEqual({
      loos: 4.5,
      'loos-dark': 4.5,
      'loos-contrast': 7,
      'example-city': 4.5,
    });
  });

  it('checks every chart colour against the chart background, and every notice level', () => {
    const declared = new Set(pairs.pairs.map((pair) => `${pair.foreground} / ${pair.background} / ${pair.kind}`));
    for (let index = 1; index <= 8; index += 1) expect(declared).toContain(`color-chart-${index} / color-chart-surface / graphic`);
    for (const level of ['info', 'warning', 'alert', 'success']) {
      expect(declared).toContain(`color-notice-${level}-text / color-notice-${level}-background / text`);
      expect(declared).toContain(`color-notice-${level}-icon / color-notice-${level}-background / graphic`);
      expect(declared).toContain(`color-notice-${level}-border / color-notice-${level}-background / graphic`);
    }
  });

  it('checks non-text contrast too: pictograms, control borders, chart marks and focus rings on every background they sit on', () => {
    const declared = new Set(pairs.pairs.filter((pair) => pair.kind === 'graphic').map((pair) => `${pair.foreground} / ${pair.background}`));
    const surfaces = ['color-surface', 'color-surface-raised', 'color-surface-sunken'];
    const expected = [
      // Pictograms in the brand's accent (official banner, event accessibility).
      ...surfaces.map((surface) => `color-icon-accent / ${surface}`),
      // Borders of fields and buttons.
      ...surfaces.map((surface) => `color-border-strong / ${surface}`),
      ...surfaces.map((surface) => `color-action / ${surface}`),
      // Edges of the chart's marks.
      'color-chart-text / color-chart-surface',
      // Focus rings wherever a focusable part sits.
      ...surfaces.map((surface) => `color-focus-ring / ${surface}`),
      'color-focus-ring / color-chart-surface',
      ...['info', 'warning', 'alert'].map((level) => `color-focus-ring / color-notice-${level}-background`),
    ];
    expect(expected.filter((pair) => !declared.has(pair))).toEqual([]);
  });

  it('gives the official banner’s pictograms 3:1 in the dark theme', () => {
    const dark = build.data.themes['loos-dark']!;
    const { results } = checkContrast({ 'loos-dark': dark }, { ...pairs, pairs: [{ foreground: 'color-icon-accent', background: 'color-surface-sunken', kind: 'graphic' }] });
    expect(results[0]!.ratio).toBeGreaterThanOrEqual(3);
  });

  it('reports a pair that names a token that does not exist', () => {
    const { failures } = checkContrast(build.data.themes, { ...pairs, pairs: [{ foreground: 'color-texte', background: 'color-surface', kind: 'text' }] });
    expect(failures.map((failure) => failure.message)).toContain('loos : jeton « color-texte » absent');
  });
});

describe('the check can fail: a deliberately bad theme', () => {
  it('reports light grey text on white with the theme, the pair and the ratio', async () => {
    const loos = THEMES.find((theme) => theme.name === 'loos')!;
    const bad = { ...loos, name: 'mauvais', overrides: [join(ROOT, 'tests/fixtures/tokens-bad/light-grey-text.json')] };
    const build = await buildInto({ themes: [bad], defaultTheme: 'mauvais' });
    const { failures } = checkContrast(build.data.themes, await contrastPairs());

    expect(build.data.themes.mauvais?.['color-text']).toBe('#aaaaaa');
    expect(failures).toContainEqual(
      expect.objectContaining({ theme: 'mauvais', foreground: 'color-text', background: 'color-surface', ratio: 2.32, bar: 4.5, pass: false }),
    );
    expect(failures.map((failure) => failure.message)).toContain(
      'mauvais : color-text (#aaaaaa) sur color-surface (#ffffff) = 2.32:1, seuil 4.5:1 (text)',
    );
    // Only the pairs involving the broken token fail: the checker does not cry wolf.
    expect(failures.every((failure) => failure.foreground === 'color-text' || failure.background === 'color-text')).toBe(true);
  });
});
