/** The data elements read the plain HTML a CMS editor writes: a budget <table>, an agenda <ul>. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../dist/tokens/tokens.css';
import '../../src/components/budget-chart/budget-chart.js';
import '../../src/components/event-list/event-list.js';
import { captureInvalid, mountElement } from './support.js';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const BUDGET_TABLE = `
  <table>
    <caption>Dépenses de fonctionnement du budget primitif 2026</caption>
    <thead><tr><th>Politique publique</th><th>2025</th><th>2026</th></tr></thead>
    <tbody>
      <tr><th scope="row">Enseignement et formation</th><td>6 610 000 €</td><td>6 850 000 €</td></tr>
      <tr><th scope="row">Culture, sport et jeunesse</th><td>4,42 M€</td><td>4,31 M€</td></tr>
      <tr><th scope="row">Sécurité</th><td>1 150 000,00 €</td><td>1 240 000,00 €</td></tr>
    </tbody>
  </table>`;

describe('<loos-budget-chart> with a <table> child', () => {
  it('draws the chart from the table, its caption as the heading and its columns as amounts', async () => {
    const chart = await mountElement(`<loos-budget-chart source="Délibération n° 2026-014">${BUDGET_TABLE}</loos-budget-chart>`, 'loos-budget-chart');
    const root = chart.shadowRoot!;
    expect(root.querySelector('h2')?.textContent.trim()).toBe('Dépenses de fonctionnement du budget primitif 2026');
    const options = [...root.querySelectorAll('[role="option"]')].map((option) => option.textContent.replace(/\s+/g, ' '));
    expect(options).toHaveLength(3);
    expect(options[0]).toContain('Enseignement et formation');
    expect(options.join(' ')).toContain('Culture, sport et jeunesse');
    // The table in the page is the no-JavaScript version: once upgraded, the chart's own table replaces it.
    expect(chart.querySelector('table')?.checkVisibility()).toBe(false);
  });

  it('compares with the previous-year column', async () => {
    const chart = await mountElement(`<loos-budget-chart type="comparison" source="Délibération n° 2026-014">${BUDGET_TABLE}</loos-budget-chart>`, 'loos-budget-chart');
    const text = chart.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('2025');
    expect(text).not.toContain('Aucun montant de l');
  });

  it('reports an unreadable cell through loos-invalid and shows it in the chart, keeping the other lines', async () => {
    const reports = captureInvalid();
    const chart = await mountElement(
      `<loos-budget-chart source="Délibération n° 2026-014"><table><caption>Dépenses de fonctionnement du budget primitif 2026</caption>
        <tr><th>Poste</th><th>Montant</th></tr><tr><td>Écoles</td><td>1 000 €</td></tr><tr><td>Voirie</td><td>mille euros</td></tr></table></loos-budget-chart>`,
      'loos-budget-chart',
    );
    await vi.waitFor(() => { expect(reports.length).toBeGreaterThan(0); });
    const problems = reports.flatMap((report) => report.detail.problems);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'table.lignes[2].montant', value: 'mille euros' }));
    expect(chart.shadowRoot!.querySelectorAll('[role="option"]')).toHaveLength(1);
    expect(chart.shadowRoot!.textContent).toContain('« Voirie » a un montant illisible');
  });

  it('prefers a <script> child to the table', async () => {
    const chart = await mountElement(
      `<loos-budget-chart><script type="application/json">{"year":2026,"stage":"budget primitif","section":"fonctionnement","flow":"dépenses","source":"D","lines":[{"label":"Depuis le JSON","amount":10}]}</script>${BUDGET_TABLE}</loos-budget-chart>`,
      'loos-budget-chart',
    );
    expect(chart.shadowRoot!.textContent).toContain('Depuis le JSON');
    expect(chart.shadowRoot!.textContent).not.toContain('Enseignement et formation');
  });
});

describe('<loos-event-list> with a <ul> child', () => {
  it('builds the agenda from event cards and plain event markup written in the page', async () => {
    const list = await mountElement(
      `<loos-event-list now="2026-12-01T09:00">
        <ul>
          <li><loos-event-card start="2026-12-15T18:00" location-name="Hôtel de ville" href="https://www.loos.fr/agenda/conseil"><h3>Conseil municipal</h3></loos-event-card></li>
          <li><h3><a href="https://www.loos.fr/agenda/voeux">Vœux du maire</a></h3>
            <p><time datetime="2027-01-09T11:00">samedi 9 janvier 2027, 11 h</time> · <span data-location>Salle Pierre de Coubertin</span></p></li>
        </ul>
      </loos-event-list>`,
      'loos-event-list',
    );
    const titles = list.filteredEvents.map((event) => event.title);
    expect(titles).toEqual(['Conseil municipal', 'Vœux du maire']);
    expect(list.filteredEvents[1]?.location?.name).toBe('Salle Pierre de Coubertin');
    const text = list.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('Décembre 2026');
    expect(text).toContain('Janvier 2027');
    expect(list.querySelector('ul')?.checkVisibility()).toBe(false);
  });

  it('reports an item without a date instead of dropping it silently', async () => {
    const reports = captureInvalid();
    const list = await mountElement(`<loos-event-list now="2026-12-01T09:00"><ul><li><h3>Réunion publique</h3><p>Date à venir</p></li></ul></loos-event-list>`, 'loos-event-list');
    await vi.waitFor(() => { expect(reports.length).toBeGreaterThan(0); });
    expect(reports.flatMap((report) => report.detail.problems).some((p) => p.field.includes('start'))).toBe(true);
    expect(list.shadowRoot!.textContent).toMatch(/1 événement n.a pas pu être affiché/);
  });
});

describe('<loos-key-figure> written as text', () => {
  it('reads « 28,4 M€ » as its value and shows the slotted label, period and source', async () => {
    await import('../../src/components/key-figure/key-figure.js');
    const figure = await mountElement(
      `<loos-key-figure previous="27600000">28,4 M€ <span slot="label">Dépenses de fonctionnement</span> <span slot="period">budget primitif 2026</span> <span slot="source">Délibération n° 2026-014</span></loos-key-figure>`,
      'loos-key-figure',
    );
    const root = figure.shadowRoot!;
    expect(root.querySelector('.value')?.textContent).toContain("28,4 millions d'euros");
    const slotText = (name: string): string => root.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!.assignedNodes().map((node) => node.textContent).join('');
    expect(slotText('label')).toBe('Dépenses de fonctionnement');
    expect(slotText('period')).toBe('budget primitif 2026');
    expect(root.querySelector('.source')?.textContent).toMatch(/^Source/);
    expect(root.querySelector('.change')?.textContent).toContain('hausse');
  });

  it('reads a count with its noun, and reports text that is not a figure', async () => {
    await import('../../src/components/key-figure/key-figure.js');
    const figure = await mountElement(`<loos-key-figure>22 500 habitants <span slot="label">Population</span></loos-key-figure>`, 'loos-key-figure');
    expect(figure.shadowRoot!.querySelector('.value')?.textContent).toContain('22 mille 500 habitants');
    const reports = captureInvalid();
    await mountElement(`<loos-key-figure>beaucoup <span slot="label">Arbres plantés</span></loos-key-figure>`, 'loos-key-figure');
    await vi.waitFor(() => { expect(reports.flatMap((report) => report.detail.problems)).toContainEqual(expect.objectContaining({ field: 'value', value: 'beaucoup' })); });
  });
});
