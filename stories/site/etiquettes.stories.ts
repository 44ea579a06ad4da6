import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Site/Étiquettes',
  parameters: {
    docs: {
      description: {
        component:
          'Une étiquette dit en un ou deux mots la catégorie ou le quartier d’un contenu (`loos-tag`, dans une liste `loos-tags`). Un texte, pas un bouton : si elle mène à la liste des contenus de la catégorie, c’est un lien (`<a class="loos-tag">`, 44 px de haut). Jamais la couleur seule pour dire un état.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const CategoriesDUnArticle: Story = {
  name: 'Catégories d’un article',
  render: () => html`<ul class="loos-tags" aria-label="Catégories">
      <li><span class="loos-tag">Travaux</span></li>
      <li><span class="loos-tag">Quartier des Oliveaux</span></li>
    </ul>
    <ul class="loos-tags" aria-label="Voir d’autres actualités">
      <li><a class="loos-tag" href="/actualites?theme=environnement">Environnement</a></li>
      <li><a class="loos-tag" href="/actualites?theme=jeunesse">Jeunesse</a></li>
    </ul>`,
};
