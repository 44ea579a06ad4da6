import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/event-list/event-list.js';
import { captureInvalid } from './support.js';
import type { LoosEventList } from '../../src/components/event-list/event-list.js';
import agenda from '../fixtures/events/agenda.json';
import badEvents from '../fixtures/events/bad-events.json';
import published from '../fixtures/events/schema-org-published.json';
import schemaOrg from '../fixtures/events/schema-org.json';
import { expectConsoleWarnings } from '../support/console-guard.js';

// Tuesday 1 December 2026, 9 h in Paris: the fixtures run from October 2026 to July 2027.
const NOW = '2026-12-01T09:00';

async function mount(markup: string, events?: unknown): Promise<LoosEventList> {
  document.body.innerHTML = markup;
  const list = document.querySelector('loos-event-list')!;
  if (events !== undefined) list.events = events;
  await list.updateComplete;
  return list;
}

const $ = (list: LoosEventList, selector: string) => list.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (list: LoosEventList, selector: string) => [...list.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('<loos-event-list>', () => {
  it('hides past events, sorts by start and groups by month under French headings', async () => {
    const list = await mount(`<loos-event-list now="${NOW}" page-size="100"></loos-event-list>`, agenda);
    const months = $$(list, 'h2').map((h) => h.textContent.trim());
    expect(months[0]).toBe('Décembre 2026');
    expect(months).toContain('Janvier 2027');
    expect(months).not.toContain('Novembre 2026');
    const starts = list.filteredEvents.map((e) => e.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Cards sit one level below the month headings.
    expect($$(list, 'h3').length).toBe(list.filteredEvents.length);
  });

  it('shows past events with show-past', async () => {
    const list = await mount(`<loos-event-list now="${NOW}" show-past page-size="100"></loos-event-list>`, agenda);
    expect($$(list, 'h2')[0]!.textContent.trim()).toBe('Octobre 2026');
    expect(list.filteredEvents).toHaveLength(agenda.length);
  });

  it('filters by category and period with labelled selects and announces the count politely', async () => {
    const list = await mount(`<loos-event-list now="${NOW}"></loos-event-list>`, agenda);
    const count = $(list, '.count');
    expect(count.getAttribute('role')).toBe('status');
    const total = list.filteredEvents.length;
    expect(count.textContent.trim()).toBe(`${total} événements`);
    const changes: unknown[] = [];
    list.addEventListener('loos-filter-change', (event) => changes.push(event.detail));

    const category = $(list, '#category') as HTMLSelectElement;
    expect($(list, 'label[for="category"]').textContent.trim()).toBe('Catégorie');
    await userEvent.selectOptions(category, 'Environnement');
    await list.updateComplete;
    expect(list.filteredEvents.every((e) => e.category === 'Environnement')).toBe(true);
    expect(list.filteredEvents.length).toBeGreaterThan(1);
    expect(count.textContent.trim()).toBe(`${list.filteredEvents.length} événements`);

    const period = $(list, '#period') as HTMLSelectElement;
    await userEvent.selectOptions(period, 'week');
    await list.updateComplete;
    // Week of Monday 30 November to Sunday 6 December 2026: the nature walk of 3 December.
    expect(list.filteredEvents.map((e) => e.title)).toEqual(['Balade nature commentée']);
    expect(count.textContent.trim()).toBe('1 événement');
    expect(changes.at(-1)).toEqual({ category: 'Environnement', period: 'week', count: 1 });
  });

  it('says so in French when nothing matches', async () => {
    const list = await mount(`<loos-event-list now="2030-01-01T00:00"></loos-event-list>`, agenda);
    expect($(list, '.empty').textContent).toBe('Aucun événement à venir pour le moment.');
    expect($(list, '.count').textContent.trim()).toBe('0 événement');
  });

  it('pages with « Afficher plus » and moves focus to the first new event', async () => {
    const list = await mount(`<loos-event-list now="${NOW}" page-size="5"></loos-event-list>`, agenda);
    expect($$(list, 'article')).toHaveLength(5);
    const more = $(list, '.show-more');
    expect(more.textContent.trim()).toBe(`Afficher plus (${list.filteredEvents.length - 5} restants)`);
    more.focus();
    await userEvent.keyboard('{Enter}');
    await list.updateComplete;
    expect($$(list, 'article')).toHaveLength(10);
    const focused = list.shadowRoot!.activeElement!;
    expect(focused.closest('li')!.dataset.index).toBe('5');
    expect(focused.textContent.trim()).toContain(list.filteredEvents[5]!.title);
  });

  it('renders the labels and actions rows of its cards only when they have content', async () => {
    const events = [
      { id: 'annule', title: 'Concert annulé', start: '2026-12-10T20:00', status: 'cancelled' },
      { id: 'atelier', title: 'Atelier', start: '2026-12-11T14:00', category: 'Jeunesse', registrationUrl: '/inscription' },
    ];
    const list = await mount(`<loos-event-list now="${NOW}"></loos-event-list>`, events);
    const [cancelled, workshop] = $$(list, 'article');
    expect(cancelled!.querySelector('.labels')!.textContent.trim()).toBe('Annulé');
    expect(cancelled!.querySelector('.actions, [part="actions"]')).toBeNull();
    expect(workshop!.querySelector('.labels')!.textContent).toContain('Jeunesse');
    const actions = [...workshop!.querySelectorAll('[part="actions"] > *')];
    expect(actions.map((action) => action.getAttribute('part'))).toEqual(['registration', 'add-to-calendar']);
  });

  it('reads events from a <script type="application/json"> child', async () => {
    const json = JSON.stringify(agenda.slice(-3));
    const list = await mount(`<loos-event-list now="${NOW}"><script type="application/json">${json}</script></loos-event-list>`);
    expect(list.filteredEvents.map((e) => e.id).sort()).toEqual(['fete-ville-2027', 'marche-noel-2026', 'voeux-2027']);
  });

  it('reads schema.org JSON-LD from a <script type="application/ld+json"> child from its first render', async () => {
    // The JSON-LD reader is loaded on first need: the element's update waits for it, so the agenda never shows empty first.
    document.body.innerHTML = `<loos-event-list now="${NOW}"><script type="application/ld+json">${JSON.stringify(schemaOrg.graph)}</script></loos-event-list>`;
    const list = document.querySelector('loos-event-list')!;
    const counts: string[] = [];
    const observer = new MutationObserver(() => {
      const count = list.shadowRoot!.querySelector('.count');
      if (count !== null) counts.push(count.textContent.trim());
    });
    observer.observe(list.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await list.updateComplete;
    observer.disconnect();
    expect(list.filteredEvents.map((event) => event.title)).toEqual(['Jazz à La Fileuse']);
    expect($(list, '.main').textContent).toContain('Jazz à La Fileuse');
    expect(counts).toEqual(['1 événement']);
  });

  it('says, and reports, that JSON-LD nested 20,000 levels deep cannot be read, instead of going blank', async () => {
    const invalid = captureInvalid();
    const deep = `{"@context":"https://schema.org","@type":"Event","name":"Bal","startDate":"2026-12-05","description":${'['.repeat(20_000)}1${']'.repeat(20_000)}}`;
    const list = await mount(`<loos-event-list now="${NOW}"><script type="application/ld+json">${deep}</script></loos-event-list>`);
    await vi.waitFor(() => {
      expect(invalid).toHaveLength(1);
    });
    expect(invalid[0]!.detail.problems.map((p) => p.message)).toContain('Les données sont imbriquées sur plus de 64 niveaux : elles ne sont pas lues.');
    expect(list.shadowRoot!.textContent.replace(/\s+/g, ' ').trim()).not.toBe('');
  });

  it('shows « Annulé » on a JSON-LD event cancelled with an object, an http:// URL or a trailing slash', async () => {
    // The same file has a status in French and one outside schema.org: both are reported.
    const warnings = expectConsoleWarnings();
    const script = `<script type="application/ld+json">${JSON.stringify(published.statusForms)}</script>`;
    document.body.innerHTML = `<loos-event-list now="2026-07-01T09:00" page-size="20">${script}</loos-event-list>`;
    const list = document.querySelector('loos-event-list')!;
    await list.updateComplete;
    const labels = $$(list, 'article').map((card) => [card.querySelector('h3')!.textContent.replace(/\s+/g, ' ').trim(), card.querySelector('.labels')?.textContent.trim()]);
    expect(labels.filter(([, label]) => label === 'Annulé').map(([title]) => title)).toEqual([
      'Bal du 14 juillet (Annulé)',
      'Brocante du Marais (Annulé)',
      'Course des familles (Annulé)',
      'Exposition photo (Annulé)',
    ]);
    expect(warnings).toEqual([expect.stringContaining('<loos-event-list> : données invalides (events[3].eventStatus, events[3].eventAttendanceMode, events[5].eventStatus)')]);
  });

  it('shows every sub-event of a JSON-LD series, and a Québec price in Canadian dollars', async () => {
    // A missing sub-event and an accessibility feature the agenda does not show are reported.
    const warnings = expectConsoleWarnings();
    const list = await mount('<loos-event-list now="2026-07-01T09:00" page-size="20"></loos-event-list>', published.series);
    await vi.waitFor(() => {
      expect(list.filteredEvents.map((event) => event.title)).toEqual(['Cinéma en plein air', "L'été au parc", "Concert de l'harmonie"]);
    });
    const quebec = await mount('<loos-event-list now="2027-01-01T09:00"></loos-event-list>', published.quebec);
    const cardsText = () => $$(quebec, 'article').map((card) => card.textContent).join(' ');
    await vi.waitFor(() => {
      expect(cardsText()).toContain('15 $CA');
    });
    expect(cardsText()).not.toContain('€');
    expect(warnings).toEqual([
      expect.stringContaining('<loos-event-list> : données invalides (events.subEvent[3], events[3].start)'),
      expect.stringContaining('<loos-event-list> : données invalides (events[1].accessibilityFeature)'),
    ]);
  });

  it('loads events from a src URL', async () => {
    // A relative address, served by the test server like any file of the site.
    const list = await mount(`<loos-event-list now="${NOW}" src="/tests/fixtures/events/agenda.json"></loos-event-list>`);
    await vi.waitFor(() => {
      expect(list.filteredEvents.length).toBeGreaterThan(10);
    });
  });

  it('refuses a src with a forbidden protocol and says why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fetchSpy = vi.spyOn(window, 'fetch');
    const list = await mount(`<loos-event-list src="javascript:alert(1)"></loos-event-list>`);
    await list.updateComplete;
    await vi.waitFor(() => {
      expect(warn).toHaveBeenCalledTimes(1);
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('shows the good events of a bad list and says how many could not be shown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const list = await mount(`<loos-event-list now="${NOW}" page-size="50"></loos-event-list>`, badEvents);
    expect($$(list, 'article')).toHaveLength(6);
    expect($(list, '.rejected').textContent.trim()).toBe("4 événements n'ont pas pu être affichés.");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(list.shadowRoot!.querySelector('img, script')).toBeNull();
  });

  it('exports the filtered agenda as one iCalendar file', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object: Blob | MediaSource) => {
      blob = object as Blob;
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const list = await mount(`<loos-event-list now="${NOW}" category="Culture"></loos-event-list>`, agenda);
    $(list, 'button[part="export"]').click();
    // The iCalendar writer is loaded on the first click.
    await vi.waitFor(() => {
      expect(click).toHaveBeenCalledTimes(1);
    });
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('agenda-loos.ics');
    const ics = await blob!.text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(list.filteredEvents.length);
  });
});
