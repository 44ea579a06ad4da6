import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/footer/footer.js';
import { ACCESSIBILITY_LEVELS } from '../src/lib/site/footer.js';
import { footerMarkup } from '../tests/fixtures/site/markup.js';

interface FooterArgs {
  accessibility: string;
  without: string[];
}

const meta: Meta<FooterArgs> = {
  title: 'Site/Pied de page',
  component: 'loos-footer',
  args: { accessibility: 'partiellement', without: [] },
  argTypes: {
    accessibility: { control: 'select', options: ACCESSIBILITY_LEVELS, description: 'Niveau de la déclaration d’accessibilité : non, partiellement ou totalement conforme.' },
    without: { description: 'Mentions obligatoires retirées, pour voir le signalement.' },
  },
  render: ({ accessibility, without }) => html`<loos-footer accessibility=${accessibility}>${unsafeHTML(footerMarkup({ without }))}</loos-footer>`,
  parameters: {
    docs: {
      description: {
        component:
          'Le pied de page d’un site public : adresse de la mairie, réseaux (liens simples, aucun script tiers) et mentions obligatoires — « Accessibilité : … conforme » reliée à la déclaration, « Mentions légales », « Données personnelles », « Gestion des cookies », « Plan du site », « Contact ». Complet sans JavaScript ; l’élément écrit le niveau d’accessibilité et signale une mention absente.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FooterArgs>;

export const Partiellement: Story = { name: 'Partiellement conforme' };

export const NonConforme: Story = { name: 'Non conforme (aucun audit)', args: { accessibility: 'non' } };

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const MentionAbsente: Story = {
  name: 'Mention absente : signalée (loos-invalid)',
  parameters: { expectInvalid: true },
  args: { without: ['Gestion des cookies'] },
};
