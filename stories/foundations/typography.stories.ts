import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { activeTheme, themeLabels, themes, tokens, tokensOfType, tokenTable } from './foundations-data.js';
import './foundations.css';

const SAMPLE = 'Conseil municipal du 12 mars : budget 2025';

function render(_args: unknown, context: StoryContext) {
  const theme = activeTheme(context);
  const values = themes[theme];
  return html`
    <div class="loos-foundation">
      <h2>Typographie, thème ${themeLabels[theme]}</h2>
      <p>
        Tailles en <code>rem</code> : elles suivent la taille de texte choisie dans le navigateur (200 % compris). Polices du
        système uniquement : aucune police web, aucune requête vers un autre site.
      </p>
      ${tokenTable('Familles de polices', tokensOfType('fontFamily'), [
        { header: 'Exemple', cell: (name) => html`<span style=${styleMap({ fontFamily: `var(${tokens[name].cssVariable})` })}>${SAMPLE}</span>` },
        { header: 'Pile de polices', cell: (name) => html`<code>${values[name]}</code>` },
      ])}
      ${tokenTable('Échelle typographique', tokensOfType('dimension', 'font-size-'), [
        { header: 'Valeur', cell: (name) => html`<code>${values[name]}</code>` },
        { header: 'Rôle', cell: (name) => tokens[name].description },
        {
          header: 'Exemple',
          cell: (name) =>
            html`<span style=${styleMap({ fontSize: `var(${tokens[name].cssVariable})`, lineHeight: 'var(--loos-line-height-tight)' })}>${SAMPLE}</span>`,
        },
      ])}
      ${tokenTable('Graisses et interlignes', [...tokensOfType('fontWeight'), ...tokensOfType('number', 'line-height-')], [
        { header: 'Valeur', cell: (name) => html`<code>${values[name]}</code>` },
        { header: 'Rôle', cell: (name) => tokens[name].description },
      ])}
    </div>
  `;
}

const meta: Meta = {
  title: 'Fondations/Typographie',
  render,
  tags: ['!autodocs'],
};
export default meta;

export const Echelle: StoryObj = { name: 'Polices et échelle' };
export const VilleExemple: StoryObj = { name: 'Polices de la ville exemple', parameters: { theme: 'example-city' } };
