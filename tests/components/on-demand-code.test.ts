/**
 * Code loaded on demand (the readers of a <table> or <ul> the page wrote, the English words, the
 * feed's focus code): what a resident sees while it loads, and once it is here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../dist/tokens/tokens.css';
import '../../src/components/budget-chart/budget-chart.js';
import '../../src/components/event-list/event-list.js';
import '../../src/components/key-figure/key-figure.js';
import '../../src/components/official-banner/official-banner.js';

/** Each reader's module waits for its gate to open, as it would for a slow network. */
const gates = vi.hoisted(() => {
  const gate = () => {
    const opening: { open?: () => void } = {};
    const opened = new Promise<void>((resolve) => {
      opening.open = resolve;
    });
    return {
      open: () => {
        opening.open?.();
      },
      opened,
    };
  };
  return { table: gate(), list: gate(), figure: gate() };
});

vi.mock('../../src/lib/budget/read-table.js', async (importOriginal) => {
  await gates.table.opened;
  return importOriginal();
});

vi.mock('../../src/lib/events/read-list.js', async (importOriginal) => {
  await gates.list.opened;
  return importOriginal();
});

vi.mock('../../src/lib/budget/figure-text.js', async (importOriginal) => {
  await gates.figure.opened;
  return importOriginal();
});

afterEach(() => {
  document.body.innerHTML = '';
});

/** Waits until the element has rendered once (its shadow root has content), without waiting for the reader. */
async function firstRender(element: Element): Promise<ShadowRoot> {
  await vi.waitFor(() => {
    expect(element.shadowRoot?.childElementCount).toBeGreaterThan(0);
  });
  return element.shadowRoot!;
}

describe('readers of the HTML the page wrote, loaded on demand', () => {
  it('keeps the budget table of the page on screen, in the chart frame, until its reader has come', async () => {
    document.body.innerHTML = `<loos-budget-chart source="Délibération n° 2026-014"><table>
      <caption>Dépenses de fonctionnement du budget primitif 2026</caption>
      <tr><th>Politique</th><th>Montant</th></tr>
      <tr><th scope="row">Écoles</th><td>6 850 000 €</td></tr>
      <tr><th scope="row">Voirie</th><td>2,1 M€</td></tr></table></loos-budget-chart>`;
    const chart = document.querySelector('loos-budget-chart')!;
    const table = chart.querySelector('table')!;
    const root = await firstRender(chart);
    expect(table.checkVisibility()).toBe(true);
    expect(table.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(root.querySelector('slot')?.assignedElements()).toContain(table);
    expect(root.querySelector('[role="option"]')).toBeNull();

    gates.table.open();
    await chart.updateComplete;
    expect(root.querySelectorAll('[role="option"]')).toHaveLength(2);
    expect(root.querySelector('h2')?.textContent.trim()).toBe('Dépenses de fonctionnement du budget primitif 2026');
    expect(table.checkVisibility()).toBe(false);
  });

  it('keeps the agenda list of the page on screen until its reader has come', async () => {
    document.body.innerHTML = `<loos-event-list now="2026-12-01T10:00:00+01:00"><ul>
      <li><h3><a href="/agenda/concert">Concert de Noël</a></h3><p><time datetime="2026-12-20T18:00:00+01:00">20 décembre à 18 h</time></p></li>
      </ul></loos-event-list>`;
    const agenda = document.querySelector('loos-event-list')!;
    const list = agenda.querySelector('ul')!;
    const root = await firstRender(agenda);
    expect(list.checkVisibility()).toBe(true);
    expect(root.querySelector('slot')?.assignedElements()).toContain(list);

    gates.list.open();
    await agenda.updateComplete;
    expect(root.textContent).toContain('Concert de Noël');
    expect(root.querySelector('slot')).toBeNull();
    expect(list.checkVisibility()).toBe(false);
  });

  it('shows the key figure as the page wrote it until its reader has come, then in full words', async () => {
    const invalid = vi.fn();
    document.addEventListener('loos-invalid', invalid);
    document.body.innerHTML = '<loos-key-figure previous="27600000">28,4 M€ <span slot="label">Dépenses de fonctionnement</span></loos-key-figure>';
    const figure = document.querySelector('loos-key-figure')!;
    const root = await firstRender(figure);
    const value = root.querySelector('.value')!;
    expect(value.querySelector('slot')?.assignedNodes().map((node) => node.textContent).join('').trim()).toBe('28,4 M€');
    expect(value.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(root.querySelector<HTMLSlotElement>('slot[name="label"]')?.assignedElements()[0]?.textContent).toBe('Dépenses de fonctionnement');
    expect(root.querySelector('.change')).toBeNull();

    gates.figure.open();
    await figure.updateComplete;
    document.removeEventListener('loos-invalid', invalid);
    expect(root.querySelector('.value slot')).toBeNull();
    const spaced = (selector: string) => root.querySelector(selector)?.textContent.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaced('.value [aria-hidden="true"]')).toBe('28,4 M€');
    expect(spaced('.value .visually-hidden')).toBe("28,4 millions d'euros");
    expect(spaced('.change')).toContain('en hausse de 2,9 %');
    expect(invalid).not.toHaveBeenCalled();
  });
});

describe('English words, loaded on demand', () => {
  it('switches a French banner to English when the page turns English, once its words have come', async () => {
    document.body.innerHTML = '<div lang="fr"><loos-official-banner></loos-official-banner></div>';
    const banner = document.querySelector('loos-official-banner')!;
    await banner.updateComplete;
    expect(banner.shadowRoot!.textContent).toContain('Site officiel de la Ville de Loos');
    banner.parentElement!.setAttribute('lang', 'en');
    await vi.waitFor(() => {
      expect(banner.shadowRoot!.textContent).toContain('Official website of the Ville de Loos');
    });
    expect(banner.shadowRoot!.textContent).not.toContain('Site officiel');
  });
});
