import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/service-tiles/service-tiles.js';
import { guideLink } from './guides/guide-links.js';

interface TilesArgs {
  tiles?: unknown;
}

/** The tiles as a CMS author writes them: a heading and a list of links, readable without JavaScript. */
const tilesHtml = html`<h2>Démarches les plus demandées</h2>
  <ul>
    <li><a href="/etat-civil/naissance" data-icon="naissance">Déclarer une naissance<small>Dans les 5 jours qui suivent la naissance</small></a></li>
    <li><a href="/etat-civil/deces" data-icon="deces">Déclarer un décès<small>Dans les 24 heures</small></a></li>
    <li><a href="/ecoles/cantine" data-icon="cantine">Inscrire un enfant à la cantine</a></li>
    <li><a href="/papiers/carte-identite" data-icon="papiers">Demander une carte d’identité ou un passeport<small>Sur rendez-vous</small></a></li>
    <li><a href="/proprete/encombrants" data-icon="dechets">Faire enlever des encombrants</a></li>
    <li><a href="/signaler" data-icon="signalement">Signaler un problème dans la rue</a></li>
  </ul>
  <a href="/demarches" data-all>Toutes les démarches</a>`;

const meta: Meta<TilesArgs> = {
  title: 'Composants/Tuiles de démarches',
  component: 'loos-service-tiles',
  render: (args) => html`<loos-service-tiles .tiles=${args.tiles}>${tilesHtml}</loos-service-tiles>`,
  parameters: {
    docs: {
      description: {
        component:
          `Les démarches les plus demandées, une tuile par démarche : pictogramme, libellé qui commence par un verbe, description facultative, et un seul lien par tuile (cible d’au moins 44 px). La liste de liens écrite dans la page se lit sans JavaScript. Voir ${guideLink('docs/services.md', 'le guide des démarches et contacts')}.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<TilesArgs>;

export const Accueil: Story = {
  name: 'Page d’accueil (liste de liens de la page)',
  play: async ({ canvasElement }) => {
    const tiles = canvasElement.querySelector('loos-service-tiles')!;
    await tiles.updateComplete;
    // Each tile is one link, reachable with the keyboard (Tab order is tested in tests/components).
    const first = tiles.shadowRoot!.querySelector<HTMLAnchorElement>('ul a')!;
    first.focus();
    await expect(tiles.shadowRoot!.activeElement).toBe(first);
  },
};

export const DepuisJson: Story = {
  name: 'Depuis une propriété (pictogrammes)',
  args: {
    tiles: {
      heading: 'Vie quotidienne',
      allHref: '/demarches',
      tiles: [
        { label: 'Prendre rendez-vous', href: '/rendez-vous', icon: 'rendez-vous' },
        { label: 'Payer la cantine et le périscolaire', href: '/paiement', icon: 'paiement', description: 'Carte bancaire ou prélèvement' },
        { label: 'Demander un permis de construire', href: '/urbanisme', icon: 'urbanisme' },
        { label: 'Se marier ou se pacser', href: '/mariage', icon: 'mariage' },
        { label: 'Une démarche sans pictogramme dédié', href: '/autre', icon: 'inconnu' },
      ],
    },
  },
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const DonneesInvalides: Story = {
  name: 'Données invalides (tuile écartée, signalée)',
  parameters: { expectInvalid: true },
  args: { tiles: [{ label: 'Lien piégé', href: 'javascript:alert(1)' }, { label: '<img src=x onerror=alert(1)> Déclarer une naissance', href: '/naissance' }] },
  render: (args) => html`<loos-service-tiles heading="Démarches" .tiles=${args.tiles}></loos-service-tiles>`,
  play: async ({ canvasElement }) => {
    const tiles = canvasElement.querySelector('loos-service-tiles')!;
    await tiles.updateComplete;
    await expect(tiles.shadowRoot!.querySelectorAll('ul a').length).toBe(1);
  },
};

export const ThemeSombre: Story = { name: 'Thème sombre', parameters: { theme: 'loos-dark' } };
export const ThemeContraste: Story = { name: 'Thème contraste renforcé', parameters: { theme: 'loos-contrast' } };
export const ThemeAutreCommune: Story = { name: 'Thème autre commune', parameters: { theme: 'example-city' } };
