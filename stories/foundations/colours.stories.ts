import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import pairsFile from '../../tokens/contrast-pairs.json';
import { barFor } from '../../scripts/tokens/contrast.mjs';
import { KIND_LABELS, activeTheme, ratio, ratioText, themeLabels, themes, tokens, tokensOfType, type ThemeName, type TokenName } from './foundations-data.js';
import './foundations.css';

function colourTable(theme: ThemeName) {
  const values = themes[theme];
  // No « contrast on the page background » column: most colours are never used on it (a surface on
  // itself gave « 1,00:1 »). Contrast is shown for the pairs really used together, below.
  return html`
    <table>
      <caption>
        Couleurs sémantiques, thème ${themeLabels[theme]}
      </caption>
      <thead>
        <tr>
          <th scope="col">Couleur</th>
          <th scope="col">Variable CSS</th>
          <th scope="col">Valeur</th>
          <th scope="col">Rôle</th>
        </tr>
      </thead>
      <tbody>
        ${tokensOfType('color').map(
          (name) => html`
            <tr>
              <td><span class="loos-swatch" style=${styleMap({ background: values[name] })}></span></td>
              <th scope="row"><code>${tokens[name].cssVariable}</code></th>
              <td><code>${values[name]}</code></td>
              <td>${tokens[name].description}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}

function pairPreview(kind: string, foreground: string, background: string) {
  // Text pairs are shown as text (so axe checks them too); graphic pairs as a shape, because
  // 3:1 is the bar for shapes and borders, not for text.
  return kind === 'graphic'
    ? html`<span class="loos-sample-shape" style=${styleMap({ background })}><span style=${styleMap({ background: foreground })}></span></span>`
    : html`<span class="loos-sample" style=${styleMap({ color: foreground, background })}>Texte</span>`;
}

function pairsTable(theme: ThemeName) {
  const values = themes[theme];
  return html`
    <table>
      <caption>
        Paires de contraste vérifiées, thème ${themeLabels[theme]} (liste : tokens/contrast-pairs.json)
      </caption>
      <thead>
        <tr>
          <th scope="col">Aperçu</th>
          <th scope="col">Premier plan</th>
          <th scope="col">Fond</th>
          <th scope="col">Contraste</th>
          <th scope="col">Seuil</th>
          <th scope="col">Résultat</th>
        </tr>
      </thead>
      <tbody>
        ${pairsFile.pairs.map(({ foreground, background, kind }) => {
          const fg = values[foreground as TokenName];
          const bg = values[background as TokenName];
          const bar = barFor(pairsFile, theme, kind);
          return html`
            <tr>
              <td>${pairPreview(kind, fg, bg)}</td>
              <th scope="row"><code>${foreground}</code></th>
              <td><code>${background}</code></td>
              <td>${ratioText(fg, bg)}</td>
              <td>${String(bar).replace('.', ',')}:1 (${KIND_LABELS[kind] ?? kind})</td>
              <td>${ratio(fg, bg) >= bar ? 'Conforme' : 'Insuffisant'}</td>
            </tr>
          `;
        })}
      </tbody>
    </table>
  `;
}

function render(_args: unknown, context: StoryContext) {
  const theme = activeTheme(context);
  return html`
    <div class="loos-foundation">
      <h2>Couleurs, thème ${themeLabels[theme]}</h2>
      <p>
        Les composants n'utilisent que ces couleurs sémantiques, par leur rôle. Les valeurs ci-dessous sont lues dans les jetons
        construits (<code>dist/tokens/tokens.json</code>) ; les contrastes, calculés selon la formule WCAG 2, sont donnés pour les
        paires de couleurs réellement utilisées ensemble.
      </p>
      ${colourTable(theme)} ${pairsTable(theme)}
    </div>
  `;
}

const meta: Meta = {
  title: 'Fondations/Couleurs',
  render,
  tags: ['!autodocs'],
  parameters: {
    docs: { description: { component: 'Couleurs sémantiques de chaque thème, avec leurs contrastes calculés à partir des jetons.' } },
  },
};
export default meta;

type Story = StoryObj;

/** First, so that the docs page opens on it: the theme chosen in the toolbar. */
export const ThemeChoisi: Story = { name: 'Thème choisi dans la barre d’outils' };
export const Loos: Story = { name: 'Loos (clair)', parameters: { theme: 'loos' } };
export const LoosSombre: Story = { name: 'Loos sombre', parameters: { theme: 'loos-dark' } };
export const LoosContraste: Story = { name: 'Loos contraste renforcé', parameters: { theme: 'loos-contrast' } };
export const VilleExemple: Story = { name: 'Ville exemple (autre commune)', parameters: { theme: 'example-city' } };
