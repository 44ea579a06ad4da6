import type { CSSResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssTemplates } from '../../scripts/build/minify-css.mjs';

// Every stylesheet of the library, as the build minifies it in dist/.
const modules = import.meta.glob<Record<string, unknown>>('../../src/**/*.styles.ts', { eager: true });
const sheets = Object.entries(modules).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, CSSResult] => typeof (entry[1] as CSSResult | undefined)?.cssText === 'string')
    .map(([name, result]) => ({ name: `${path.replace('../../src/', '')} › ${name}`, text: result.cssText })),
);

/**
 * How Chromium reads a stylesheet: its rules as the CSSOM serializes them. A value holding
 * `var()` is kept as the author's token stream, so `var(--a, var(--b))` and `var(--a,var(--b))`
 * serialize differently although they are the same value: spaces after commas are set aside.
 */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return Array.from(sheet.cssRules, (rule) => rule.cssText.replace(/,\s+/g, ','));
}

describe('CSS minification of the build', () => {
  it('finds the stylesheets of every element', () => {
    expect(sheets.length).toBeGreaterThanOrEqual(9);
  });

  it.each(sheets)('Chromium reads $name exactly as the original, and it is smaller', ({ text }) => {
    const minified = minifyCss(text);
    expect(parsed(minified)).toEqual(parsed(text));
    expect(parsed(text).length).toBeGreaterThan(0);
    expect(minified.length).toBeLessThan(text.length);
  });

  it('keeps strings, descendant pseudo-classes and calc() operators', () => {
    const text = `.a :hover , p > b { content: ' : ' ; inline-size: calc(100% - 2px) ; } /* note */ [x='a  b'] { margin: 0 }`;
    expect(minifyCss(text)).toBe(`.a :hover,p>b{content:' : ';inline-size:calc(100% - 2px)}[x='a  b']{margin:0}`);
    expect(parsed(minifyCss(text))).toEqual(parsed(text));
  });

  it('rewrites css templates of a compiled module and leaves interpolated ones as written', () => {
    const source = 'const a = css `\n  :host {\n    display: block;\n  }\n`;\nconst b = css `p { color: ${x}; }`;';
    expect(minifyCssTemplates(source)).toBe('const a = css `:host{display:block}`;\nconst b = css `p { color: ${x}; }`;');
  });
});
