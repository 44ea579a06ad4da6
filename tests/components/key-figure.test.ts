import { describe, expect, it, vi } from 'vitest';
import '../../src/components/key-figure/key-figure.js';
import type { LoosInvalidEvent } from '../../src/lib/invalid.js';
import { axeViolations, mountElement, THEME_NAMES } from './support.js';


const mount = (markup: string) => mountElement(markup, 'loos-key-figure');

const flat = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((node) => {
    node.remove();
  });
  return flat(copy.textContent);
}

describe('<loos-key-figure>', () => {
  it('shows « 28,4 M€ » and gives « 28,4 millions d’euros » to assistive technology', async () => {
    const figure = await mount('<loos-key-figure value="28400000" unit="EUR" label="Dépenses de fonctionnement" period="Budget primitif 2026"></loos-key-figure>');
    const value = figure.shadowRoot!.querySelector('.value')!;
    expect(value.querySelector('[aria-hidden="true"]')!.textContent).toBe('28,4 M€');
    expect(spoken(value)).toBe("28,4 millions d'euros");
    expect(spoken(figure.shadowRoot!.querySelector('.figure')!)).toBe("28,4 millions d'euros Dépenses de fonctionnement Budget primitif 2026");
  });

  it('shows the change with an arrow and in words, the arrow hidden from speech', async () => {
    const figure = await mount('<loos-key-figure value="28400000" unit="EUR" previous="27000000" previous-period="2025"></loos-key-figure>');
    const change = figure.shadowRoot!.querySelector('.change')!;
    expect(flat(change.textContent)).toBe('▲ en hausse de 5,2 % par rapport à 2025');
    expect(spoken(change)).toBe('en hausse de 5,2 % par rapport à 2025');
    expect(change.classList.contains('up')).toBe(true);
  });

  it('says the value is unavailable and fires loos-invalid for a non-numeric value', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const events: LoosInvalidEvent[] = [];
    document.addEventListener('loos-invalid', (event) => events.push(event), { once: true });
    const figure = await mount('<loos-key-figure value="beaucoup" unit="EUR"></loos-key-figure>');
    expect(figure.shadowRoot!.querySelector('.value')!.textContent).toBe('Valeur indisponible');
    expect(events[0]?.detail.problems[0]?.field).toBe('value');
  });

  it('has no axe violation in any theme', async () => {
    for (const theme of THEME_NAMES) {
      document.documentElement.setAttribute('data-loos-theme', theme);
      await mount('<loos-key-figure value="28400000" unit="EUR" label="Dépenses" period="2026" previous="29000000" source="Délibération n° 2026-014"></loos-key-figure>');
      expect(await axeViolations(), theme).toEqual([]);
    }
  });
});
