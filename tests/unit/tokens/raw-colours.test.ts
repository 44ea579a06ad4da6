import { describe, expect, it } from 'vitest';
import { findRawColours } from '../../../scripts/check-raw-colours.mjs';

const literals = (source: string): string[] => findRawColours(source).map((finding) => finding.literal);

describe('contrôle des couleurs brutes dans les styles des composants', () => {
  it('signale les couleurs hexadécimales, fonctionnelles et nommées, avec leur ligne', () => {
    const source = ['css`', '  :host { color: #fff; }', '  .a { background: rgb(0 0 0 / 50%); border-color: white; }', '  .b { fill: #1A2B3C; }', '`'].join('\n');
    expect(findRawColours(source)).toEqual([
      { line: 2, literal: '#fff' },
      { line: 3, literal: 'rgb(' },
      { line: 3, literal: 'white' },
      { line: 4, literal: '#1A2B3C' },
    ]);
  });

  it('signale aussi hsl(), oklch() et les couleurs nommées courantes', () => {
    expect(literals('a { color: hsl(0 0% 0%); b: oklch(0.5 0.1 200); c: black; d: Red; }')).toEqual(['hsl(', 'oklch(', 'black', 'Red']);
  });

  it('laisse passer les jetons, les propriétés dont le nom contient une couleur et les couleurs système', () => {
    const source = [
      '.a { white-space: nowrap; color: var(--loos-color-text); border-color: var(--loos-color-notice-alert-border); }',
      '.b { --loos-badge-blue: var(--loos-color-link); }',
      '@media (forced-colors: active) { .c { color: CanvasText; background: Canvas; outline-color: Highlight; border-color: currentColor; } }',
      '.d { background: transparent; }',
    ].join('\n');
    expect(findRawColours(source)).toEqual([]);
  });

  it('ignore les couleurs citées dans les commentaires', () => {
    expect(findRawColours('/* pas de #fff ici */\n.a { color: var(--loos-color-text); } // ni white')).toEqual([]);
  });
});
