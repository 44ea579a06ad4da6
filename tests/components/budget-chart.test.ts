import { describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { LoosBudgetChart, type BudgetChartType } from '../../src/components/budget-chart/budget-chart.js';
import { budgetFromScdl } from '../../src/lib/budget/scdl-csv.js';
import type { LoosInvalidEvent } from '../../src/lib/invalid.js';
import loos from '../fixtures/budget/loos-2026.json';
import badRowsUrl from '../fixtures/budget/bad-rows.csv?url';
import scdlUrl from '../fixtures/budget/loos-2026-scdl.csv?url';
import communeUrl from '../fixtures/budget/commune-ca-2025-nature.csv?url';
import commune2024Url from '../fixtures/budget/commune-ca-2024-nature.csv?url';
import commune2024 from '../fixtures/budget/commune-ca-2024-nature.csv?raw';
import scdlCsv from '../fixtures/budget/loos-2026-scdl.csv?raw';
import departementUrl from '../fixtures/budget/departement-2026-budgets.csv?url';
import dmUrl from '../fixtures/budget/commune-dm2-2026.csv?url';
import { axeViolations, THEME_NAMES } from './support.js';


async function mount(type: BudgetChartType, data: unknown = loos, attributes = ''): Promise<LoosBudgetChart> {
  document.body.innerHTML = `<loos-budget-chart type="${type}" heading="Dépenses de fonctionnement 2026" ${attributes}></loos-budget-chart>`;
  const chart = document.querySelector('loos-budget-chart')!;
  if (data !== undefined) chart.data = data;
  await chart.updateComplete;
  return chart;
}

async function mountFromSrc(url: string, attributes = ''): Promise<LoosBudgetChart> {
  document.body.innerHTML = `<loos-budget-chart src="${url}" source="Délibération n° 2026-014" ${attributes}></loos-budget-chart>`;
  const chart = document.querySelector('loos-budget-chart')!;
  await vi.waitFor(() => {
    expect(chart.shadowRoot!.querySelector('.status')).toBeNull();
    expect(chart.shadowRoot!.querySelector('.summary, .problems')).not.toBeNull();
  }, { timeout: 5000 });
  await chart.updateComplete;
  return chart;
}

const root = (chart: LoosBudgetChart): ShadowRoot => chart.shadowRoot!;
const listbox = (chart: LoosBudgetChart): HTMLElement => root(chart).querySelector<HTMLElement>('[role="listbox"]')!;
const options = (chart: LoosBudgetChart): HTMLElement[] => [...root(chart).querySelectorAll<HTMLElement>('[role="option"]')];
const flat = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
/** The text an option exposes to assistive technology: its content without the aria-hidden parts. */
function spoken(option: Element): string {
  const copy = option.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((node) => {
    node.remove();
  });
  return flat(copy.textContent);
}
const activeLabel = (chart: LoosBudgetChart): string => {
  const id = listbox(chart).getAttribute('aria-activedescendant')!;
  return spoken(root(chart).getElementById(id)!);
};

async function press(chart: LoosBudgetChart, key: string): Promise<void> {
  await userEvent.keyboard(key);
  await chart.updateComplete;
}

describe('<loos-budget-chart> content', () => {
  it('shows a plain-French summary with the total in words, the largest items and the largest change', async () => {
    const chart = await mount('bars');
    const summary = flat(root(chart).querySelector('.summary')!.textContent);
    expect(summary).toContain("28,4 millions d'euros de dépenses de fonctionnement");
    expect(summary).toContain('soit 1 262 euros par habitant'); // flat() writes every space as ' '
    expect(summary).toContain('enseignement et formation (24 %)');
    expect(summary).toContain('du poste Environnement : en hausse de 11 %');
  });

  it('sorts the bars by amount and folds the smallest into « Autres » beyond max-categories', async () => {
    const chart = await mount('bars');
    const labels = options(chart).map((option) => option.querySelector('.label')!.textContent.trim());
    expect(labels).toHaveLength(8);
    expect(labels[0]).toBe('Enseignement et formation');
    expect(labels.at(-1)).toMatch(/^Autres/);
    chart.maxCategories = 20;
    await chart.updateComplete;
    expect(options(chart)).toHaveLength(9);
  });

  it('announces each item with its label, amount in words, share and per-inhabitant amount', async () => {
    const chart = await mount('bars');
    expect(spoken(options(chart)[0]!)).toBe(
      "Enseignement et formation : 6,9 millions d'euros, 24 % du total, soit 304 euros par habitant, en hausse de 3,6 %",
    );
  });

  it('draws exactly 100 squares in « Pour 100 € dépensés », one per euro', async () => {
    const chart = await mount('share');
    expect(root(chart).querySelectorAll('.grid .cell')).toHaveLength(100);
    const euros = options(chart).map((option) => Number(/(\d+) €/.exec(option.textContent)![1]));
    expect(euros.reduce((sum, value) => sum + value, 0)).toBe(100);
    expect(flat(root(chart).querySelector('.share-heading')!.textContent)).toBe('Pour 100 € dépensés');
  });

  it('compares with last year in % and in words', async () => {
    const chart = await mount('comparison');
    const first = options(chart)[0]!;
    expect(flat(first.querySelector('.change')!.textContent)).toBe('▲ en hausse de 3,6 %');
    expect(first.querySelectorAll('.mark')).toHaveLength(2);
  });

  it('shows the balance of each section with the self-financing, from an SCDL file', async () => {
    const chart = await mountFromSrc(scdlUrl, 'type="balance" group-by="chapter"');
    const labels = options(chart).map(spoken);
    expect(labels).toContain("Autofinancement dégagé : 3,2 millions d'euros");
    expect(labels).toContain("Besoin de financement : 3,1 millions d'euros");
    expect(root(chart).querySelectorAll('[role="group"]')).toHaveLength(2);
  });

  it('speaks English under lang="en", once its strings (loaded on demand) are in', async () => {
    document.body.innerHTML = '<div lang="en"><loos-budget-chart></loos-budget-chart></div>';
    const chart = document.querySelector('loos-budget-chart')!;
    chart.data = loos;
    await chart.updateComplete;
    expect(flat(root(chart).querySelector('.summary')!.textContent)).toMatch(/^Initial budget 2026: 28\.4 million euros of operating spending/);
    expect(flat(root(chart).querySelector('.table-toggle')!.textContent)).toBe('Show the data table');
    expect(root(chart).querySelector('#data-table table')).not.toBeNull();
  });
});

describe('<loos-budget-chart> keyboard', () => {
  it('is a single tab stop: the options are not focusable themselves', async () => {
    const chart = await mount('bars');
    await userEvent.tab();
    expect(root(chart).activeElement).toBe(listbox(chart));
    expect(options(chart).every((option) => !option.hasAttribute('tabindex'))).toBe(true);
  });

  it('moves with the arrows, Home and End, opens « Autres » with Enter and goes back with Escape', async () => {
    const chart = await mount('bars');
    listbox(chart).focus();
    expect(activeLabel(chart)).toMatch(/^Enseignement et formation/);
    await press(chart, '{ArrowDown}');
    expect(activeLabel(chart)).toMatch(/^Services généraux/);
    await press(chart, '{ArrowLeft}');
    expect(activeLabel(chart)).toMatch(/^Enseignement/);
    await press(chart, '{ArrowUp}');
    expect(activeLabel(chart)).toMatch(/^Enseignement/);
    await press(chart, '{End}');
    expect(activeLabel(chart)).toMatch(/^Autres/);
    await press(chart, '{Enter}');
    expect(options(chart).map((option) => option.querySelector('.label')!.textContent.trim())).toEqual(['Transports', 'Action économique']);
    expect(activeLabel(chart)).toMatch(/^Transports/);
    await press(chart, '{Escape}');
    expect(options(chart)).toHaveLength(8);
    expect(activeLabel(chart)).toMatch(/^Autres/);
    await press(chart, '{Home}');
    expect(activeLabel(chart)).toMatch(/^Enseignement/);
  });

  it('reads event.key, so it works whatever the physical layout (AZERTY)', async () => {
    const chart = await mount('bars');
    listbox(chart).focus();
    // On AZERTY the physical key of « End » or the arrows may differ; only `key` matters.
    listbox(chart).dispatchEvent(new KeyboardEvent('keydown', { key: 'End', code: 'Numpad1', bubbles: true, composed: true }));
    await chart.updateComplete;
    expect(activeLabel(chart)).toMatch(/^Autres/);
  });

  it('ignores the keys when focus is elsewhere (the table button)', async () => {
    const chart = await mount('bars');
    root(chart).querySelector<HTMLButtonElement>('.table-toggle')!.focus();
    await press(chart, '{End}');
    expect(activeLabel(chart)).toMatch(/^Enseignement/);
  });

  it('opens the French keyboard help from its button', async () => {
    const chart = await mount('bars');
    const button = [...root(chart).querySelectorAll('button')].find((item) => item.textContent.trim() === 'Aide clavier')!;
    expect(root(chart).querySelector<HTMLElement>('#keyboard-help')!.hidden).toBe(true);
    await userEvent.click(button);
    await chart.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(root(chart).querySelector('#keyboard-help')!.textContent).toContain('Flèches');
  });
});

describe('<loos-budget-chart> data table', () => {
  it('is always in the DOM, visually hidden until the button shows it', async () => {
    const chart = await mount('bars');
    const region = root(chart).querySelector<HTMLElement>('#data-table')!;
    const button = root(chart).querySelector<HTMLButtonElement>('.table-toggle')!;
    expect(region.querySelector('table')).not.toBeNull();
    expect(region.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(button);
    await chart.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(flat(button.textContent)).toBe('Masquer le tableau des données');
    expect(region.getBoundingClientRect().width).toBeGreaterThan(100);
  });

  it('has a caption and header cells with scope', async () => {
    const chart = await mount('comparison');
    const table = root(chart).querySelector('table')!;
    expect(table.caption?.textContent).toBe('Données du graphique : Dépenses de fonctionnement 2026');
    expect([...table.querySelectorAll('thead th')].every((cell) => cell.getAttribute('scope') === 'col')).toBe(true);
    expect([...table.querySelectorAll('tbody th')].every((cell) => cell.getAttribute('scope') === 'row')).toBe(true);
  });

  it.each(['bars', 'share', 'comparison'] as const)('holds every value the %s chart shows', async (type) => {
    const chart = await mount(type);
    const rows = new Map([...root(chart).querySelectorAll('tbody tr')].map((row) => [row.querySelector('th')!.textContent.trim(), flat(row.textContent)]));
    for (const option of options(chart)) {
      const label = option.querySelector('.label')!.textContent.trim();
      const row = rows.get(label);
      expect(row, label).toBeDefined();
      const amount = Number(option.dataset.amount);
      expect(row).toContain(flat(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(amount)));
      const share = /(\d+) %/.exec(spoken(option))![1];
      expect(row).toContain(`${share} %`);
    }
  });
});

describe('<loos-budget-chart> export', () => {
  it('exports exactly the items shown, in SCDL columns, and reads back the same', async () => {
    const chart = await mount('bars');
    const csv = await chart.toCsv();
    expect(csv.split('\r\n')[0]).toContain('BGT_NATDEC,BGT_ANNEE');
    const back = budgetFromScdl(csv, { by: 'line' }).budget!;
    expect(back.lines.map((line) => [line.label, line.amount])).toEqual(
      options(chart).map((option) => [option.querySelector('.label')!.textContent.trim(), Number(option.dataset.amount)]),
    );
  });
});

describe('<loos-budget-chart> problems', () => {
  it('lists the ignored rows of an SCDL file in the element and in loos-invalid', async () => {
    const events: LoosInvalidEvent[] = [];
    document.addEventListener('loos-invalid', (event) => events.push(event), { once: true });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chart = await mountFromSrc(badRowsUrl);
    const text = flat(root(chart).querySelector('.problems')!.textContent);
    expect(text).toContain('2 lignes ignorées :');
    expect(text).toContain('douze mille');
    expect(events[0]?.detail.problems.filter((item) => 'ignored' in item)).toHaveLength(2);
  });

  it('counts in « N lignes ignorées » exactly the rows listed under that title', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chart = await mountFromSrc(badRowsUrl);
    expect(problemLists(chart)).toEqual([
      { title: '2 lignes ignorées :', items: 2 },
      { title: 'À vérifier dans les données :', items: 1 },
    ]);
  });

  it('never throws and never renders HTML from the data', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chart = await mount('bars', { ...loos, lines: [{ label: '<img src=x onerror="window.pwned=1">', amount: 10 }] });
    expect(root(chart).querySelector('img')).toBeNull();
    expect(options(chart)[0]!.textContent).toContain('<img');
    for (const bad of [null, 42, 'nope', { lines: 7 }]) {
      chart.data = bad;
      await chart.updateComplete;
      expect(root(chart).textContent).toContain('Aucune donnée à afficher.');
    }
  });

  it('reads a <script type="application/json"> child', async () => {
    document.body.innerHTML = `<loos-budget-chart><script type="application/json">${JSON.stringify(loos)}</script></loos-budget-chart>`;
    const chart = document.querySelector('loos-budget-chart')!;
    await chart.updateComplete;
    expect(options(chart)).toHaveLength(8);
  });
});

describe('<loos-budget-chart> heading', () => {
  const headingOf = (chart: LoosBudgetChart): Element | null => root(chart).querySelector('#heading');

  it('renders a real h2 by default and the level asked for with heading-level, with the heading text', async () => {
    const byDefault = await mount('bars');
    expect(headingOf(byDefault)?.tagName).toBe('H2');
    const chart = await mount('bars', loos, 'heading-level="3"');
    expect(headingOf(chart)?.tagName).toBe('H3');
    expect(flat(headingOf(chart)!.textContent)).toBe('Dépenses de fonctionnement 2026');
    expect(root(chart).querySelector('[role="heading"]')).toBeNull();
    chart.headingLevel = 6;
    await chart.updateComplete;
    expect(headingOf(chart)?.tagName).toBe('H6');
  });

  for (const bad of ['9', 'abc', '2.5', '1']) {
    it(`reports heading-level="${bad}" in French with loos-invalid and uses an h2`, async () => {
      const events: LoosInvalidEvent[] = [];
      const listen = (event: LoosInvalidEvent): void => {
        events.push(event);
      };
      document.addEventListener('loos-invalid', listen);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const chart = await mount('bars', loos, `heading-level="${bad}"`);
        expect(headingOf(chart)?.tagName).toBe('H2');
        const problems = events.flatMap((event) => event.detail.problems).filter((item) => item.field === 'heading-level');
        expect(problems).toHaveLength(1);
        expect(problems[0]!.value).toBe(bad);
        expect(problems[0]!.message).toMatch(/niveau de titre.*entier de 2 à 6/i);
        expect(warn).toHaveBeenCalled();
      } finally {
        document.removeEventListener('loos-invalid', listen);
      }
    });
  }
});

describe('<loos-budget-chart> accessibility in every theme', () => {

  const types: BudgetChartType[] = ['bars', 'share', 'comparison', 'balance'];
  for (const theme of THEME_NAMES) {
    it(`has no axe violation in the ${theme} theme, for every type, table shown`, async () => {
      document.documentElement.setAttribute('data-loos-theme', theme);
      const { budget } = budgetFromScdl(await (await fetch(scdlUrl)).text(), { by: 'function' });
      for (const type of types) {
        const chart = await mount(type, type === 'balance' ? { ...budget, source: { text: 'Délibération' } } : loos);
        root(chart).querySelector<HTMLButtonElement>('.table-toggle')!.click();
        await chart.updateComplete;
        expect(await axeViolations(), `${theme} ${type}`).toEqual([]);
      }
    });
  }
});

describe('<loos-budget-chart> forced colours', () => {
  it('keeps the categories distinguishable by pattern with system colours', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const chart = await mount('bars');
      const marks = options(chart).map((option) => getComputedStyle(option.querySelector('.mark')!));
      expect(marks.every((style) => style.forcedColorAdjust === 'none')).toBe(true);
      const patterns = new Set(marks.map((style) => `${style.backgroundImage}|${style.backgroundSize}`));
      expect(patterns.size).toBe(marks.length);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

describe('<loos-budget-chart> with 1,000 lines', () => {
  it('folds level by level: « Autres » opens on at most max-categories items, and the table and CSV follow', async () => {
    const large = (await import('../fixtures/budget/budget-1000.json')).default;
    const chart = await mount('bars', large);
    expect(options(chart)).toHaveLength(8);
    expect(root(chart).querySelectorAll('tbody tr')).toHaveLength(8);
    listbox(chart).focus();
    await press(chart, '{End}');
    await press(chart, '{Enter}');
    expect(options(chart)).toHaveLength(8);
    expect(root(chart).querySelectorAll('tbody tr')).toHaveLength(8);
    expect((await chart.toCsv()).trim().split('\r\n')).toHaveLength(9);
    await press(chart, '{Escape}');
    expect(activeLabel(chart)).toMatch(/^Autres/);
  });
});

describe('<loos-budget-chart> layout, print and motion', () => {
  it.each(['bars', 'share', 'comparison', 'balance'] as const)('fits 320 px without horizontal scrolling (%s, table shown)', async (type) => {
    const { budget } = budgetFromScdl(await (await fetch(scdlUrl)).text());
    document.body.innerHTML = '<div style="inline-size:320px"><loos-budget-chart heading="Un titre assez long pour passer à la ligne sur un petit écran"></loos-budget-chart></div>';
    const chart = document.querySelector('loos-budget-chart')!;
    chart.type = type;
    chart.data = type === 'balance' ? { ...budget, source: 'Délibération' } : loos;
    await chart.updateComplete;
    root(chart).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await chart.updateComplete;
    const block = root(chart).querySelector<HTMLElement>('.block')!;
    expect(block.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(block.scrollWidth).toBeLessThanOrEqual(block.clientWidth + 1);
    for (const option of options(chart)) expect(option.getBoundingClientRect().right).toBeLessThanOrEqual(block.getBoundingClientRect().right + 0.5);
  });

  it('prints the data table and hides the buttons', async () => {
    const session = cdp();
    const chart = await mount('bars');
    await session.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      expect(root(chart).querySelector<HTMLElement>('#data-table')!.getBoundingClientRect().width).toBeGreaterThan(100);
      expect(getComputedStyle(root(chart).querySelector('.actions')!).display).toBe('none');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { media: '' });
    }
  });

  it('does not animate the bars under prefers-reduced-motion', async () => {
    const session = cdp();
    const chart = await mount('bars');
    const mark = options(chart)[0]!.querySelector('.mark')!;
    expect(getComputedStyle(mark).transitionDuration).not.toBe('0s');
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      expect(['0s', '1e-05s']).toContain(getComputedStyle(mark).transitionDuration);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

/** Each title of the problems block with the number of items listed after it, up to the next title. */
function problemLists(chart: LoosBudgetChart): { title: string; items: number }[] {
  const lists: { title: string; items: number }[] = [];
  for (const child of root(chart).querySelector('.problems')!.children) {
    if (child.classList.contains('problems-title')) lists.push({ title: flat(child.textContent), items: 0 });
    else if (child.localName === 'ul' && lists.length > 0) lists.at(-1)!.items += child.children.length;
  }
  return lists;
}

describe('<loos-budget-chart> with files as communes publish them', () => {
  it('shows the real surplus of a commune whose receipts have no section, under a balance heading', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chart = await mountFromSrc(communeUrl, 'type="balance"');
    expect(flat(root(chart).querySelector('h2')!.textContent)).toBe('Équilibre du budget 2025');
    const summary = flat(root(chart).querySelector('.summary')!.textContent);
    expect(summary).toContain("Section de fonctionnement : 1,1 million d'euros de recettes pour 574 mille 166 euros de dépenses ; autofinancement dégagé : 521 mille 830 euros.");
    expect(summary).not.toContain('besoin de financement');
  });

  it('groups a commune voting by nature by chapter, without being asked', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chart = await mountFromSrc(communeUrl);
    expect(options(chart).map((option) => flat(option.querySelector('.label')!.textContent))).toEqual([
      '012 Charges de personnel et frais assimilés',
      '011 Charges à caractère général',
      '65 Autres charges de gestion courante',
      '66 Charges financières',
      '014 Atténuations de produits',
      '67 Charges exceptionnelles',
    ]);
    expect(flat(root(chart).querySelector('.summary')!.textContent)).not.toMatch(/non ventil|nouveau poste|hausse|baisse/i);
  });

  it('compares with the previous year’s file given by previous-src, and never invents a change', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chart = await mountFromSrc(communeUrl, `type="comparison" previous-src="${commune2024Url}"`);
    await vi.waitFor(() => {
      expect(root(chart).querySelector('.legend')?.textContent).toContain('2024');
    });
    const changes = Object.fromEntries(options(chart).map((option) => [flat(option.querySelector('.label')!.textContent), flat(option.querySelector('.change')!.textContent)]));
    expect(changes['011 Charges à caractère général']).toBe('▲ en hausse de 64 %');
    expect(changes['014 Atténuations de produits']).toBe('pas de comparaison');
    expect(Object.values(changes)).not.toContain('nouveau poste');
  });

  it('reads the previous year’s budget from a <script data-previous> child', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const current = await (await fetch(communeUrl)).text();
    document.body.innerHTML = `<loos-budget-chart type="comparison" source="Délibération"><script type="text/csv">${current}</script><script type="text/csv" data-previous>${commune2024}</script></loos-budget-chart>`;
    const chart = document.querySelector('loos-budget-chart')!;
    await vi.waitFor(() => {
      expect(root(chart).querySelector('.legend')?.textContent).toContain('2024');
    });
    await chart.updateComplete;
    expect(flat(root(chart).querySelector('.summary')!.textContent)).toContain('La plus forte évolution depuis 2024 est celle du poste 011 Charges à caractère général : en hausse de 64 %.');
  });

  it('shows no change at all for a décision modificative alone, and names it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chart = await mountFromSrc(dmUrl, 'type="comparison" decision-number="2"');
    expect(flat(root(chart).querySelector('.summary')!.textContent)).toMatch(/^Décision modificative n° 2 de 2026 : /);
    expect(options(chart).map((option) => flat(option.querySelector('.change')!.textContent))).toEqual(['pas de comparaison', 'pas de comparaison', 'pas de comparaison']);
  });

  it('shows the main budget of a file holding several, names the others in loos-invalid, and shows the one asked for', async () => {
    const events: LoosInvalidEvent[] = [];
    document.addEventListener('loos-invalid', (event) => events.push(event));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chart = await mountFromSrc(departementUrl);
    expect(flat(root(chart).querySelector('.summary')!.textContent)).toMatch(/^Budget primitif 2026 : 339 millions d'euros de dépenses de fonctionnement/);
    const note = events.at(-1)?.detail.problems.find((item) => item.field === 'budget');
    expect(note?.message).toContain('« Budget annexe du parc routier » (SIRET 22590999900037)');
    chart.setAttribute('budget', '22590999900029');
    await chart.updateComplete;
    expect(flat(root(chart).querySelector('.summary')!.textContent)).toMatch(/^Budget primitif 2026 : 2,7 millions d'euros de dépenses de fonctionnement/);
  });

  it('reports a decision-number that is not a positive whole number', async () => {
    const events: LoosInvalidEvent[] = [];
    document.addEventListener('loos-invalid', (event) => events.push(event));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await mount('bars', loos, 'decision-number="deux"');
    expect(events.at(-1)?.detail.problems.map((item) => item.field)).toContain('decision-number');
  });
});

describe('<loos-budget-chart> with a budget whose year is missing or wrong', () => {
  it.each([undefined, 'deux mille vingt-six', 20260])('shows no « NaN » for the year %j, in any type, and reports it', async (year) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reports: LoosInvalidEvent[] = [];
    document.addEventListener('loos-invalid', (event) => reports.push(event));
    for (const type of ['bars', 'share', 'comparison', 'balance'] as const) {
      document.body.innerHTML = `<loos-budget-chart type="${type}"></loos-budget-chart>`;
      const chart = document.querySelector('loos-budget-chart')!;
      chart.data = { ...loos, year };
      await chart.updateComplete;
      chart.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')?.click();
      await chart.updateComplete;
      const text = chart.shadowRoot!.textContent;
      expect(text, type).not.toMatch(/NaN/);
      expect(text, type).toMatch(/\S/);
    }
    expect(reports.some((event) => event.detail.problems.some((problem) => problem.field === 'year'))).toBe(true);
  });
});

describe('<loos-budget-chart> given the text of an SCDL file as its data property', () => {
  it('reads it like the same file in a <script type="text/csv"> child', async () => {
    document.body.innerHTML = '<loos-budget-chart source="Délibération n° 2026-014"></loos-budget-chart>';
    const chart = document.querySelector('loos-budget-chart')!;
    chart.data = scdlCsv;
    await vi.waitFor(async () => {
      await chart.updateComplete;
      expect(chart.shadowRoot!.querySelectorAll('[role=option]').length).toBeGreaterThan(1);
    });
    expect(chart.shadowRoot!.textContent).not.toContain('Chargement');
  });
});

describe('<loos-budget-chart> under a strict Content-Security-Policy', () => {
  it.each(['bars', 'comparison', 'balance'] as const)('sizes the bars of a « %s » chart through the CSSOM, never by writing a style attribute', async (type) => {
    // `style-src 'self'` refuses a style attribute written by script; the CSSOM stays allowed.
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const chart = type === 'balance' ? await mountFromSrc(scdlUrl, 'type="balance"') : await mount(type);
    const styleWrites = setAttribute.mock.calls.filter(([name]) => name.toLowerCase() === 'style');
    setAttribute.mockRestore();
    expect(styleWrites).toEqual([]);
    const sizes = [...root(chart).querySelectorAll<HTMLElement>('.mark')].map((mark) => Number(mark.style.getPropertyValue('--_size')));
    expect(Math.max(...sizes)).toBe(100);
  });
});
