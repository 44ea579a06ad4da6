import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/tabs/tabs.js';
import { expect, userEvent, waitFor } from 'storybook/test';

const meta: Meta = {
  title: 'Site/Onglets',
  component: 'loos-tabs',
  parameters: {
    docs: {
      description: {
        component:
          '`<loos-tabs>` autour de sections qui commencent chacune par un titre. Sans JavaScript, les sections se lisent l’une après l’autre ; avec, une liste d’onglets les choisit (flèches, Début, Fin). Seulement pour quelques contenus courts et parallèles qu’on compare ou dont on choisit un : un texte long ou à lire en entier reste en sections.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const InformationsPratiques: Story = {
  name: 'Informations pratiques d’un lieu',
  render: () => html`<loos-tabs label="Informations pratiques de la médiathèque">
    <section><h2>Horaires</h2><p>Mardi et vendredi de 14 h à 18 h, mercredi et samedi de 10 h à 18 h.</p></section>
    <section><h2>Accès</h2><p>Bus 18, arrêt Mairie. Parking gratuit rue Foch. Entrée de plain-pied.</p></section>
    <section><h2>Contact</h2><p>Téléphone : <a href="tel:+33320000000">03 20 00 00 00</a></p></section>
  </loos-tabs>`,
  play: async ({ canvasElement }) => {
    const tabs = () => [...canvasElement.querySelectorAll<HTMLElement>('[role="tab"]')];
    await waitFor(() => expect(tabs()).toHaveLength(3));
    tabs()[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(tabs()[1]).toHaveFocus();
    await expect(tabs()[1]!.getAttribute('aria-selected')).toBe('true');
  },
};
