// CSS text for the theme files. Kept apart from the build so the same function writes the
// per-theme files (through a Style Dictionary format) and the `auto` theme's media blocks.

/** `[data-loos-theme="name"]`, the attribute integrators put on any ancestor. */
export function themeSelector(name) {
  return `[data-loos-theme="${name}"]`;
}

/**
 * One rule declaring `color-scheme` (native controls and scrollbars follow the theme) and one
 * custom property per token.
 * @param {string} selector
 * @param {'light' | 'dark'} colorScheme
 * @param {{ cssVariable: string, value: string }[]} declarations
 * @param {string} [indent] extra indentation, for rules nested in `@media`
 */
export function cssRule(selector, colorScheme, declarations, indent = '') {
  const lines = [`${indent}${selector} {`, `${indent}  color-scheme: ${colorScheme};`];
  for (const { cssVariable, value } of declarations) lines.push(`${indent}  ${cssVariable}: ${value};`);
  lines.push(`${indent}}`);
  return lines.join('\n');
}

export const GENERATED_HEADER = '/* Généré par scripts/build-tokens.mjs depuis tokens/ : ne pas modifier à la main. */';
