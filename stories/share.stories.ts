import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/share/share.js';

interface ShareArgs {
  url: string;
  shareTitle: string;
  networks: string;
}

const meta: Meta<ShareArgs> = {
  title: 'Composants/Partager',
  component: 'loos-share',
  args: {
    url: 'https://www.loos.fr/actualites/nouveau-square-des-oliveaux',
    shareTitle: 'Le nouveau square des Oliveaux est ouvert',
    networks: '',
  },
  argTypes: {
    url: { description: 'L’adresse complète à partager (celle de la page si absente).' },
    shareTitle: { name: 'share-title', description: 'Le titre envoyé avec l’adresse (celui de la page si absent).' },
    networks: { description: 'Les réseaux montrés, dans l’ordre : `email facebook x linkedin whatsapp` (tous si vide).' },
  },
  render: (args) => html`<loos-share url=${args.url || nothing} share-title=${args.shareTitle || nothing} networks=${args.networks || nothing}></loos-share>`,
  parameters: {
    docs: {
      description: {
        component:
          'Des liens simples vers la page de partage de chaque réseau, « Copier le lien » et le partage de l’appareil quand il existe. Aucun script ni aucune requête vers un réseau avant un clic.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ShareArgs>;

export const TousLesReseaux: Story = {
  name: 'Tous les réseaux',
  play: async ({ canvasElement }) => {
    const share = canvasElement.querySelector('loos-share')!;
    await waitFor(() => expect(share.shadowRoot!.querySelectorAll('a')).toHaveLength(5));
  },
};

export const CourrielEtWhatsApp: Story = { name: 'Courriel et WhatsApp seulement', args: { networks: 'email whatsapp' } };

export const AdresseRefusee: Story = { name: 'Erreur : adresse refusée', parameters: { expectInvalid: true }, args: { url: 'javascript:alert(1)' } };

export const AdresseRelative: Story = { name: 'Erreur : adresse relative', parameters: { expectInvalid: true }, args: { url: '/actualites/square' } };

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', parameters: { theme: 'loos-dark' } };

export const ThemeContraste: Story = { name: 'Thème contraste renforcé', parameters: { theme: 'loos-contrast' } };

export const AutreCommune: Story = { name: 'Autre commune (thème Ville exemple)', parameters: { theme: 'example-city' } };
