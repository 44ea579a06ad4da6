/// <reference types="vite/client" />
/** The chart as a keyboard user and a person on a narrow screen or with their own text spacing meet it. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../dist/tokens/tokens.css';
import type { LoosBudgetChart } from '../../src/components/budget-chart/budget-chart.js';
import '../../src/index.js';
import large from '../fixtures/budget/budget-1000.json';
import loos from '../fixtures/budget/loos-2026.json';
import { applyTextSpacing, overflowPast, removeTextSpacing } from './contract.js';

document.documentElement.lang = 'fr';

async function mount(data: unknown, frame = ''): Promise<LoosBudgetChart> {
  document.body.innerHTML = `<div style="${frame}"><loos-budget-chart heading="Dépenses de fonctionnement 2026"></loos-budget-chart></div>`;
  const chart = document.querySelector('loos-budget-chart')!;
  chart.data = data;
  await chart.updateComplete;
  return chart;
}

const root = (chart: LoosBudgetChart): ShadowRoot => chart.shadowRoot!;
const listbox = (chart: LoosBudgetChart): HTMLElement => root(chart).querySelector<HTMLElement>('[role="listbox"]')!;
const button = (chart: LoosBudgetChart, text: RegExp): HTMLButtonElement =>
  [...root(chart).querySelectorAll<HTMLButtonElement>('.actions button')].find((candidate) => text.test(candidate.textContent))!;
const activeText = (chart: LoosBudgetChart): string => root(chart).getElementById(listbox(chart).getAttribute('aria-activedescendant')!)!.textContent.trim();

afterEach(() => {
  removeTextSpacing();
  document.body.innerHTML = '';
});

describe('<loos-budget-chart> focus when its buttons disappear', () => {
  it('puts focus on the chart, on the detailed level, after « Détail des autres postes »', async () => {
    const chart = await mount(large);
    button(chart, /^Détail des autres postes/).focus();
    await userEvent.keyboard('{Enter}');
    await chart.updateComplete;
    expect(chart.shadowRoot!.activeElement).toBe(listbox(chart));
    expect(listbox(chart).getAttribute('aria-label')).toContain('Autres');
  });

  it('puts focus on the chart, on « Autres », after « Revenir à l’ensemble »', async () => {
    const chart = await mount(loos);
    button(chart, /^Détail des autres postes/).click();
    await chart.updateComplete;
    button(chart, /^Revenir/).focus();
    await userEvent.keyboard('{Enter}');
    await chart.updateComplete;
    expect(document.activeElement).not.toBe(document.body);
    expect(chart.shadowRoot!.activeElement).toBe(listbox(chart));
    expect(activeText(chart)).toMatch(/^Autres/);
  });
});

describe('<loos-budget-chart> keys', () => {
  it.each([' ', 'Enter', 'ArrowDown', 'Home', 'End', 'PageDown'])('keeps the page still for « %s » on a plain item', async (key) => {
    const chart = await mount(loos);
    listbox(chart).focus();
    const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
    listbox(chart).dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('<loos-budget-chart> reflow', () => {
  const narrow = 'inline-size:320px';
  async function drilled(data: unknown): Promise<LoosBudgetChart> {
    const chart = await mount(data, narrow);
    button(chart, /^Détail des autres postes/).click();
    await chart.updateComplete;
    return chart;
  }

  it('keeps every bar and value inside 320 px on the detailed level of a large budget', async () => {
    const chart = await drilled(large);
    expect(overflowPast(chart.parentElement!, chart)).toBeLessThanOrEqual(0.5);
  });

  it('keeps every bar and value inside 320 px with text spacing (WCAG 1.4.12)', async () => {
    const chart = await drilled(large);
    applyTextSpacing(chart);
    expect(overflowPast(chart.parentElement!, chart)).toBeLessThanOrEqual(0.5);
  });

  it('keeps every bar and value inside 320 px at 200 % text', async () => {
    const chart = await mount(large, `${narrow};font-size:200%`);
    expect(overflowPast(chart.parentElement!, chart)).toBeLessThanOrEqual(0.5);
  });
});
