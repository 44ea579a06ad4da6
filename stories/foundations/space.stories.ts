import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { activeTheme, themes, tokens, tokensOfType, tokenTable, type TokenName } from './foundations-data.js';
import './foundations.css';

function valueTable(caption: string, names: TokenName[], preview: (name: TokenName) => unknown, values: Record<TokenName, string>) {
  return tokenTable(caption, names, [
    { header: 'Valeur', cell: (name) => html`<code>${values[name]}</code>` },
    { header: 'Rôle', cell: (name) => tokens[name].description },
    { header: 'Aperçu', cell: preview },
  ]);
}

const variable = (name: TokenName) => `var(${tokens[name].cssVariable})`;

function spacing(_args: unknown, context: StoryContext) {
  const values = themes[activeTheme(context)];
  return html`
    <div class="loos-foundation">
      <h2>Espacements</h2>
      <p>En <code>rem</code>, pour que les marges grandissent avec le texte quand la personne l'agrandit.</p>
      ${valueTable(
        'Espacements',
        tokensOfType('dimension', 'space-'),
        (name) => html`<span class="loos-bar" style=${styleMap({ inlineSize: variable(name) })}></span>`,
        values,
      )}
    </div>
  `;
}

function shapes(_args: unknown, context: StoryContext) {
  const values = themes[activeTheme(context)];
  return html`
    <div class="loos-foundation">
      <h2>Rayons, bordures, ombres et mouvement</h2>
      ${valueTable(
        'Rayons des angles',
        tokensOfType('dimension', 'radius-'),
        (name) => html`<span class="loos-box" style=${styleMap({ borderRadius: variable(name) })}></span>`,
        values,
      )}
      ${valueTable(
        'Bordures et anneau de focus',
        [...tokensOfType('dimension', 'border-width-'), ...tokensOfType('dimension', 'focus-ring-')],
        (name) =>
          name.startsWith('focus-ring')
            ? html`<span
                class="loos-box"
                style=${styleMap({
                  outline: 'var(--loos-focus-ring-width) solid var(--loos-color-focus-ring)',
                  outlineOffset: 'var(--loos-focus-ring-offset)',
                })}
              ></span>`
            : html`<span class="loos-box" style=${styleMap({ borderWidth: variable(name) })}></span>`,
        values,
      )}
      ${valueTable(
        'Ombres',
        tokensOfType('shadow'),
        (name) => html`<span class="loos-box" style=${styleMap({ boxShadow: variable(name), borderColor: 'transparent' })}></span>`,
        values,
      )}
      ${valueTable('Mouvement (coupé si la personne préfère moins d’animations)', [...tokensOfType('duration'), ...tokensOfType('cubicBezier')], () => '', values)}
      ${valueTable('Points de rupture (pour les requêtes média écrites à la main)', tokensOfType('dimension', 'breakpoint-'), () => '', values)}
    </div>
  `;
}

const meta: Meta = {
  title: 'Fondations/Espacements et formes',
  tags: ['!autodocs'],
};
export default meta;

export const Espacements: StoryObj = { name: 'Espacements', render: spacing };
export const Formes: StoryObj = { name: 'Rayons, bordures, ombres et mouvement', render: shapes };
export const FormesSombre: StoryObj = { name: 'Ombres du thème sombre', render: shapes, parameters: { theme: 'loos-dark' } };
