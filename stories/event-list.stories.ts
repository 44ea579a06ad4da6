import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/components/event-list/event-list.js';
import agenda from '../tests/fixtures/events/agenda.json';
import badEvents from '../tests/fixtures/events/bad-events.json';
import published from '../tests/fixtures/events/schema-org-published.json';

// Stories fix « now » so that the agenda never empties as real time passes.
const NOW = '2026-12-01T09:00';

interface ListArgs {
  events: unknown;
  pageSize: number;
  showPast: boolean;
}

const meta: Meta<ListArgs> = {
  title: 'Composants/Agenda',
  component: 'loos-event-list',
  args: { events: agenda.slice(0, 50), pageSize: 6, showPast: false },
  argTypes: {
    events: { description: 'Les événements (JSON, voir schemas/events.schema.json).' },
    pageSize: { description: 'Nombre d’événements affichés, puis ajoutés par « Afficher plus ».' },
    showPast: { description: 'Afficher aussi les événements passés.' },
  },
  render: ({ events, pageSize, showPast }) =>
    html`<loos-event-list .events=${events} now=${NOW} page-size=${pageSize} ?show-past=${showPast}></loos-event-list>`,
  parameters: {
    docs: {
      description: {
        component:
          "L'agenda de la ville : événements par mois, filtres par catégorie et par période, « Afficher plus », export iCalendar de la liste filtrée. Les événements passés sont masqués.",
      },
    },
  },
};
export default meta;

type Story = StoryObj<ListArgs>;

export const Cinquante: Story = { name: 'Agenda de 50 événements' };

export const Filtrage: Story = {
  name: 'Filtrage par catégorie',
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('loos-event-list')!;
    await list.updateComplete;
    const shadow = within(list.shadowRoot as unknown as HTMLElement);
    await userEvent.selectOptions(shadow.getByLabelText('Catégorie'), 'Seniors');
    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent(/^\s*\d+ événements?\s*$/));
    await expect(list.filteredEvents.every((event) => event.category === 'Seniors')).toBe(true);
  },
};

export const Vide: Story = { name: 'Aucun événement', args: { events: [] } };

export const DepuisJson: Story = {
  name: 'Chargé depuis un script JSON (CMS)',
  render: () => html`<loos-event-list now=${NOW} page-size="4">
    <script type="application/json">
      ${JSON.stringify(agenda.slice(-3))}
    </script>
  </loos-event-list>`,
};

export const AvecErreurs: Story = {
  name: 'Liste avec des événements invalides',
  parameters: { expectInvalid: true },
  args: { events: badEvents, pageSize: 20 },
};

export const SerieSchemaOrg: Story = {
  name: 'Série d’événements schema.org (JSON-LD)',
  parameters: {
    expectInvalid: true,
    docs: {
      description: {
        story:
          'Une `EventSeries` et ses `subEvent` : chaque date devient un événement qui reprend le lieu, l’organisateur, le tarif et l’accessibilité de la série ; une date annulée affiche « Annulé ».',
      },
    },
  },
  render: () => html`<loos-event-list .events=${published.series} now="2026-07-01T09:00" page-size="6"></loos-event-list>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('loos-event-list')!;
    await waitFor(() => expect(list.filteredEvents).toHaveLength(3));
    const shadow = within(list.shadowRoot as unknown as HTMLElement);
    await expect(shadow.getByText('Annulé', { selector: '.labels *' })).toBeVisible();
  },
};

export const AgendaQuebecois: Story = {
  name: 'Agenda québécois (JSON-LD, textes par langue, dollars canadiens)',
  parameters: { expectInvalid: true },
  render: () => html`<loos-event-list .events=${published.quebec} now="2027-01-01T09:00" page-size="6"></loos-event-list>`,
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  render: ({ events }) => html`<div style="max-inline-size: 320px"><loos-event-list .events=${events} now=${NOW} page-size="3"></loos-event-list></div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', parameters: { theme: 'loos-dark' } };
export const ThemeContraste: Story = { name: 'Thème contraste renforcé', parameters: { theme: 'loos-contrast' } };
export const ThemeVilleExemple: Story = { name: 'Thème d’une autre commune', parameters: { theme: 'example-city' } };

/** The HTML-first form: the agenda written as a list in the page, read as is without JavaScript. */
export const DepuisUneListe: Story = {
  name: 'Depuis une liste HTML (sans JavaScript : la liste)',
  render: () => html`<loos-event-list now=${NOW} heading-level="3">
    <ul>
      <li>
        <loos-event-card event-id="conseil-2026-12" start="2026-12-15T18:00" end="2026-12-15T20:00" location-name="Hôtel de ville" location-city="Loos" category="Vie municipale" price="0" href="https://www.loos.fr/agenda/conseil-decembre">
          <h4><a href="https://www.loos.fr/agenda/conseil-decembre">Conseil municipal</a></h4>
          <p><time datetime="2026-12-15T18:00">mardi 15 décembre 2026, 18 h</time> – <time datetime="2026-12-15T20:00">20 h</time> · Hôtel de ville, Loos</p>
        </loos-event-card>
      </li>
      <li id="voeux-2027">
        <h4><a href="https://www.loos.fr/agenda/voeux">Vœux du maire aux habitants</a></h4>
        <p><time datetime="2027-01-09T11:00">samedi 9 janvier 2027, 11 h</time> · <span data-location>Salle Pierre de Coubertin</span> · <span data-category>Vie municipale</span></p>
      </li>
    </ul>
  </loos-event-list>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('loos-event-list')!;
    await list.updateComplete;
    const titles = [...list.shadowRoot!.querySelectorAll('h4')].map((heading) => heading.textContent.trim());
    await expect(titles).toEqual(['Conseil municipal', 'Vœux du maire aux habitants']);
  },
};
