// Data shared by the « Fondations » pages: everything is read from the built tokens
// (dist/tokens/, `npm run tokens`), never copied by hand, so the pages cannot drift.
import type { StoryContext } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeLabels, themeNames, themes, tokens, type ThemeName, type TokenName } from '../../dist/tokens/tokens.js';
import { contrastRatio, floorRatio } from '../../scripts/tokens/contrast.mjs';

export { themeLabels, themeNames, themes, tokens };
export type { ThemeName, TokenName };

/** The theme the story is displayed in: the story's own `theme` parameter, else the toolbar choice. */
export function activeTheme(context: StoryContext): ThemeName {
  const requested = (context.parameters.theme as string | undefined) ?? (context.globals.theme as string | undefined);
  return themeNames.find((name) => name === requested) ?? 'loos';
}

/** Token names of one type, in the order of the token files. */
export function tokensOfType(type: string, prefix = ''): TokenName[] {
  return (Object.keys(tokens) as TokenName[]).filter((name) => tokens[name].type === type && name.startsWith(prefix));
}

const ratioFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** « 4,54:1 », rounded down like the contrast test (a ratio shown as passing really passes). */
export function ratioText(foreground: string, background: string): string {
  return `${ratioFormat.format(floorRatio(contrastRatio(foreground, background)))}:1`;
}

export function ratio(foreground: string, background: string): number {
  return floorRatio(contrastRatio(foreground, background));
}

/** The WCAG bar in French words, for the « Seuil » column. */
export const KIND_LABELS: Record<string, string> = {
  text: 'texte',
  'large-text': 'grand texte',
  graphic: 'élément graphique',
};

/** One column of a token table: its header and what a token's cell shows. */
export interface TokenColumn {
  readonly header: string;
  readonly cell: (name: TokenName) => unknown;
}

/**
 * A table of tokens, one row per token, headed by its CSS variable (a row header, so that a
 * screen reader announces which variable each value belongs to).
 */
export function tokenTable(caption: string, names: readonly TokenName[], columns: readonly TokenColumn[]) {
  return html`
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Variable CSS</th>
          ${columns.map((column) => html`<th scope="col">${column.header}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${names.map(
          (name) => html`
            <tr>
              <th scope="row"><code>${tokens[name].cssVariable}</code></th>
              ${columns.map((column) => html`<td>${column.cell(name)}</td>`)}
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}
