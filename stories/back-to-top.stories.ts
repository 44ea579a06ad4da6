import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/back-to-top/back-to-top.js';

const meta: Meta = {
  title: 'Site/Retour haut de page',
  component: 'loos-back-to-top',
  render: () => html`<h1 id="haut">Collecte des encombrants</h1>
    <p>Faites défiler la page : le lien « Retour haut de page » apparaît en bas, une fois le premier écran passé.</p>
    <div style="block-size: 250vh"></div>
    <loos-back-to-top target="haut"></loos-back-to-top>`,
  parameters: {
    docs: {
      description: {
        component:
          'Apparaît quand le haut de la page est sorti de l’écran, et ramène la vue et le focus clavier en haut : sur l’élément nommé par `target` (la cible du lien d’évitement) ou, à défaut, sur le titre `<h1>` — jamais sur `<body>`. Défilement instantané quand la personne demande moins d’animations.',
      },
    },
  },
};
export default meta;

export const PageLongue: StoryObj = { name: 'Page longue' };

export const EcranEtroit: StoryObj = {
  name: 'Écran étroit (320 px)',
  render: () => html`<div style="max-inline-size: 320px">
    <h1 id="haut-etroit">Collecte des encombrants</h1>
    <div style="block-size: 250vh"></div>
    <loos-back-to-top target="haut-etroit"></loos-back-to-top>
  </div>`,
};
