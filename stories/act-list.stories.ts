import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/act-list/act-list.js';
import '../src/components/act/act.js';
import { fixtureAddress } from './fixture-address.js';

/** The published list, fetched as a site would serve it (the catalogue serves tests/fixtures/publications/). */
const SRC = fixtureAddress('publications/acts-published.json');

interface ActListArgs {
  acts: unknown;
  pageSize: number;
  appealText: string;
}

const meta: Meta<ActListArgs> = {
  title: 'Publications/Actes administratifs',
  component: 'loos-act-list',
  args: { acts: undefined, pageSize: 5, appealText: '' },
  argTypes: {
    acts: { description: 'Les actes (JSON, voir schemas/acts.schema.json).' },
    pageSize: { name: 'page-size', description: 'Nombre d’actes affichés, puis ajoutés par « Afficher plus ».' },
    appealText: { name: 'appeal-text', description: 'Mention des voies et délais de recours (la mention habituelle si vide).' },
  },
  render: ({ acts, pageSize, appealText }) =>
    html`<loos-act-list .acts=${acts} src=${acts === undefined ? SRC : nothing} page-size=${pageSize} appeal-text=${appealText || nothing}></loos-act-list>`,
  parameters: {
    docs: {
      description: {
        component:
          'Les actes réglementaires publiés en ligne (arrêtés, délibérations, décisions) : du plus récent au plus ancien, filtres par type, année et thème, recherche dans les titres et numéros, nombre de résultats annoncé, pagination, document en entier avec son format et sa taille, voies de recours.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ActListArgs>;

export const Liste: Story = { name: 'Liste des actes (depuis une adresse, src)' };

export const Recherche: Story = {
  name: 'Recherche et filtres',
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('loos-act-list')!;
    await waitFor(() => expect(list.shadowRoot!.querySelectorAll('.act').length).toBeGreaterThan(0));
    await userEvent.type(list.shadowRoot!.querySelector('#query')!, 'stationner');
    await waitFor(() => expect(list.shadowRoot!.querySelectorAll('.act')).toHaveLength(1));
  },
};

export const AucunResultat: Story = {
  name: 'Aucun résultat',
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('loos-act-list')!;
    await waitFor(() => expect(list.shadowRoot!.querySelectorAll('.act').length).toBeGreaterThan(0));
    await userEvent.type(list.shadowRoot!.querySelector('#query')!, 'piscine olympique');
    await waitFor(() => expect(list.shadowRoot!.querySelector('.empty')).not.toBeNull());
  },
};

export const DepuisLaPage: Story = {
  name: 'Écrite dans la page (lisible sans JavaScript)',
  render: () => html`<loos-act-list>
    <ul>
      <li>
        <loos-act type="Arrêté" number="2026-014" signed="2026-03-02" published="2026-03-04" format="PDF" size="245760" category="Voirie et circulation"
          ><a href="#arrete-2026-014">Interdiction de stationner rue Pasteur pendant le marché</a></loos-act
        >
      </li>
      <li>
        <loos-act type="Délibération" number="D2026-012" signed="2026-03-26" published="2026-04-01" transmitted="2026-03-28" format="PDF" size="1200000" category="Finances"
          ><a href="#deliberation-d2026-012">Vote du budget primitif 2026</a></loos-act
        >
      </li>
    </ul>
  </loos-act-list>`,
};

export const DonneesInvalides: Story = {
  name: 'Erreur : actes incomplets',
  parameters: { expectInvalid: true },
  args: {
    acts: [
      { type: 'Arrêté', number: '2026-020', title: 'Fermeture du parc des Oliveaux', signed: '2026-03-02', published: '2026-03-04', document: '#arrete-2026-020' },
      { type: 'Circulaire', number: '2026-021', title: 'Type inconnu', signed: '2026-03-02', published: '2026-03-04', document: '#a' },
      { type: 'Arrêté', number: '2026-022', title: '<img src=x onerror=alert(1)>', signed: '2026-02-30', published: '2026-03-04', document: 'javascript:alert(1)' },
    ],
  },
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', parameters: { theme: 'loos-dark' } };
