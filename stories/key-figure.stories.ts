import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/key-figure/key-figure.js';

interface FigureArgs {
  value: string;
  unit: string;
  label: string;
  period: string;
  previous: string;
  previousPeriod: string;
  source: string;
}

const meta: Meta<FigureArgs> = {
  title: 'Composants/Chiffre clé',
  component: 'loos-key-figure',
  args: {
    value: '28400000',
    unit: 'EUR',
    label: 'Dépenses de fonctionnement',
    period: 'Budget primitif 2026',
    previous: '27600000',
    previousPeriod: '2025',
    source: 'Délibération n° 2026-014 (montants illustratifs)',
  },
  argTypes: {
    value: { description: 'La valeur : 28400000, 28,4 ou 12.5.' },
    unit: { description: '`EUR`, `%`, un nom au pluriel pour un effectif (habitants, repas) ou une unité libre.' },
    previous: { description: 'Valeur précédente : affiche l’évolution en % et en mots.' },
  },
  render: (args) => html`<loos-key-figure
    value=${args.value}
    unit=${args.unit}
    label=${args.label}
    period=${args.period}
    previous=${args.previous}
    previous-period=${args.previousPeriod}
    source=${args.source}
  ></loos-key-figure>`,
  parameters: {
    docs: {
      description: {
        component:
          'Un chiffre qui compte, lisible par tous : la forme courte (« 28,4 M€ ») à l’écran, la forme complète (« 28,4 millions d’euros ») toujours donnée aux technologies d’assistance, avec l’évolution et la source.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FigureArgs>;

export const MontantEnEuros: Story = { name: 'Montant en euros avec évolution' };

export const Pourcentage: Story = {
  name: 'Pourcentage',
  args: { value: '12,5', unit: '%', label: 'Part des dépenses consacrée à l’action sociale', previous: '11,8', previousPeriod: '2025' },
};

export const Effectif: Story = {
  name: 'Effectif',
  args: { value: '22500', unit: 'habitants', label: 'Population municipale', period: 'Recensement 2023', previous: '', previousPeriod: '', source: 'Insee' },
};

export const Groupe: Story = {
  name: 'Plusieurs chiffres côte à côte',
  render: () => html`<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))">
    <loos-key-figure value="28400000" unit="EUR" label="Dépenses de fonctionnement" period="2026" previous="27600000" previous-period="2025"></loos-key-figure>
    <loos-key-figure value="9800000" unit="EUR" label="Investissements" period="2026" previous="8400000" previous-period="2025"></loos-key-figure>
    <loos-key-figure value="1262" unit="EUR" label="Dépenses par habitant" period="2026"></loos-key-figure>
  </div>`,
};

export const ValeurInvalide: Story = { name: 'Valeur invalide', parameters: { expectInvalid: true }, args: { value: 'beaucoup', previous: '' } };

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  render: (args) => html`<div style="max-inline-size: 320px">
    <loos-key-figure value=${args.value} unit=${args.unit} label=${args.label} period=${args.period} previous=${args.previous} previous-period=${args.previousPeriod} source=${args.source}></loos-key-figure>
  </div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', parameters: { theme: 'loos-dark' } };

export const ThemeContraste: Story = { name: 'Thème contraste renforcé', parameters: { theme: 'loos-contrast' } };

export const AutreCommune: Story = { name: 'Autre commune (thème Ville exemple)', parameters: { theme: 'example-city' } };

/** The HTML-first form: the figure written as text, readable before and without JavaScript. */
export const EcritEnTexte: Story = {
  name: 'Écrit en texte dans la page (sans JavaScript : le texte)',
  render: () => html`<loos-key-figure previous="27600000" previous-period="2025"
    >28,4 M€ <span slot="label">Dépenses de fonctionnement</span> <span slot="period">budget primitif 2026</span>
    <span slot="source">Délibération n° 2026-014 du conseil municipal</span></loos-key-figure
  >`,
};
