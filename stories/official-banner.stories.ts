import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import '../src/components/official-banner/official-banner.js';

interface BannerArgs {
  organisation: string;
  domain: string;
  expanded: boolean;
}

const meta: Meta<BannerArgs> = {
  title: 'Composants/Bandeau officiel',
  component: 'loos-official-banner',
  args: { organisation: 'Ville de Loos', domain: 'loos.fr', expanded: false },
  argTypes: {
    organisation: { description: "Nom de l'organisation, tel qu'il se lit après « Site officiel de la »." },
    domain: { description: 'Nom de domaine par lequel se terminent toutes les adresses officielles.' },
    expanded: { description: "Explication ouverte (fermée par défaut)." },
  },
  render: ({ organisation, domain, expanded }) =>
    html`<loos-official-banner organisation=${organisation} domain=${domain} ?expanded=${expanded}></loos-official-banner>`,
  parameters: {
    docs: {
      description: {
        component:
          "Le bandeau en haut de chaque page d'un site de la ville : il dit que le site est officiel et explique comment le vérifier. Placez la phrase dans le HTML pour qu'elle se lise sans JavaScript.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<BannerArgs>;

export const Ferme: Story = { name: 'Fermé (par défaut)' };

export const Ouvert: Story = { name: 'Ouvert', args: { expanded: true } };

export const OuvertureEtFermeture: Story = {
  name: 'Ouverture puis fermeture avec Échap',
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('loos-official-banner')!;
    await banner.updateComplete;
    const button = within(banner.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Comment le vérifier ?' });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    // The real keyboard path (Tab, Enter, Space, Escape) is tested in tests/components with CDP keys;
    // here Escape is dispatched where a keyboard would send it, inside the shadow root.
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await banner.updateComplete;
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(banner.shadowRoot!.activeElement).toBe(button);
  },
};

export const TexteDansLaPage: Story = {
  name: 'Phrase écrite dans la page (sans JavaScript)',
  render: () => html`<loos-official-banner domain="loos.fr"><p>Site officiel de la Ville de Loos</p></loos-official-banner>`,
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  args: { expanded: true },
  render: ({ organisation, domain, expanded }) => html`<div style="max-inline-size: 320px">
    <loos-official-banner organisation=${organisation} domain=${domain} ?expanded=${expanded}></loos-official-banner>
  </div>`,
};

export const AutreCommune: Story = {
  name: 'Autre commune (thème Ville exemple)',
  args: { organisation: 'Ville de Bellerive', domain: 'bellerive.example', expanded: true },
  parameters: { theme: 'example-city' },
};

export const ThemeSombre: Story = { name: 'Thème sombre', args: { expanded: true }, parameters: { theme: 'loos-dark' } };

export const ThemeContraste: Story = {
  name: 'Thème contraste renforcé',
  args: { expanded: true },
  parameters: { theme: 'loos-contrast' },
};

export const DomaineInvalide: Story = {
  name: 'Domaine invalide (signalé, non affiché)',
  parameters: { expectInvalid: true },
  args: { domain: 'javascript:alert(1)', expanded: true },
};
