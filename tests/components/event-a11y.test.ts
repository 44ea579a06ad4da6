/** Events as a screen-reader user, a keyboard user and a person with their own text spacing meet them. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../dist/tokens/tokens.css';
import type { LoosEventCard } from '../../src/components/event-card/event-card.js';
import type { LoosEventList } from '../../src/components/event-list/event-list.js';
import '../../src/index.js';
import { applyTextSpacing, removeTextSpacing } from './contract.js';

const NOW = '2026-12-01T09:00';
const LONG = 'Les ateliers se tiennent chaque samedi matin à la médiathèque, avec des bénévoles qui accompagnent les personnes âgées dans leurs démarches en ligne. '.repeat(6);

async function mountList(events: unknown, attributes = ''): Promise<LoosEventList> {
  document.body.innerHTML = `<div lang="fr"><loos-event-list now="${NOW}" ${attributes}></loos-event-list></div>`;
  const list = document.querySelector('loos-event-list')!;
  list.events = events;
  await list.updateComplete;
  return list;
}

afterEach(() => {
  removeTextSpacing();
  document.body.innerHTML = '';
});

describe('<loos-event-card> description', () => {
  it.each([['as written', false], ['with WCAG 1.4.12 text spacing', true]])('shows the whole description, none of it cut off (%s)', async (_, spacing) => {
    document.body.innerHTML = `<div lang="fr" style="inline-size:320px"><loos-event-card event-id="a" event-title="Ateliers numériques" start="2026-12-19T10:00" description="${LONG}"></loos-event-card></div>`;
    const card = document.querySelector<LoosEventCard>('loos-event-card')!;
    await card.updateComplete;
    if (spacing) applyTextSpacing(card);
    const description = card.shadowRoot!.querySelector<HTMLElement>('.description')!;
    expect(description.textContent.trim()).toBe(LONG.trim());
    expect(description.scrollHeight).toBeLessThanOrEqual(description.clientHeight + 1);
  });
});

describe('<loos-event-list> landmarks and paging', () => {
  const events = [
    { id: 'a', title: 'Marché de Noël', start: '2026-12-19T10:00' },
    { id: 'b', title: 'Vœux du maire', start: '2027-01-08T18:30' },
    { id: 'c', title: 'Carnaval des écoles', start: '2027-02-20T14:00' },
  ];

  it('does not make each month a landmark region', async () => {
    const list = await mountList(events);
    const months = [...list.shadowRoot!.querySelectorAll('.month')];
    expect(months).toHaveLength(3);
    for (const month of months) {
      expect(month.getAttribute('role')).not.toBe('region');
      expect(month.matches('section[aria-labelledby], section[aria-label]')).toBe(false);
    }
  });

  it('moves focus to the named heading of the first new event when it has no link', async () => {
    const list = await mountList(events, 'page-size="1"');
    const more = list.shadowRoot!.querySelector<HTMLButtonElement>('.show-more')!;
    more.focus();
    await userEvent.keyboard('{Enter}');
    await list.updateComplete;
    const focused = list.shadowRoot!.activeElement!;
    expect(focused.matches('h2, h3, h4, h5, h6')).toBe(true);
    expect(focused.getAttribute('tabindex')).toBe('-1');
    expect(focused.textContent.trim()).toBe('Vœux du maire');
  });
});
