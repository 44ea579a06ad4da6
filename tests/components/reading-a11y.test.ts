/** What screen readers say: names, descriptions and what is in the accessibility tree at all. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/index.js';
import { budgetOf } from '../fixtures/budget/synthetic.js';
import { axByRole, axNodes } from './ax.js';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mount<K extends keyof HTMLElementTagNameMap>(markup: string, tag: K): Promise<HTMLElementTagNameMap[K]> {
  document.body.innerHTML = `<div lang="fr">${markup}</div>`;
  const element = document.querySelector(tag)!;
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return element;
}

describe('<loos-tone-checker> finding names', () => {
  it('reads « Proposition : fermer » with its space', async () => {
    await mount('<loos-tone-checker value="Nous procéderons à la fermeture de la piscine."></loos-tone-checker>', 'loos-tone-checker');
    const names = (await axByRole('button')).map((node) => node.name);
    expect(names.find((name) => name.includes('Proposition'))).toMatch(/Proposition : fermer$/);
  });
});

describe('<loos-notice> name', () => {
  it('names the notice « Vigilance » as written, not spelled out in capitals', async () => {
    await mount('<loos-notice level="warning" heading="Route fermée"><p>M</p></loos-notice>', 'loos-notice');
    const regions = (await axNodes()).filter((node) => node.name.includes('Route fermée'));
    expect(regions.map((node) => node.name)).toContain('Vigilance Route fermée');
  });
});

describe('<loos-budget-chart> as a screen reader reads it', () => {
  const budgetJson = JSON.stringify(
    budgetOf([
      { label: 'Enseignement', amount: 6_850_000, previous: 6_500_000 },
      { label: 'Culture', amount: 3_000_000, previous: 3_100_000 },
    ]),
  );
  const chart = (attributes = '') =>
    mount(`<loos-budget-chart heading="Où vont 100 € en 2026 ?" ${attributes}><script type="application/json">${budgetJson}</script></loos-budget-chart>`, 'loos-budget-chart');

  it('names the chart once, with its heading’s own punctuation, and does not read the summary a second time', async () => {
    await chart();
    const [listbox] = await axByRole('listbox');
    expect(listbox!.name).toBe('Graphique : Où vont 100 € en 2026 ? Utilisez les flèches pour parcourir les postes.');
    expect(listbox!.description).toBe('');
  });

  it('keeps the collapsed data table out of the accessibility tree, and puts it in once shown', async () => {
    const element = await chart();
    expect(await axByRole('table')).toEqual([]);
    element.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await element.updateComplete;
    expect(await axByRole('table')).toHaveLength(1);
  });

  it('gives amounts in table cells as one number with its unit, not groups of digits', async () => {
    const element = await chart();
    element.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await element.updateComplete;
    const cells = (await axNodes()).filter((node) => node.role === 'cell').map((node) => node.name);
    expect(cells).toContain('6850000 euros');
    expect(cells.filter((name) => /\d[\s\u202f\u00a0]\d{3}/.test(name))).toEqual([]);
  });

  it('explains the comparison bars by what tells the years apart, not by hatching both years carry', async () => {
    const element = await chart('type="comparison"');
    const legend = element.shadowRoot!.querySelector('.legend')!.textContent;
    expect(legend).not.toMatch(/hachur/);
    expect(legend).toContain('2026');
    expect(legend).toContain('2025');
  });
});

describe('language of parts', () => {
  const langOf = (node: Element): string | null => node.closest('[lang]')?.getAttribute('lang') ?? null;
  const budgetJson = JSON.stringify(budgetOf([{ label: 'Enseignement', amount: 3 }, { label: 'Culture', amount: 2 }, { label: 'Voirie', amount: 1 }]));

  it('marks the city’s French labels lang="fr" in an English chart, « Other » and the table’s total staying English', async () => {
    document.body.innerHTML = `<div lang="en"><loos-budget-chart max-categories="2"><script type="application/json">${budgetJson}</script></loos-budget-chart></div>`;
    const chart = document.querySelector('loos-budget-chart')!;
    await chart.updateComplete;
    const labels = [...chart.shadowRoot!.querySelectorAll('.label')];
    expect(labels.map((label) => [label.textContent.trim(), label.getAttribute('lang')])).toEqual([
      ['Enseignement', 'fr'],
      ['Other', null],
    ]);
    const rows = [...chart.shadowRoot!.querySelectorAll('th[scope=row]')];
    expect(rows.map((row) => row.getAttribute('lang'))).toEqual(['fr', null, null]);
  });

  it('adds no lang to the labels of a French chart (they inherit it)', async () => {
    document.body.innerHTML = `<div lang="fr"><loos-budget-chart><script type="application/json">${budgetJson}</script></loos-budget-chart></div>`;
    const chart = document.querySelector('loos-budget-chart')!;
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelectorAll('[lang]')).toHaveLength(0);
  });

  it('marks an event’s French title and description lang="fr" in an English agenda, its buttons staying English', async () => {
    document.body.innerHTML = '<div lang="en"><loos-event-card event-id="a" event-title="Marché de Noël" start="2026-12-19T10:00" description="Chalets et vin chaud."></loos-event-card></div>';
    const card = document.querySelector('loos-event-card')!;
    await card.updateComplete;
    const root = card.shadowRoot!;
    const title = root.querySelector('.main [lang]');
    expect(title?.textContent).toBe('Marché de Noël');
    expect(langOf(title!)).toBe('fr');
    expect(langOf(root.querySelector('.description')!)).toBe('fr');
    expect(langOf(root.querySelector('button')!)).toBeNull();
  });

  it('marks an event whose schema.org data says inLanguage "en" lang="en" in a French agenda, its buttons staying French', async () => {
    const concert = { '@context': 'https://schema.org', '@type': 'MusicEvent', name: 'Jazz night at La Fileuse', startDate: '2026-12-12T20:30', inLanguage: 'en', description: 'A jazz trio plays the standards.' };
    document.body.innerHTML = `<div lang="fr"><loos-event-list><script type="application/ld+json">${JSON.stringify(concert)}</script></loos-event-list></div>`;
    const list = document.querySelector('loos-event-list')!;
    // The schema.org reader loads on first need.
    const root = await vi.waitFor(() => {
      const card = list.shadowRoot!.querySelector('article.card');
      expect(card).not.toBeNull();
      return card!;
    }, { timeout: 5000 });
    expect(root.querySelector('.main [lang]')?.textContent).toBe('Jazz night at La Fileuse');
    expect(langOf(root.querySelector('.main [lang]')!)).toBe('en');
    expect(langOf(root.querySelector('.description')!)).toBe('en');
    expect(langOf(root.querySelector('button')!)).toBeNull();
  });

  it('marks an English item of an HTML-first agenda list lang="en", the French one not', async () => {
    document.body.innerHTML = `<div lang="fr"><loos-event-list><ul>
      <li lang="en"><h3>Quiz night</h3><time datetime="2026-12-12T20:30">12 December</time></li>
      <li><h3>Marché de Noël</h3><time datetime="2026-12-19T10:00">19 décembre</time></li>
    </ul></loos-event-list></div>`;
    const list = document.querySelector('loos-event-list')!;
    const cards = await vi.waitFor(() => {
      const found = [...list.shadowRoot!.querySelectorAll('article.card')];
      expect(found).toHaveLength(2);
      return found;
    }, { timeout: 5000 });
    expect(cards.map((card) => card.querySelector('.main [lang]')?.getAttribute('lang') ?? null)).toEqual(['en', null]);
  });
});
