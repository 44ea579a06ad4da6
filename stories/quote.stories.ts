import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/quote/quote.js';
import { fixtureAddress } from './fixture-address.js';

interface QuoteArgs {
  words: string;
  author: string;
  authorRole: string;
  photo: string;
  photoAlt?: string;
  cite: string;
  source: string;
}

/**
 * A square portrait served by the catalogue itself (.storybook/main.ts `staticDirs`), so that no
 * story asks another site for an image. An address, as authors write one: the element refuses
 * `data:` addresses, which a bundler would produce if the file were imported.
 */
const PORTRAIT = fixtureAddress('images/portrait.svg');

const meta: Meta<QuoteArgs> = {
  title: 'Composants/Citation',
  component: 'loos-quote',
  args: {
    words: 'Le nouveau square a changé la vie des familles de la rue : les enfants jouent enfin près de chez eux.',
    author: 'Nadia Benali',
    authorRole: 'habitante du quartier des Oliveaux',
    photo: '',
    cite: '',
    source: '',
  },
  argTypes: {
    words: { description: 'Les paroles, écrites dans la page (`<p>…</p>`) : lisibles sans JavaScript.' },
    authorRole: { name: 'author-role', description: 'À quel titre la personne parle : « habitante du quartier des Oliveaux ».' },
    photoAlt: { name: 'photo-alt', description: 'Obligatoire avec `photo` : ce que montre la photo, ou vide si elle n’ajoute rien au nom.' },
  },
  render: (args) => html`<loos-quote
    author=${args.author}
    author-role=${args.authorRole || nothing}
    photo=${args.photo || nothing}
    photo-alt=${args.photoAlt ?? nothing}
    cite=${args.cite || nothing}
    source=${args.source || nothing}
    ><p>${args.words}</p></loos-quote
  >`,
  parameters: {
    docs: {
      description: {
        component:
          'Les paroles d’un habitant ou d’un élu : `<figure>`, `<blockquote>` et `<figcaption>`. Les paroles restent dans la page ; le nom, le rôle, la photo (avec son texte de remplacement obligatoire) et la source sont des attributs.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<QuoteArgs>;

export const Habitante: Story = { name: 'Parole d’habitante' };

export const EluAvecPhotoEtSource: Story = {
  name: 'Élu, avec photo et source',
  args: {
    words: 'Ce budget participatif, ce sont les habitants qui l’ont écrit. Notre rôle est de le réaliser, projet par projet.',
    author: 'Jean Martin',
    authorRole: 'adjoint au maire chargé de la démocratie participative',
    photo: PORTRAIT,
    photoAlt: 'Portrait de Jean Martin',
    cite: 'https://www.loos.fr/conseil-municipal/2026-03-26',
    source: 'Conseil municipal du 26 mars 2026',
  },
};

export const SourceSansNom: Story = {
  name: 'Source sans nom (« Voir la source »)',
  args: { cite: 'https://www.loos.fr/actualites/square' },
};

export const PlusieursParagraphes: Story = {
  name: 'Plusieurs paragraphes',
  render: () => html`<loos-quote author="Fatou Diallo" author-role="présidente de l’association Loos Solidaire" source="Lettre d’information de mars 2026">
    <p>Nous avons distribué 1 200 repas cet hiver, grâce à 45 bénévoles.</p>
    <p>Chaque personne qui pousse la porte repart avec un repas et un sourire.</p>
  </loos-quote>`,
};

export const PhotoSansTexte: Story = {
  name: 'Erreur : photo sans texte de remplacement',
  parameters: { expectInvalid: true },
  args: { photo: PORTRAIT, photoAlt: undefined },
};

export const SourceRefusee: Story = {
  name: 'Erreur : adresse de source refusée',
  parameters: { expectInvalid: true },
  args: { cite: 'javascript:alert(1)', source: 'Conseil municipal' },
};

export const SansNom: Story = { name: 'Erreur : nom absent', parameters: { expectInvalid: true }, args: { author: '' } };

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  args: EluAvecPhotoEtSource.args,
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', args: EluAvecPhotoEtSource.args, parameters: { theme: 'loos-dark' } };

export const ThemeContraste: Story = { name: 'Thème contraste renforcé', args: EluAvecPhotoEtSource.args, parameters: { theme: 'loos-contrast' } };

export const AutreCommune: Story = { name: 'Autre commune (thème Ville exemple)', args: EluAvecPhotoEtSource.args, parameters: { theme: 'example-city' } };
