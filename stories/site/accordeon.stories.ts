import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Site/Accordéon',
  parameters: {
    docs: {
      description: {
        component:
          'Des `<details>` natifs avec la classe `loos-accordion__item` : ils s’ouvrent au clavier (Entrée, Espace) et sans JavaScript, et la recherche dans la page (Ctrl+F) trouve le texte replié. À réserver aux contenus que la plupart des personnes n’ont pas besoin de lire (questions fréquentes) : un texte que tout le monde doit lire reste visible.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const QuestionsFrequentes: Story = {
  name: 'Questions fréquentes',
  render: () => html`<h2>Questions fréquentes sur la carte d’identité</h2>
    <div class="loos-accordion">
      <details class="loos-accordion__item">
        <summary>Combien de temps faut-il pour obtenir la carte ?</summary>
        <div class="loos-accordion__content"><p>Comptez 3 à 6 semaines après le rendez-vous en mairie. Vous recevez un SMS quand elle est prête.</p></div>
      </details>
      <details class="loos-accordion__item" open>
        <summary>Quels documents apporter ?</summary>
        <div class="loos-accordion__content"><p>Votre pré-demande en ligne, une photo d’identité de moins de 6 mois et un justificatif de domicile.</p></div>
      </details>
      <details class="loos-accordion__item">
        <summary>La démarche est-elle payante ?</summary>
        <div class="loos-accordion__content"><p>Non, sauf en cas de perte ou de vol : 25 € en timbre fiscal.</p></div>
      </details>
    </div>`,
};
