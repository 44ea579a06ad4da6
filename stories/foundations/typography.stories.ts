import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { activeTheme, themeLabels, themes, tokens, tokensOfType } from './foundations-data.js';
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
      <table>
        <caption>
          Familles de polices
        </caption>
        <thead>
          <tr>
            <th scope="col">Variable CSS</th>
            <th scope="col">Exemple</th>
            <th scope="col">Pile de polices</th>
          </tr>
        </thead>
        <tbody>
          ${tokensOfType('fontFamily').map(
            (name) => html`
              <tr>
                <th scope="row"><code>${tokens[name].cssVariable}</code></th>
                <td style=${styleMap({ fontFamily: `var(${tokens[name].cssVariable})` })}>${SAMPLE}</td>
                <td><code>${values[name]}</code></td>
              </tr>
            `,
          )}
        </tbody>
      </table>
      <table>
        <caption>
          Échelle typographique
        </caption>
        <thead>
          <tr>
            <th scope="col">Variable CSS</th>
            <th scope="col">Valeur</th>
            <th scope="col">Rôle</th>
            <th scope="col">Exemple</th>
          </tr>
        </thead>
        <tbody>
          ${tokensOfType('dimension', 'font-size-').map(
            (name) => html`
              <tr>
                <th scope="row"><code>${tokens[name].cssVariable}</code></th>
                <td><code>${values[name]}</code></td>
                <td>${tokens[name].description}</td>
                <td style=${styleMap({ fontSize: `var(${tokens[name].cssVariable})`, lineHeight: 'var(--loos-line-height-tight)' })}>${SAMPLE}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
      <table>
        <caption>
          Graisses et interlignes
        </caption>
        <thead>
          <tr>
            <th scope="col">Variable CSS</th>
            <th scope="col">Valeur</th>
            <th scope="col">Rôle</th>
          </tr>
        </thead>
        <tbody>
          ${[...tokensOfType('fontWeight'), ...tokensOfType('number', 'line-height-')].map(
            (name) => html`
              <tr>
                <th scope="row"><code>${tokens[name].cssVariable}</code></th>
                <td><code>${values[name]}</code></td>
                <td>${tokens[name].description}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
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
