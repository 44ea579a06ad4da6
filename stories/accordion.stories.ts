import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/accordion/accordion.js';
import { accordionMarkup } from '../tests/fixtures/site/markup.js';

const meta: Meta = {
  title: 'Site/Accordéon',
  component: 'loos-accordion',
  parameters: {
    docs: {
      description: {
        component:
          'Des `<details>` natifs avec la classe `loos-accordion__item` : ils s’ouvrent au clavier (Entrée, Espace) et sans JavaScript, et la recherche dans la page (Ctrl+F) trouve le texte replié. À réserver aux contenus que la plupart des personnes n’ont pas besoin de lire (questions fréquentes) : un texte que tout le monde doit lire reste visible. Entouré de `<loos-accordion>`, le groupe gagne un bouton « Tout ouvrir », qui devient « Tout fermer » quand toutes les sections sont ouvertes ; sans JavaScript, pas de bouton.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const QuestionsFrequentes: Story = {
  name: 'Questions fréquentes, avec « Tout ouvrir »',
  render: () => html`<h2>Questions fréquentes sur la carte d’identité</h2>
    <loos-accordion>${unsafeHTML(accordionMarkup())}</loos-accordion>`,
};

export const SansJavaScript: Story = {
  name: 'Sans JavaScript : les <details> seuls',
  render: () => html`<h2>Questions fréquentes sur la carte d’identité</h2>
    ${unsafeHTML(accordionMarkup())}`,
};
