// Builds the design tokens (tokens/, W3C DTCG JSON) into dist/tokens/ with Style Dictionary:
//   themes/<theme>.css   one rule per theme, on [data-loos-theme="<theme>"] (Loos also on :root)
//   themes/auto.css      opt-in [data-loos-theme="auto"]: follows prefers-color-scheme / prefers-contrast
//   tokens.css           all of the above (what the catalogue and most pages import)
//   tokens.json          resolved values per theme (print, e-mail, Figma, contrast tests)
//   tokens.js + .d.ts    the same as typed constants, plus CSS variable names and chart patterns
//   logos/, themes/logos/  each theme's logo file (brand.logo), for --loos-brand-logo (see brand.mjs)
// Only the semantic tier becomes CSS custom properties: base and brand values are ingredients,
// and a component reading them would escape theming. The commune's name and logo are the
// exception (scripts/tokens/brand.mjs): they have no role to go through.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import { getReferences } from 'style-dictionary/utils';
import { LOGO_DIRECTORY, identityCss, isIdentity, readIdentity } from './brand.mjs';
import { GENERATED_HEADER, cssRule, themeSelector } from './css.mjs';
import { BASE, DEFAULT_THEME, SEMANTIC, THEMES } from './themes.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PREFIX = 'loos';
const EXTENSION = 'fr.ville-de-loos';
const INGREDIENT_TIERS = new Set(['base', 'brand']);

/** A token that becomes a custom property (the semantic tier, after theme overrides, and the commune's name and logo). */
const isEmitted = (token) => !INGREDIENT_TIERS.has(token.path[0]) || isIdentity(token);
/** The CSS value of an emitted token. */
const cssValue = (token, identity) => (isIdentity(token) ? identityCss(token, identity) : String(token.$value));
/** The public name of a token: its path in kebab case, the CSS variable without `--loos-`. */
const publicName = (token) => token.path.join('-');

StyleDictionary.registerFormat({
  name: 'loos/css-theme',
  format: ({ dictionary, options }) =>
    `${GENERATED_HEADER}\n${cssRule(
      options.selector,
      options.colorScheme,
      dictionary.allTokens.map((token) => ({ cssVariable: `--${token.name}`, value: cssValue(token, options.identity) })),
    )}\n`,
});

/** Does the token's value come, through any chain of aliases, from the brand tier? */
function isBrandDerived(token, allTokens, seen = new Set()) {
  const references = getReferences(token.original.$value, allTokens, { usesDtcg: true, warnImmediately: false });
  return references.some((reference) => {
    if (reference.path[0] === 'brand') return true;
    const key = reference.path.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return isBrandDerived(reference, allTokens, seen);
  });
}

async function buildTheme(theme, { root, outDir, isDefault }) {
  const absolute = (pattern) => (isAbsolute(pattern) ? pattern : join(root, pattern));
  const identity = await readIdentity(root, theme.brand);
  const selector = isDefault ? `:root, ${themeSelector(theme.name)}` : themeSelector(theme.name);
  const sd = new StyleDictionary({
    // Overrides go in `source` so that replacing an included value is not reported as a collision.
    include: [...BASE, theme.brand, ...SEMANTIC].map(absolute),
    source: theme.overrides.map(absolute),
    usesDtcg: true,
    log: { verbosity: 'silent' },
    platforms: {
      css: {
        transformGroup: 'css',
        prefix: PREFIX,
        buildPath: `${join(outDir, 'themes')}/`,
        files: [
          {
            destination: `${theme.name}.css`,
            format: 'loos/css-theme',
            filter: isEmitted,
            options: { selector, colorScheme: theme.colorScheme, identity },
          },
        ],
      },
    },
  });
  await sd.buildAllPlatforms();
  const dictionary = await sd.getPlatformTokens('css');
  const tokens = dictionary.allTokens.filter(isEmitted).map((token) => ({
    name: publicName(token),
    cssVariable: `--${token.name}`,
    value: cssValue(token, identity),
    identity: isIdentity(token),
    type: token.$type,
    description: token.$description ?? '',
    brandDerived: isBrandDerived(token, dictionary.tokens),
    pattern: token.$extensions?.[EXTENSION]?.pattern,
  }));
  return { theme, tokens, identity };
}

/** `[data-loos-theme="auto"]`: Loos by default, the dark or contrast values when the person asks for them. */
function autoCss(built, defaultName) {
  const byName = Object.fromEntries(built.map((entry) => [entry.theme.name, entry]));
  const light = byName[defaultName];
  const lightValues = new Map(light.tokens.map((token) => [token.name, token.value]));
  const changed = (name) => byName[name]?.tokens.filter((token) => lightValues.get(token.name) !== token.value) ?? [];
  const selector = themeSelector('auto');
  const blocks = [cssRule(selector, light.theme.colorScheme, light.tokens)];
  if (byName['loos-dark']) {
    blocks.push(`@media (prefers-color-scheme: dark) {\n${cssRule(selector, 'dark', changed('loos-dark'), '  ')}\n}`);
  }
  if (byName['loos-contrast']) {
    // Only over a light scheme: someone asking for dark AND more contrast keeps the dark theme
    // (whose text is already well above 7:1) instead of being flashed with a white page.
    blocks.push(
      `@media (prefers-contrast: more) and (prefers-color-scheme: light) {\n${cssRule(selector, 'light', changed('loos-contrast'), '  ')}\n}`,
    );
  }
  return `${GENERATED_HEADER}\n${blocks.join('\n\n')}\n`;
}

function jsModule(data) {
  const constant = (name, value) => `export const ${name} = ${JSON.stringify(value, null, 2)};\n`;
  return [
    '// Généré par scripts/build-tokens.mjs depuis tokens/ : ne pas modifier à la main.',
    constant('defaultTheme', data.defaultTheme),
    constant('themeNames', data.themeNames),
    constant('themeLabels', data.themeLabels),
    constant('chartPatterns', data.chartPatterns),
    constant('cssVariables', Object.fromEntries(Object.entries(data.tokens).map(([name, info]) => [name, info.cssVariable]))),
    constant('tokens', data.tokens),
    constant('themes', data.themes),
    constant('brands', data.brands),
    '/** `var(--loos-…)` for a token name, to use in inline styles or canvas code. */',
    'export function cssVar(name) {\n  return `var(--loos-${name})`;\n}\n',
  ].join('\n');
}

function dtsModule(data) {
  const union = (values) => values.map((value) => JSON.stringify(value)).join(' | ');
  return `// Généré par scripts/build-tokens.mjs depuis tokens/ : ne pas modifier à la main.
/** A built theme, as set with \`data-loos-theme\` (the opt-in value \`auto\` picks one of them from the system preferences). */
export type ThemeName = ${union(data.themeNames)};
/** A semantic token: the CSS custom property is \`--loos-<TokenName>\`. */
export type TokenName =
  | ${Object.keys(data.tokens).map((name) => JSON.stringify(name)).join('\n  | ')};
export type ChartPattern = ${union(data.chartPatterns)};
export interface TokenInfo {
  readonly cssVariable: \`--loos-\${TokenName}\`;
  readonly type: string;
  readonly description: string;
  /** True when the value comes from the brand tier (tokens/brand/*.json): it changes with the city's charter. */
  readonly brandDerived: boolean;
}
export declare const defaultTheme: ${JSON.stringify(data.defaultTheme)};
export declare const themeNames: readonly ThemeName[];
export declare const themeLabels: Readonly<Record<ThemeName, string>>;
/** Pattern drawn over each chart colour, in palette order (chart-1 … chart-${data.chartPatterns.length}), so series never rely on colour alone. */
export declare const chartPatterns: readonly [${data.chartPatterns.map((pattern) => JSON.stringify(pattern)).join(', ')}];
export declare const cssVariables: Readonly<Record<TokenName, \`--loos-\${TokenName}\`>>;
export declare const tokens: Readonly<Record<TokenName, TokenInfo>>;
/** Resolved values (hex colours, rem/px dimensions, ms durations…) per theme. */
export declare const themes: Readonly<Record<ThemeName, Readonly<Record<TokenName, string>>>>;
/** The commune of a theme (tokens/brand/*.json): its name, its logo file (relative to this module) and that file's SVG text. */
export interface Brand {
  readonly name: string;
  readonly logo: string;
  readonly logoSvg: string;
}
export declare const brands: Readonly<Record<ThemeName, Brand>>;
export declare function cssVar(name: TokenName): \`var(--loos-\${TokenName})\`;
`;
}

/**
 * Builds every theme and writes all outputs.
 * @param {{ root?: string, outDir?: string, themes?: import('./themes.mjs').ThemeDefinition[], defaultTheme?: string }} [options]
 */
export async function buildTokens({ root = ROOT, outDir = join(ROOT, 'dist/tokens'), themes = THEMES, defaultTheme = DEFAULT_THEME } = {}) {
  if (!themes.some((theme) => theme.name === defaultTheme)) {
    throw new Error(`Thème par défaut « ${defaultTheme} » absent de la liste des thèmes à construire.`);
  }
  const out = resolve(outDir);
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'themes'), { recursive: true });

  const built = [];
  for (const theme of themes) built.push(await buildTheme(theme, { root, outDir: out, isDefault: theme.name === defaultTheme }));

  const reference = built.find((entry) => entry.theme.name === defaultTheme);
  // The name and logo are not values of a role: they go in `brands`, not among the tokens.
  const roles = (entry) => entry.tokens.filter((token) => !token.identity);
  const data = {
    $description: 'Jetons de design de @ville-de-loos/ui, valeurs résolues par thème. Généré depuis tokens/.',
    defaultTheme,
    themeNames: built.map((entry) => entry.theme.name),
    themeLabels: Object.fromEntries(built.map((entry) => [entry.theme.name, entry.theme.label])),
    chartPatterns: reference.tokens.filter((token) => token.pattern).map((token) => token.pattern),
    tokens: Object.fromEntries(
      roles(reference).map(({ name, cssVariable, type, description, brandDerived }) => [name, { cssVariable, type, description, brandDerived }]),
    ),
    themes: Object.fromEntries(built.map((entry) => [entry.theme.name, Object.fromEntries(roles(entry).map((token) => [token.name, token.value]))])),
    brands: Object.fromEntries(
      built.map(({ theme, identity }) => [theme.name, { name: identity.name, logo: `${LOGO_DIRECTORY}/${identity.file}`, logoSvg: identity.svg }]),
    ),
  };
  for (const folder of [out, join(out, 'themes')]) {
    await mkdir(join(folder, LOGO_DIRECTORY), { recursive: true });
    await Promise.all(built.map(({ identity }) => copyFile(identity.source, join(folder, LOGO_DIRECTORY, identity.file))));
  }

  const auto = autoCss(built, defaultTheme);
  await writeFile(join(out, 'themes/auto.css'), auto);
  const themeFiles = await Promise.all(built.map((entry) => readFile(join(out, 'themes', `${entry.theme.name}.css`), 'utf8')));
  const strip = (css) => css.replace(`${GENERATED_HEADER}\n`, '');
  await writeFile(join(out, 'tokens.css'), `${GENERATED_HEADER}\n${[...themeFiles, auto].map(strip).join('\n')}`);
  await writeFile(join(out, 'tokens.json'), `${JSON.stringify(data, null, 2)}\n`);
  await writeFile(join(out, 'tokens.js'), jsModule(data));
  await writeFile(join(out, 'tokens.d.ts'), dtsModule(data));
  return data;
}
