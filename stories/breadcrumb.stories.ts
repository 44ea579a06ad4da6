import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/breadcrumb/breadcrumb.js';
import { BREADCRUMB_STEPS, breadcrumbMarkup } from '../tests/fixtures/site/markup.js';

interface BreadcrumbArgs {
  steps: string[];
}

const meta: Meta<BreadcrumbArgs> = {
  title: 'Site/Fil d’Ariane',
  component: 'loos-breadcrumb',
  args: { steps: BREADCRUMB_STEPS },
  argTypes: { steps: { description: 'Les étapes, de l’accueil à la page courante (qui porte `aria-current="page"`).' } },
  render: ({ steps }) => html`<loos-breadcrumb>${unsafeHTML(breadcrumbMarkup(steps))}</loos-breadcrumb>`,
  parameters: {
    docs: {
      description: {
        component:
          '« Vous êtes ici : » puis le chemin jusqu’à la page courante, écrit en HTML par le CMS. Sur petit écran, un chemin de 4 étapes ou plus se replie en « … », la rubrique parente et la page courante — jamais cachée ; le bouton « … » affiche tout le chemin.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<BreadcrumbArgs>;

export const Chemin: Story = { name: 'Chemin complet' };

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px) : replié',
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const Court: Story = { name: 'Chemin court (jamais replié)', args: { steps: ['Accueil', 'Agenda'] } };
