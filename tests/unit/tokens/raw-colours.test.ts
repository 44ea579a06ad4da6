import { describe, expect, it } from 'vitest';
import { findRawColours } from '../../../scripts/check-raw-colours.mjs';

const literals = (source: string): string[] => findRawColours(source).map((finding) => finding.literal);

describe('raw colour check of the component styles', () => {
  it('reports hexadecimal, functional and named colours, with their line', () => {
    const source = ['css`', '  :host { color: #fff; }', '  .a { background: rgb(0 0 0 / 50%); border-color: white; }', '  .b { fill: #1A2B3C; }', '`'].join('\n');
    expect(findRawColours(source)).toEqual([
      { line: 2, literal: '#fff' },
      { line: 3, literal: 'rgb(' },
      { line: 3, literal: 'white' },
      { line: 4, literal: '#1A2B3C' },
    ]);
  });

  it('also reports hsl(), oklch() and common named colours', () => {
    expect(literals('a { color: hsl(0 0% 0%); b: oklch(0.5 0.1 200); c: black; d: Red; }')).toEqual(['hsl(', 'oklch(', 'black', 'Red']);
  });

  it('lets tokens, properties whose name holds a colour and system colours through', () => {
    const source = [
      '.a { white-space: nowrap; color: var(--loos-color-text); border-color: var(--loos-color-notice-alert-border); }',
      '.b { --loos-badge-blue: var(--loos-color-link); }',
      '@media (forced-colors: active) { .c { color: CanvasText; background: Canvas; outline-color: Highlight; border-color: currentColor; } }',
      '.d { background: transparent; }',
    ].join('\n');
    expect(findRawColours(source)).toEqual([]);
  });

  it('ignores colours quoted in comments', () => {
    expect(findRawColours('/* pas de #fff ici */\n.a { color: var(--loos-color-text); } // ni white')).toEqual([]);
  });
});
