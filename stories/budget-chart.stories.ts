import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/budget-chart/budget-chart.js';
import type { BudgetChartType, LoosBudgetChart } from '../src/components/budget-chart/budget-chart.js';
import large from '../tests/fixtures/budget/budget-1000.json';
import loos from '../tests/fixtures/budget/loos-2026.json';
import badRowsUrl from '../tests/fixtures/budget/bad-rows.csv?url';
import scdlUrl from '../tests/fixtures/budget/loos-2026-scdl.csv?url';
import communeUrl from '../tests/fixtures/budget/commune-ca-2025-nature.csv?url';
import commune2024Url from '../tests/fixtures/budget/commune-ca-2024-nature.csv?url';
import departementUrl from '../tests/fixtures/budget/departement-2026-budgets.csv?url';
import { guideLink } from './guides/guide-links.js';

interface ChartArgs {
  type: BudgetChartType;
  heading: string;
  description: string;
  maxCategories: number;
}

/** Waits until a chart fed by `src` has loaded and rendered its summary or its problems. */
async function loaded(canvasElement: HTMLElement): Promise<LoosBudgetChart> {
  const chart = canvasElement.querySelector('loos-budget-chart')!;
  await waitFor(() => expect(chart.shadowRoot?.querySelector('.summary, .problems')).toBeTruthy(), { timeout: 5000 });
  await chart.updateComplete;
  return chart;
}

const meta: Meta<ChartArgs> = {
  title: 'Composants/Graphique budgétaire',
  component: 'loos-budget-chart',
  args: {
    type: 'bars',
    heading: 'Où vont les dépenses de fonctionnement en 2026 ?',
    description: 'Budget primitif voté par le conseil municipal. Montants illustratifs.',
    maxCategories: 8,
  },
  argTypes: {
    type: { control: 'select', options: ['bars', 'share', 'comparison', 'balance'], description: 'Forme du graphique.' },
    heading: { description: 'Titre : un seul message par graphique.' },
    description: { description: 'Phrase sous le titre, écrite par l’auteur.' },
    maxCategories: { control: { type: 'number', min: 2 }, description: 'Nombre d’entrées dessinées, « Autres » compris (8 par défaut : les 7 plus grands postes et « Autres »).' },
  },
  render: ({ type, heading, description, maxCategories }) =>
    html`<loos-budget-chart type=${type} heading=${heading} description=${description} max-categories=${maxCategories} .data=${loos}></loos-budget-chart>`,
  parameters: {
    docs: {
      description: {
        component:
          `Le budget de la ville, lisible par tous : un graphique en HTML (jamais en canvas), une phrase de résumé en français simple, un tableau de données équivalent, un export CSV au format SCDL, la source et un lexique. Une seule tabulation ; les flèches parcourent les postes. Voir ${guideLink('docs/formats/budget.md', 'le format des données du budget')}.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<ChartArgs>;

export const Barres: Story = { name: 'Barres (par défaut)' };

export const Pour100Euros: Story = {
  name: 'Pour 100 € dépensés',
  args: { type: 'share', heading: 'Pour 100 € dépensés en 2026' },
};

export const Comparaison: Story = {
  name: 'Comparaison avec l’année précédente',
  args: { type: 'comparison', heading: 'Dépenses de fonctionnement : 2026 par rapport à 2025' },
};

export const Equilibre: Story = {
  name: 'Équilibre des sections (fichier SCDL)',
  render: () => html`<loos-budget-chart
    type="balance"
    heading="Le budget 2026 est-il équilibré ?"
    src=${scdlUrl}
    group-by="chapter"
    source="Délibération n° 2026-014 du 26 mars 2026 (montants illustratifs)"
  ></loos-budget-chart>`,
  play: async ({ canvasElement }) => {
    const chart = await loaded(canvasElement);
    await expect(chart.shadowRoot!.querySelector('.summary')!.textContent).toContain('autofinancement');
  },
};

export const RecettesParChapitre: Story = {
  name: 'Recettes de fonctionnement par chapitre (fichier SCDL)',
  render: () => html`<loos-budget-chart
    heading="D’où viennent les recettes de fonctionnement ?"
    src=${scdlUrl}
    group-by="chapter"
    flow="recettes"
    population="22500"
    source="Délibération n° 2026-014 du 26 mars 2026 (montants illustratifs)"
  ></loos-budget-chart>`,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
  },
};

export const LignesIgnorees: Story = {
  name: 'Fichier avec des lignes invalides',
  parameters: { expectInvalid: true },
  render: () => html`<loos-budget-chart heading="Dépenses 2026" src=${badRowsUrl} source="Fichier d’exemple avec erreurs"></loos-budget-chart>`,
  play: async ({ canvasElement }) => {
    const chart = await loaded(canvasElement);
    // The missing source link is reported at once; the ignored rows only once the CSV has arrived.
    await waitFor(() => expect(chart.shadowRoot!.querySelector('.problems')?.textContent).toContain('2 lignes ignorées'), { timeout: 5000 });
  },
};

export const CompteAdministratifPetiteCommune: Story = {
  name: 'Compte administratif d’une petite commune (SCDL, sections vides)',
  parameters: { expectInvalid: true },
  render: () => html`<loos-budget-chart
    type="balance"
    src=${communeUrl}
    source="Délibération n° 2026-009 du 12 mars 2026 (montants illustratifs)"
  ></loos-budget-chart>`,
  play: async ({ canvasElement }) => {
    const chart = await loaded(canvasElement);
    await expect(chart.shadowRoot!.querySelector('h2')!.textContent).toContain('Équilibre du budget 2025');
    await expect(chart.shadowRoot!.querySelector('.summary')!.textContent).toContain('autofinancement dégagé');
  },
};

export const ComparaisonAnneePrecedente: Story = {
  name: 'Comparaison avec le compte de l’année précédente (previous-src)',
  parameters: { expectInvalid: true },
  render: () => html`<loos-budget-chart
    type="comparison"
    heading="Dépenses de fonctionnement : 2025 par rapport à 2024"
    src=${communeUrl}
    previous-src=${commune2024Url}
    source="Délibération n° 2026-009 du 12 mars 2026 (montants illustratifs)"
  ></loos-budget-chart>`,
  play: async ({ canvasElement }) => {
    const chart = await loaded(canvasElement);
    await waitFor(() => expect(chart.shadowRoot!.querySelector('.legend')?.textContent).toContain('2024'), { timeout: 5000 });
  },
};

export const PlusieursBudgets: Story = {
  name: 'Département : budget annexe choisi dans un fichier à plusieurs budgets',
  parameters: { expectInvalid: true },
  render: () => html`<loos-budget-chart
    heading="Budget annexe du laboratoire départemental"
    src=${departementUrl}
    budget="Budget annexe du laboratoire départemental"
    source="Délibération n° 2026-DB-01 (montants illustratifs)"
  ></loos-budget-chart>`,
  play: async ({ canvasElement }) => {
    const chart = await loaded(canvasElement);
    await expect(chart.shadowRoot!.querySelector('.summary')!.textContent).toContain('2,7 millions');
  },
};

export const TableauAffiche: Story = {
  name: 'Tableau des données affiché',
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('loos-budget-chart')!;
    await chart.updateComplete;
    const button = chart.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!;
    button.click();
    await chart.updateComplete;
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  },
};

export const Clavier: Story = {
  name: 'Navigation au clavier',
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('loos-budget-chart')!;
    await chart.updateComplete;
    const listbox = chart.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    listbox.focus();
    for (const key of ['End', 'Enter']) {
      listbox.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await chart.updateComplete;
    }
    await expect(listbox).toHaveAttribute('aria-activedescendant', 'level-1-0');
  },
};

export const MilleLignes: Story = {
  name: 'Budget de 1 000 lignes',
  render: () => html`<loos-budget-chart heading="Budget détaillé (1 000 lignes, montants illustratifs)" .data=${large}></loos-budget-chart>`,
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  args: { type: 'comparison' },
  render: ({ type, heading }) => html`<div style="max-inline-size: 320px">
    <loos-budget-chart type=${type} heading=${heading} .data=${loos}></loos-budget-chart>
  </div>`,
};

export const PartEcranEtroit: Story = {
  name: 'Pour 100 € — écran étroit (320 px)',
  args: { type: 'share' },
  render: ({ type, heading }) => html`<div style="max-inline-size: 320px">
    <loos-budget-chart type=${type} heading=${heading} .data=${loos}></loos-budget-chart>
  </div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', args: { type: 'share' }, parameters: { theme: 'loos-dark' } };

export const ThemeContraste: Story = { name: 'Thème contraste renforcé', args: { type: 'comparison' }, parameters: { theme: 'loos-contrast' } };

export const AutreCommune: Story = { name: 'Autre commune (thème Ville exemple)', parameters: { theme: 'example-city' } };

export const English: Story = {
  name: 'En anglais (lang="en")',
  render: ({ heading }) => html`<div lang="en"><loos-budget-chart heading=${heading} .data=${loos}></loos-budget-chart></div>`,
  args: { heading: 'Where does operating spending go in 2026?' },
};

/**
 * The HTML-first form: a plain table pasted from a spreadsheet. Without JavaScript, a resident
 * reads this table; with it, the chart reads the same table and replaces it.
 */
export const DepuisUnTableau: Story = {
  name: 'Depuis un tableau HTML (sans JavaScript : le tableau)',
  render: () => html`<loos-budget-chart type="comparison" source="Délibération n° 2026-014 du conseil municipal (montants illustratifs)">
    <table>
      <caption>Dépenses de fonctionnement du budget primitif 2026</caption>
      <thead><tr><th scope="col">Politique publique</th><th scope="col">2025</th><th scope="col">2026</th></tr></thead>
      <tbody>
        <tr><th scope="row">Services généraux</th><td>5 980 000 €</td><td>6 120 000 €</td></tr>
        <tr><th scope="row">Enseignement et formation</th><td>6,61 M€</td><td>6,85 M€</td></tr>
        <tr><th scope="row">Culture, sport et jeunesse</th><td>4 420 000 €</td><td>4 310 000 €</td></tr>
        <tr><th scope="row">Santé et action sociale</th><td>2 950 000 €</td><td>3 180 000 €</td></tr>
        <tr><th scope="row">Environnement</th><td>2 010 000 €</td><td>2 140 000 €</td></tr>
      </tbody>
    </table>
  </loos-budget-chart>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('loos-budget-chart')!;
    await chart.updateComplete;
    await expect(chart.shadowRoot!.querySelector('h2')!.textContent).toContain('Dépenses de fonctionnement du budget primitif 2026');
    await expect(chart.shadowRoot!.querySelectorAll('[role="option"]')).toHaveLength(5);
  },
};

export const TableauAvecErreurs: Story = {
  name: 'Depuis un tableau HTML avec une cellule illisible',
  parameters: { expectInvalid: true },
  render: () => html`<loos-budget-chart source="Délibération n° 2026-014 (montants illustratifs)">
    <table>
      <caption>Dépenses de fonctionnement du budget primitif 2026</caption>
      <tr><th scope="col">Poste</th><th scope="col">Montant</th></tr>
      <tr><th scope="row">Écoles</th><td>1 234 567,89 €</td></tr>
      <tr><th scope="row">Voirie</th><td>un million</td></tr>
    </table>
  </loos-budget-chart>`,
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('loos-budget-chart')!;
    await chart.updateComplete;
    await expect(chart.shadowRoot!.querySelector('.problems')!.textContent).toContain('« Voirie » a un montant illisible');
  },
};
