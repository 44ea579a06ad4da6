import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Site/Boutons',
  parameters: {
    docs: {
      description: {
        component:
          'Un vrai `<button>` (une action dans la page) ou un vrai `<a>` (aller vers une autre page) avec la classe `loos-button` de `forms.css` : principal, `loos-button--secondary`, `loos-button--tertiary`. Cible de 44 px au moins. Une icône accompagne les mots, jamais seule. Un bouton désactivé dit pourquoi, juste à côté (`aria-describedby`). Aucun élément : du HTML et une feuille de style.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const ARROW = html`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M12 4l-1.4 1.4 5.6 5.6H4v2h12.2l-5.6 5.6L12 20l8-8z" /></svg>`;

export const TroisNiveaux: Story = {
  name: 'Principal, secondaire, tertiaire',
  render: () => html`<div class="loos-button-group">
    <button type="submit" class="loos-button">Envoyer ma demande</button>
    <a class="loos-button loos-button--secondary" href="/demarches">Voir les démarches</a>
    <button type="button" class="loos-button loos-button--tertiary">Annuler</button>
  </div>`,
};

export const AvecIcone: Story = {
  name: 'Icône et texte',
  render: () => html`<div class="loos-button-group">
    <a class="loos-button" href="/agenda">Tout l’agenda ${ARROW}</a>
  </div>`,
};

export const DesactiveAvecRaison: Story = {
  name: 'Désactivé, avec la raison',
  render: () => html`<div class="loos-button-group">
    <button type="button" class="loos-button" aria-disabled="true" aria-describedby="raison-inscription">S’inscrire à l’atelier</button>
    <p class="loos-button-reason" id="raison-inscription">Les inscriptions ouvrent le lundi 5 janvier à 9 h.</p>
  </div>`,
};
