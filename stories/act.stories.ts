import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/act/act.js';

const meta: Meta = {
  title: 'Publications/Acte administratif',
  component: 'loos-act',
  parameters: {
    docs: {
      description: {
        component:
          'Un acte publié seul, hors de la liste des actes : son type, son numéro, son titre (le lien vers le document, écrit dans la page), ses dates, le format et la taille du document, les voies de recours.',
      },
    },
  },
};
export default meta;

export const Acte: StoryObj = {
  name: 'Un acte seul',
  render: () => html`<loos-act type="Décision" number="DEC2026-007" signed="2026-03-10" published="2026-03-12" format="PDF" size="98000" category="Vie associative"
    ><a href="#decision-dec2026-007">Convention d’occupation de la salle Fernand-Nuyttens</a></loos-act
  >`,
};
