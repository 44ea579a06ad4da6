import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, within } from 'storybook/test';
import '../src/components/event-card/event-card.js';
import type { CivicEventInput } from '../src/lib/events/model.js';
import { fixtureAddress } from './fixture-address.js';

/** Served by the catalogue (.storybook/main.ts `staticDirs`): an imported file could come out as a `data:` address, which the card refuses. */
const photo = fixtureAddress('images/la-fileuse.svg');

interface CardArgs {
  event: CivicEventInput;
  headingLevel: number;
}

const concert: CivicEventInput = {
  id: 'concert-noel-2026',
  title: 'Concert de Noël de l’orchestre d’harmonie',
  start: '2026-12-19T15:00',
  end: '2026-12-19T18:00',
  location: { name: 'La Fileuse', address: '25 rue Georges Potié', city: 'Loos' },
  category: 'Culture',
  description: 'Chants de Noël et musiques de films par les 40 musiciens de l’harmonie municipale.',
  href: '#concert-noel',
  price: 0,
  organizer: 'Service culturel de la Ville de Loos',
};

const meta: Meta<CardArgs> = {
  title: 'Composants/Carte événement',
  component: 'loos-event-card',
  args: { event: concert, headingLevel: 3 },
  argTypes: {
    event: { description: "L'événement (même forme que le JSON de l'agenda, voir schemas/events.schema.json)." },
    headingLevel: { description: 'Niveau du titre de la carte (2 à 6), pour suivre le plan de la page.', control: { type: 'number', min: 2, max: 6 } },
  },
  render: ({ event, headingLevel }) =>
    html`<div style="max-inline-size: 26rem"><loos-event-card .event=${event} heading-level=${headingLevel}></loos-event-card></div>`,
  parameters: {
    docs: {
      description: {
        component:
          "Un événement de l'agenda : titre (lien principal de toute la carte), date en français, statut en toutes lettres, lieu, tarif, accessibilité et « Ajouter à mon agenda » (fichier iCalendar).",
      },
    },
  },
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Gratuit: Story = {
  name: 'Gratuit',
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('loos-event-card')!;
    await card.updateComplete;
    const shadow = within(card.shadowRoot as unknown as HTMLElement);
    await expect(shadow.getByRole('heading', { level: 3 })).toHaveTextContent('Concert de Noël');
    await expect(shadow.getByText('Gratuit')).toBeVisible();
    await expect(shadow.getByRole('button', { name: /Ajouter à mon agenda/ })).toBeVisible();
  },
};

export const Payant: Story = {
  name: 'Payant, avec inscription',
  args: { event: { ...concert, id: 'theatre', title: 'Théâtre : « Les Fileuses »', price: '12 € / 8 € tarif réduit', registrationUrl: '#inscription', category: 'Théâtre' } },
};

export const Annule: Story = { name: 'Annulé', args: { event: { ...concert, status: 'cancelled' } } };

export const Reporte: Story = { name: 'Reporté', args: { event: { ...concert, status: 'postponed' } } };

export const Complet: Story = { name: 'Complet', args: { event: { ...concert, status: 'full', registrationUrl: '#inscription' } } };

export const EnLigne: Story = {
  name: 'Passé en ligne',
  args: {
    event: {
      id: 'atelier', title: 'Atelier « Bien vieillir chez soi »', start: '2026-12-08T10:00', end: '2026-12-08T11:30', category: 'Seniors',
      status: 'moved-online', attendance: 'online', onlineUrl: '#visio', price: 0, accessibility: ['easy-read'], organizer: 'CCAS de Loos',
    },
  },
};

export const Mixte: Story = {
  name: 'Sur place et en ligne',
  args: {
    event: {
      id: 'conseil', title: 'Conseil municipal', start: '2026-12-10T18:30', end: '2026-12-10T21:00', category: 'Vie municipale',
      location: { name: 'Hôtel de ville', address: 'place de la République', city: 'Loos' }, attendance: 'mixed', onlineUrl: '#direct',
      accessibility: ['wheelchair', 'sign-language'], price: 0, href: '#conseil',
    },
  },
};

export const PlusieursJours: Story = {
  name: 'Sur plusieurs jours',
  args: { event: { id: 'fete', title: 'Fête de la ville', start: '2027-07-03', end: '2027-07-05', location: { name: 'Parc du Clos Mademoiselle', city: 'Loos' }, price: 0, href: '#fete' } },
};

export const ToutLaJournee: Story = {
  name: 'Toute la journée',
  args: { event: { id: 'brocante', title: 'Brocante du printemps', start: '2027-04-11', location: { name: 'Rue Georges Potié', city: 'Loos' }, price: 0, category: 'Vie locale' } },
};

export const AvecImage: Story = {
  name: 'Avec image',
  args: { event: { ...concert, image: { src: photo, alt: 'La façade de La Fileuse, salle de spectacle de Loos' } } },
};

export const Accessibilite: Story = {
  name: 'Avec équipements d’accessibilité',
  args: { event: { ...concert, accessibility: ['wheelchair', 'sign-language', 'hearing-loop', 'audio-description', 'easy-read'] } },
};

export const TitreTresLong: Story = {
  name: 'Titre très long',
  args: {
    event: {
      ...concert,
      title:
        'Rencontre-débat intercommunale sur la transition énergétique des bâtiments municipaux, des écoles et des équipements sportifs de la métropole européenne de Lille',
    },
  },
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  args: { event: { ...concert, accessibility: ['wheelchair', 'hearing-loop'], registrationUrl: '#inscription' } },
  render: ({ event }) => html`<div style="max-inline-size: 320px"><loos-event-card .event=${event}></loos-event-card></div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', args: { event: { ...concert, status: 'cancelled', accessibility: ['wheelchair'] } }, parameters: { theme: 'loos-dark' } };
export const ThemeContraste: Story = { name: 'Thème contraste renforcé', args: { event: { ...concert, status: 'full', accessibility: ['wheelchair'] } }, parameters: { theme: 'loos-contrast' } };
export const ThemeVilleExemple: Story = { name: 'Thème d’une autre commune', args: { event: { ...concert, accessibility: ['wheelchair'], registrationUrl: '#inscription' } }, parameters: { theme: 'example-city' } };

export const ParAttributs: Story = {
  name: 'Écrit en HTML (attributs)',
  render: () => html`<div style="max-inline-size: 26rem">
    <loos-event-card event-id="voeux-2027" start="2027-01-09T11:00" end="2027-01-09T13:00" location-name="La Fileuse" location-city="Loos"
      price="0" category="Vie municipale" accessibility="wheelchair sign-language hearing-loop" href="#voeux" structured-data>
      <h3>Cérémonie des vœux du maire</h3>
    </loos-event-card>
  </div>`,
};

export const DonneesIncompletes: Story = {
  name: 'Données incomplètes',
  parameters: { expectInvalid: true },
  args: { event: { id: 'loto', title: 'Loto des aînés' } as CivicEventInput },
};
