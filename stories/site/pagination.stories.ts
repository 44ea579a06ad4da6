import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Site/Pagination',
  parameters: {
    docs: {
      description: {
        component:
          'Des liens ordinaires dans un `<nav aria-label="Pagination">` : « Page précédente », « Page suivante », les numéros, et `aria-current="page"` sur la page affichée. Chaque lien fait 44 px au moins ; la liste passe à la ligne sur un petit écran.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Actualites: Story = {
  name: 'Page 3 sur 12',
  render: () => html`<nav class="loos-pagination" aria-label="Pagination">
    <ul class="loos-pagination__list">
      <li><a class="loos-pagination__link" href="/actualites?page=2" rel="prev">Page précédente</a></li>
      <li><a class="loos-pagination__link" href="/actualites?page=1" aria-label="Page 1">1</a></li>
      <li><a class="loos-pagination__link" href="/actualites?page=2" aria-label="Page 2">2</a></li>
      <li><a class="loos-pagination__link" href="/actualites?page=3" aria-label="Page 3" aria-current="page">3</a></li>
      <li><a class="loos-pagination__link" href="/actualites?page=4" aria-label="Page 4">4</a></li>
      <li class="loos-pagination__ellipsis" aria-hidden="true">…</li>
      <li><a class="loos-pagination__link" href="/actualites?page=12" aria-label="Page 12">12</a></li>
      <li><a class="loos-pagination__link" href="/actualites?page=4" rel="next">Page suivante</a></li>
    </ul>
  </nav>`,
};
