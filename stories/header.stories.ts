import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/header/header.js';
import '../src/components/official-banner/official-banner.js';
import { headerMarkup, NAV_ENTRIES, SKIP_LINKS } from '../tests/fixtures/site/markup.js';

interface HeaderArgs {
  entries: string[];
}

const meta: Meta<HeaderArgs> = {
  title: 'Site/En-tête',
  component: 'loos-header',
  args: { entries: NAV_ENTRIES },
  argTypes: { entries: { description: 'Les entrées du menu principal : 7 au plus.' } },
  render: ({ entries }) => html`${unsafeHTML(SKIP_LINKS)}
    <loos-header>${unsafeHTML(headerMarkup({ entries, current: 'Démarches', banner: true }))}</loos-header>`,
  parameters: {
    docs: {
      description: {
        component:
          'L’en-tête d’un site de la ville, écrit en HTML par le CMS (lien d’accueil avec logo et nom, menu principal, recherche, accès rapides) et mis en forme par `site.css`. Sans JavaScript, tout est visible. L’élément ajoute sur petit écran un bouton « Menu » : Entrée ou Espace l’ouvre, Échap le ferme et rend le focus au bouton, Tab reste dans le menu tant qu’il est ouvert. Les liens d’évitement le précèdent.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<HeaderArgs>;

export const Complet: Story = { name: 'En-tête complet, avec le bandeau officiel' };

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px) : bouton « Menu »',
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const TropDEntrees: Story = {
  name: 'Plus de 7 entrées : signalé (loos-invalid)',
  parameters: { expectInvalid: true },
  args: { entries: [...NAV_ENTRIES, 'Jeunesse', 'Solidarité'] },
};
