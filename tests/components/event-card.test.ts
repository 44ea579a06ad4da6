import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/event-card/event-card.js';
import type { LoosEventCard } from '../../src/components/event-card/event-card.js';
import type { LoosInvalidEvent } from '../../src/lib/invalid.js';
import { expectConsoleWarnings } from '../support/console-guard.js';
import { mountElement } from './support.js';

const mount = (markup: string) => mountElement(markup, 'loos-event-card');

const text = (card: LoosEventCard) => card.shadowRoot!.textContent.replace(/\s+/g, ' ');

/** Captures the file handed to the browser by a download, without navigating. */
function captureDownload(): { file: () => Promise<{ name: string; content: string; type: string }> } {
  let blob: Blob | undefined;
  let name = '';
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object: Blob | MediaSource) => {
    blob = object as Blob;
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  return {
    // The iCalendar writer is loaded on the first click: wait for the file to be handed over.
    file: async () => {
      await vi.waitFor(() => {
        expect(blob).toBeDefined();
      });
      return { name, content: await blob!.text(), type: blob!.type };
    },
  };
}

const concert = `<loos-event-card event-id="concert" event-title="Concert de Noël" start="2026-12-19T15:00" end="2026-12-19T18:00"
  location-name="La Fileuse" location-city="Loos" price="0" category="Culture" organizer="Ville de Loos"
  href="/agenda/concert" registration-url="/inscription/concert" accessibility="wheelchair hearing-loop"></loos-event-card>`;

describe('<loos-event-card>', () => {
  it('writes the first of the month as « 1er » and a price with its thousands separator, like the notice', async () => {
    const card = await mount(`<loos-event-card event-id="gala" event-title="Gala" start="2026-12-01T20:00" price="1500"></loos-event-card>`);
    expect(text(card)).toContain('mardi 1er décembre 2026');
    expect(text(card)).toContain('1 500 €'); // text() turns every space, no-break ones included, into ' '
  });

  it('shows the French date inside <time datetime>, the place, the price, the category and the organiser', async () => {
    const card = await mount(concert);
    const times = [...card.shadowRoot!.querySelectorAll('time')];
    expect(times.map((t) => [t.dateTime, t.textContent.replace(/\u00a0/g, ' ')])).toEqual([
      ['2026-12-19T15:00:00+01:00', 'samedi 19 décembre 2026, 15 h'],
      ['2026-12-19T18:00:00+01:00', '18 h'],
    ]);
    expect(text(card)).toContain('La Fileuse, Loos');
    expect(text(card)).toContain('Gratuit');
    expect(text(card)).toContain('Culture');
    expect(text(card)).toContain('Organisé par Ville de Loos');
  });

  it('uses the heading level it is given, the title as the one main link', async () => {
    const card = await mount(concert.replace('<loos-event-card ', '<loos-event-card heading-level="2" '));
    const heading = card.shadowRoot!.querySelector('h2')!;
    const link = heading.querySelector('a')!;
    expect(link.textContent.trim()).toBe('Concert de Noël');
    expect(link.getAttribute('href')).toBe('/agenda/concert');
    // No interactive element inside another.
    expect(card.shadowRoot!.querySelectorAll('a a, a button, button a')).toHaveLength(0);
  });

  it('says the status in words and labels each accessibility pictogram with text', async () => {
    const card = await mount(concert.replace('price="0"', 'status="cancelled"'));
    expect(card.shadowRoot!.querySelector('.status')!.textContent.trim()).toBe('Annulé');
    expect(card.shadowRoot!.querySelector('h3')!.textContent.replace(/\s+/g, ' ').trim()).toBe('Concert de Noël (Annulé)');
    const items = [...card.shadowRoot!.querySelectorAll('.accessibility li')];
    expect(items.map((li) => li.textContent.trim())).toEqual(['Accessible en fauteuil roulant', 'Boucle magnétique']);
    expect(items.every((li) => li.querySelector('svg')?.getAttribute('aria-hidden') === 'true')).toBe(true);
    // Nothing to register for or add to a calendar once cancelled: no empty row of actions either.
    expect(card.shadowRoot!.querySelector('.actions, [part="actions"]')).toBeNull();
  });

  it('renders the labels row only when there is a status or a category', async () => {
    const plain = await mount('<loos-event-card event-id="a" event-title="Atelier" start="2026-12-19T15:00"></loos-event-card>');
    expect(plain.shadowRoot!.querySelector('.labels')).toBeNull();
    const withCategory = await mount(concert);
    expect([...withCategory.shadowRoot!.querySelectorAll('.labels > *')].map((label) => label.className)).toEqual(['category']);
    const cancelled = await mount(concert.replace('category="Culture"', 'status="cancelled"'));
    expect([...cancelled.shadowRoot!.querySelectorAll('.labels > *')].map((label) => label.className)).toEqual(['status']);
  });

  it('renders the actions row only when there is an action, with part="actions"', async () => {
    const card = await mount(concert);
    const actions = card.shadowRoot!.querySelector('[part="actions"]')!;
    expect(actions.className).toBe('actions');
    expect([...actions.children].map((child) => child.getAttribute('part'))).toEqual(['registration', 'add-to-calendar']);
    // Without any link, a card that still takes place can be added to a calendar.
    const plain = await mount('<loos-event-card event-id="a" event-title="Atelier" start="2026-12-19T15:00"></loos-event-card>');
    const only = plain.shadowRoot!.querySelectorAll('[part="actions"] > *');
    expect([...only].map((child) => child.getAttribute('part'))).toEqual(['add-to-calendar']);
  });

  it('leaves no empty row nor extra gap above a card without labels or below one without actions', async () => {
    /** Space left between the padding of the card's body and the element `selector` (0 when nothing is in between). */
    const spare = (card: LoosEventCard, selector: string) => {
      const body = card.shadowRoot!.querySelector('.body')!;
      const style = getComputedStyle(body);
      const outer = body.getBoundingClientRect();
      const inner = card.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      return {
        above: inner.top - outer.top - parseFloat(style.paddingBlockStart),
        below: outer.bottom - parseFloat(style.paddingBlockEnd) - inner.bottom,
      };
    };
    // The token style sheet is not loaded here: give the spacing tokens values, so that a stray gap would show.
    const spacing = '<loos-event-card style="--loos-space-sm: 10px; --loos-space-md: 16px" ';
    const unlabelled = await mount(`${spacing}event-id="a" event-title="Atelier" start="2026-12-19T15:00"></loos-event-card>`);
    expect(spare(unlabelled, '.title').above).toBeCloseTo(0, 0);
    const cancelled = await mount(concert.replace('price="0"', 'status="cancelled"').replace('<loos-event-card ', spacing));
    expect(spare(cancelled, '.accessibility').below).toBeCloseTo(0, 0);
  });

  it('is walked with the keyboard: main link, registration, « Ajouter à mon agenda »', async () => {
    const card = await mount(concert);
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.tab();
      names.push(card.shadowRoot!.activeElement!.textContent.replace(/\s+/g, ' ').trim());
    }
    expect(names).toEqual(['Concert de Noël', "S'inscrire : Concert de Noël", 'Ajouter à mon agenda : Concert de Noël']);
  });

  it('makes the whole card clickable through the main link', async () => {
    const card = await mount(concert);
    const box = card.shadowRoot!.querySelector('.date')!.getBoundingClientRect();
    const link = card.shadowRoot!.querySelector('.main-link')!;
    // The stretched link covers the date line, far from the heading.
    const below = card.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(below === link || link.contains(below)).toBe(true);
  });

  it('downloads a valid iCalendar file named after the event', async () => {
    const download = captureDownload();
    const card = await mount(concert);
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.action')!.click();
    const file = await download.file();
    expect(file.name).toBe('evenement-concert-de-noel.ics');
    expect(file.type).toBe('text/calendar;charset=utf-8');
    expect(file.content).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(file.content).toContain('DTSTART:20261219T140000Z\r\n');
    expect(file.content).toContain(`URL:${new URL('/agenda/concert', document.baseURI).href}\r\n`);
  });

  it('takes the event as a property too', async () => {
    // Mounted empty first, the card rightly reports its missing title and date.
    const warnings = expectConsoleWarnings();
    const card = await mount('<loos-event-card></loos-event-card>');
    expect(warnings).toEqual([expect.stringContaining('<loos-event-card> : données invalides (title, start, id)')]);
    card.event = { id: 'fete', title: 'Fête de la ville', start: '2027-07-03', end: '2027-07-05', price: 'Entrée libre' };
    await card.updateComplete;
    expect(text(card).replace(/\u00a0/g, ' ')).toContain('du 3 au 5 juillet 2027');
    expect(text(card)).toContain('Entrée libre');
  });

  it('emits schema.org JSON-LD into the light DOM when asked', async () => {
    const card = await mount(concert.replace('<loos-event-card ', '<loos-event-card structured-data '));
    const script = card.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent) as Record<string, unknown>;
    expect(data).toMatchObject({ '@type': 'Event', name: 'Concert de Noël', isAccessibleForFree: true });
    card.structuredData = false;
    await card.updateComplete;
    expect(card.querySelector('script')).toBeNull();
  });

  it('shows what is valid, reports the rest once, and never runs hostile strings', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const invalid: LoosInvalidEvent[] = [];
    document.addEventListener('loos-invalid', (event) => invalid.push(event), { once: true });
    const card = await mount(`<loos-event-card event-id="x" event-title="<img src=x onerror=alert(1)>Fête" start="2026-12-17T10:00"
      end="2026-12-17T09:00" status="maybe" href="javascript:alert(1)" image-src="/photo.jpg"></loos-event-card>`);
    expect(card.shadowRoot!.querySelector('img')).toBeNull();
    expect(card.shadowRoot!.querySelector('h3')!.textContent.trim()).toBe('<img src=x onerror=alert(1)>Fête');
    expect(card.shadowRoot!.querySelector('a')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(invalid[0]?.detail.problems.map((p) => p.field).sort()).toEqual(['end', 'href', 'image.alt', 'status']);
    card.requestUpdate();
    await card.updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('shows a placeholder naming the problem when the start is missing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const card = await mount('<loos-event-card event-id="x" event-title="Loto des aînés"></loos-event-card>');
    expect(text(card)).toContain('Loto des aînés');
    expect(text(card)).toContain('Cet événement ne peut pas être affiché');
    expect(text(card)).toContain('La date de début est obligatoire');
  });

  it('reads the title from a light DOM heading written by the CMS', async () => {
    const card = await mount('<loos-event-card event-id="x" start="2026-12-19"><h3>Marché de Noël</h3></loos-event-card>');
    expect(card.shadowRoot!.querySelector('h3')!.textContent.trim()).toBe('Marché de Noël');
  });
});
