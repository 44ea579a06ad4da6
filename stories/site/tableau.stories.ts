import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Site/Tableau de données',
  parameters: {
    docs: {
      description: {
        component:
          'Un vrai `<table>` (titre `<caption>`, en-têtes `<th scope>`) dans une zone `loos-table-scroll` qui défile seule quand le tableau est plus large que l’écran : la page, elle, ne défile jamais de côté. La zone est nommée (`role="region"`, `aria-labelledby` vers le titre) et atteignable au clavier (`tabindex="0"`) pour défiler avec les flèches ; une phrase visible dit qu’elle défile.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const HorairesDesEquipements: Story = {
  name: 'Horaires des équipements (défile sur un petit écran)',
  render: () => html`<div class="loos-table-scroll" role="region" aria-labelledby="horaires-titre" tabindex="0">
    <p class="loos-table-scroll__hint">Faites défiler le tableau de côté pour voir tous les jours.</p>
    <table class="loos-table">
      <caption id="horaires-titre">Horaires des équipements municipaux</caption>
      <thead>
        <tr><th scope="col">Équipement</th><th scope="col">Lundi</th><th scope="col">Mardi</th><th scope="col">Mercredi</th><th scope="col">Jeudi</th><th scope="col">Vendredi</th><th scope="col">Samedi</th></tr>
      </thead>
      <tbody>
        <tr><th scope="row">Mairie</th><td>8 h 30 – 17 h</td><td>8 h 30 – 17 h</td><td>8 h 30 – 17 h</td><td>8 h 30 – 17 h</td><td>8 h 30 – 17 h</td><td>9 h – 12 h</td></tr>
        <tr><th scope="row">Médiathèque</th><td>Fermé</td><td>14 h – 18 h</td><td>10 h – 18 h</td><td>Fermé</td><td>14 h – 18 h</td><td>10 h – 18 h</td></tr>
        <tr><th scope="row">Piscine</th><td>12 h – 14 h</td><td>12 h – 20 h</td><td>10 h – 19 h</td><td>12 h – 14 h</td><td>12 h – 21 h</td><td>9 h – 18 h</td></tr>
      </tbody>
    </table>
  </div>`,
};
