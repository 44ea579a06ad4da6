// WCAG 2.x contrast, written out so the rule the tests enforce is readable in one place.
// https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio and #dfn-relative-luminance
//
// Colours are the hex strings the token build emits (#rgb, #rrggbb, optionally with alpha).
// A translucent colour has no single contrast ratio (it depends on what lies underneath), so
// the checker refuses it rather than guess.

/** Parses `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` into 0–255 channels and a 0–1 alpha. */
export function parseHex(hex) {
  const match = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(String(hex).trim());
  if (!match) throw new Error(`Couleur illisible : « ${hex} » (attendu : #rrggbb).`);
  let digits = match[1];
  if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
  const channel = (index) => parseInt(digits.slice(index * 2, index * 2 + 2), 16);
  return { r: channel(0), g: channel(1), b: channel(2), alpha: digits.length === 8 ? channel(3) / 255 : 1 };
}

/** sRGB channel (0–255) → linear light, as defined by WCAG 2.x (0.04045 threshold of the sRGB spec). */
function linear(channel) {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of an opaque colour: 0 for black, 1 for white. */
export function relativeLuminance(hex) {
  const { r, g, b, alpha } = parseHex(hex);
  if (alpha < 1) throw new Error(`Couleur translucide « ${hex} » : son contraste dépend du fond, donnez une couleur opaque.`);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio (1 to 21) between two opaque colours; the order does not matter. */
export function contrastRatio(foreground, background) {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Ratios are reported rounded DOWN to two decimals, so that a pair shown as « 4.50 » really
 * passes 4.5:1 (rounding 4.496 up would hide a failure).
 */
export function floorRatio(ratio) {
  return Math.floor(ratio * 100) / 100;
}

/** The bar a pair must reach in a theme: the default bar of its kind, unless the theme raises it. */
export function barFor(pairsFile, theme, kind) {
  const bar = pairsFile.themeBars?.[theme]?.[kind] ?? pairsFile.bars[kind];
  if (typeof bar !== 'number') throw new Error(`Seuil inconnu pour le type de paire « ${kind} ».`);
  return bar;
}

/**
 * Checks every declared pair in every theme.
 * @param {Record<string, Record<string, string>>} themes theme name → token name → resolved value
 * @param {{ bars: Record<string, number>, themeBars?: Record<string, Record<string, number>>,
 *   pairs: { foreground: string, background: string, kind: string }[] }} pairsFile
 * @returns {{ results: object[], failures: object[] }} one result per (theme, pair); failures are
 *   the results below their bar or naming a token the theme does not define.
 */
export function checkContrast(themes, pairsFile) {
  const results = [];
  for (const [theme, values] of Object.entries(themes)) {
    for (const { foreground, background, kind } of pairsFile.pairs) {
      const bar = barFor(pairsFile, theme, kind);
      const fg = values[foreground];
      const bg = values[background];
      if (fg === undefined || bg === undefined) {
        const missing = fg === undefined ? foreground : background;
        results.push({ theme, foreground, background, kind, bar, ratio: 0, pass: false, message: `${theme} : jeton « ${missing} » absent` });
        continue;
      }
      const ratio = floorRatio(contrastRatio(fg, bg));
      const pass = ratio >= bar;
      results.push({
        theme,
        foreground,
        background,
        kind,
        bar,
        ratio,
        pass,
        message: `${theme} : ${foreground} (${fg}) sur ${background} (${bg}) = ${ratio.toFixed(2)}:1, seuil ${bar}:1 (${kind})`,
      });
    }
  }
  return { results, failures: results.filter((result) => !result.pass) };
}
