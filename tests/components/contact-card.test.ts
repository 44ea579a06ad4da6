import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LoosContactCard } from '../../src/components/contact-card/contact-card.js';
import '../../src/components/contact-card/contact-card.js';
import { manualClock, type ManualClock } from '../../src/lib/notices/clock.js';
import meta, { Ouvert } from '../../stories/contact-card.stories.js';
import { axeViolations, captureInvalid, mountStory, THEME_NAMES } from './support.js';


/** Monday 7 December 2026, 10:00 in Loos. */
const MONDAY_10 = Date.parse('2026-12-07T10:00:00+01:00');

/** The town hall's card of the catalogue, plain HTML as a CMS author writes it, at `now` (Monday 10:00 by default). */
async function mountTownHall(now = MONDAY_10, args: { lang?: string } = {}): Promise<LoosContactCard> {
  return mountStory(Ouvert, meta, 'loos-contact-card', { now: new Date(now).toISOString(), ...args });
}

async function mount(inner: string, clock: ManualClock = manualClock(MONDAY_10), attributes = ''): Promise<LoosContactCard> {
  document.body.innerHTML = `<loos-contact-card ${attributes}>${inner}</loos-contact-card>`;
  const card = document.querySelector('loos-contact-card')!;
  card.clock = clock;
  await card.updateComplete;
  return card;
}

const flat = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const shadow = (card: LoosContactCard) => card.shadowRoot!;
const status = (card: LoosContactCard) => flat(shadow(card).querySelector('[part=status]')?.textContent);

describe('<loos-contact-card> from its HTML', () => {
  it('reads the name, address, links and weekly table written in the page', async () => {
    const card = await mountTownHall();
    const root = shadow(card);
    expect(root.querySelector('h2')?.textContent).toBe('Accueil de la mairie');
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('name');
    expect(status(card)).toBe('En ce moment : Ouvert — ferme à 12 h');
    const phone = root.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).toBe('tel:+33320000000');
    expect(flat(phone.textContent)).toBe('03 20 00 00 00');
    expect(root.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:accueil@ville-loos.fr');
    expect(flat(root.querySelector('dd')?.textContent)).toBe('1 place de la République59120 LoosVoir le plan d’accès');
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => flat(row.textContent));
    expect(rows).toEqual([
      ...['lundi', 'mardi', 'mercredi'].map((day) => `${day}8 h 30 – 12 h et 13 h 30 – 17 h 30`),
      'jeudi8 h 30 – 12 h et 13 h 30 – 19 h',
      'vendredi8 h 30 – 12 h et 13 h 30 – 17 h 30',
      'samedi9 h – 12 h',
      'dimancheFermé',
    ]);
    expect(root.querySelector('tbody tr[aria-current="date"] th')?.textContent).toBe('lundi');
  });

  it('is a table people can read before and without JavaScript: the page markup stays as written', async () => {
    const card = await mountTownHall();
    // A parsed document runs no script: what a browser without JavaScript shows.
    const parsed = new DOMParser().parseFromString(card.outerHTML, 'text/html');
    expect(flat(parsed.querySelector('tr')?.textContent)).toBe('Lundi8 h 30 – 12 h et 13 h 30 – 17 h 30');
    expect(card.querySelector('table')?.rows).toHaveLength(7);
    expect(card.querySelector('address')).not.toBeNull();
  });

  it('makes no request and embeds nothing for the map: a plain link', async () => {
    const card = await mountTownHall();
    expect(shadow(card).querySelector('iframe, img, object, embed')).toBeNull();
    expect(shadow(card).querySelector('a[href^="https://www.openstreetmap.org"]')?.textContent).toBe('Voir le plan d’accès');
  });

  it('lets the keyboard reach the map, phone and e-mail links in reading order', async () => {
    const card = await mountTownHall();
    const reached: string[] = [];
    for (let step = 0; step < 3; step++) {
      await userEvent.tab();
      reached.push(shadow(card).activeElement?.getAttribute('href') ?? '');
    }
    expect(reached).toEqual(['https://www.openstreetmap.org/#map=19/50.6125/3.0150', 'tel:+33320000000', 'mailto:accueil@ville-loos.fr']);
  });
});

describe('<loos-contact-card> live status', () => {
  it('changes by itself: closing soon, closed for lunch, open again', async () => {
    const card = await mountTownHall(Date.parse('2026-12-07T11:20:00+01:00'));
    const clock = card.clock as ManualClock;
    expect(status(card)).toBe('En ce moment : Ouvert — ferme à 12 h');
    clock.advance(10 * 60_000);
    await card.updateComplete;
    expect(status(card)).toBe('En ce moment : Ferme bientôt — à 12 h');
    expect(shadow(card).querySelector('[part=status]')?.getAttribute('data-state')).toBe('closing-soon');
    clock.advance(30 * 60_000);
    await card.updateComplete;
    expect(status(card)).toBe('En ce moment : Fermé — ouvre à 13 h 30');
    clock.set(Date.parse('2026-12-07T13:30:00+01:00'));
    await card.updateComplete;
    expect(status(card)).toBe('En ce moment : Ouvert — ferme à 17 h 30');
  });

  it('turns to « Fermé aujourd’hui (jour férié : lundi de Pâques) » at midnight, and marks the upcoming holiday', async () => {
    const card = await mountTownHall(Date.parse('2027-03-27T13:00:00+01:00'));
    const clock = card.clock as ManualClock;
    expect(status(card)).toBe('En ce moment : Fermé — ouvre mardi à 8 h 30');
    expect(flat(shadow(card).querySelector('[part=upcoming] li')?.textContent)).toBe('lundi 29 mars : fermé (lundi de Pâques)');
    clock.set(Date.parse('2027-03-29T00:00:00+02:00'));
    await card.updateComplete;
    expect(status(card)).toBe('En ce moment : Fermé aujourd’hui (jour férié : lundi de Pâques) — ouvre demain à 8 h 30');
  });

  it('reads the national directory’s hours and exceptions from a JSON child', async () => {
    const json = JSON.stringify({
      plage_ouverture: [{ nom_jour_debut: 'Lundi', nom_jour_fin: 'Vendredi', valeur_heure_debut_1: '09:00:00', valeur_heure_fin_1: '12:00:00', commentaire: 'Sur rendez-vous l’après-midi.' }],
      exceptions: [{ date: '2026-12-07', closed: true, label: 'formation du personnel' }],
    });
    const card = await mount(`<h2>Service urbanisme</h2><script type="application/json">${json}</script>`);
    expect(status(card)).toBe('En ce moment : Fermé aujourd’hui (fermeture exceptionnelle : formation du personnel) — ouvre demain à 9 h');
    expect(flat(shadow(card).querySelector('.comment')?.textContent)).toBe('Sur rendez-vous l’après-midi.');
  });

  it('takes the hours property over the page’s table', async () => {
    const card = await mountTownHall();
    card.hours = { weekly: { lundi: ['07:00-09:00'] } };
    await card.updateComplete;
    expect(status(card)).toBe('En ce moment : Fermé — ouvre le lundi 14 décembre à 7 h');
  });

  it('writes GovernmentOffice JSON-LD into the page on request', async () => {
    const card = await mountTownHall();
    card.structuredData = true;
    await vi.waitFor(() => { expect(card.querySelector('script[type="application/ld+json"]')).not.toBeNull(); });
    const data = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;
    expect(data['@type']).toBe('GovernmentOffice');
    expect(data.telephone).toBe('+33320000000');
    card.structuredData = false;
    await card.updateComplete;
    await vi.waitFor(() => { expect(card.querySelector('script[type="application/ld+json"]')).toBeNull(); });
  });
});

describe('<loos-contact-card> language', () => {
  it('speaks English when the page part around it changes to lang="en"', async () => {
    const card = await mountTownHall();
    document.body.setAttribute('lang', 'en');
    await vi.waitFor(() => {
      expect(status(card)).toBe('Right now: Open — closes at 12:00');
    });
    document.body.removeAttribute('lang');
  });
});

describe('<loos-contact-card> without hours', () => {
  it('shows no status and no table rather than a false « Fermé », and reports nothing', async () => {
    const events = captureInvalid();
    const card = await mount('', manualClock(MONDAY_10), 'name="Police municipale" phone="03 20 00 00 17"');
    expect(shadow(card).querySelector('[part=status], table')).toBeNull();
    expect(flat(shadow(card).querySelector('a[href^="tel:"]')?.textContent)).toBe('03 20 00 00 17');
    expect(events.flatMap((event) => event.detail.problems)).toEqual([]);
  });
});

describe('<loos-contact-card> bad input', () => {
  it('fires loos-invalid naming each field, shows what it can, and never renders a javascript: link', async () => {
    const events = captureInvalid();
    const card = await mount('<table><tr><th>Lundi</th><td>8 h 30 – midi</td></tr></table>', manualClock(MONDAY_10), 'name="<b>Mairie</b>" phone="appelez" map-href="javascript:alert(1)" email="x@" heading-level="9"');
    const fields = events[0]?.detail.problems.map((p) => p.field);
    expect(events[0]?.detail.element).toBe('loos-contact-card');
    expect(fields).toEqual(['map-href', 'phone', 'email', 'hours.weekly.Lundi[0]', 'heading-level']);
    expect(shadow(card).querySelector('h2')?.textContent).toBe('<b>Mairie</b>');
    expect(shadow(card).querySelector('b')).toBeNull();
    expect(shadow(card).querySelector('a[href^="javascript"]')).toBeNull();
    expect(flat(shadow(card).querySelector('dd')?.textContent)).toBe('appelez');
  });

  it('reports unreadable JSON and falls back on the table', async () => {
    const events = captureInvalid();
    const townHall = await mountTownHall();
    const card = await mount(`${townHall.innerHTML}<script type="application/json">{pas du json</script>`);
    expect(events[0]?.detail.problems[0]?.field).toBe('script');
    expect(status(card)).toBe('En ce moment : Ouvert — ferme à 12 h');
  });
});

describe('<loos-contact-card> accessibility', () => {
  // Open, closing soon, closed and a holiday: each state has its own colours.
  const STATES = ['2026-12-07T10:00:00+01:00', '2026-12-07T11:45:00+01:00', '2026-12-07T12:30:00+01:00', '2027-03-29T10:00:00+02:00'];

  it.each(THEME_NAMES)('has no axe violation in any state, theme %s', async (theme) => {
    document.documentElement.setAttribute('data-loos-theme', theme);
    const found: string[] = [];
    for (const now of STATES) {
      await mountTownHall(Date.parse(now));
      found.push(...(await axeViolations()).map((violation) => `${now}: ${violation}`));
    }
    expect(found).toEqual([]);
  });

  it('fits a 320 px screen without horizontal scroll', async () => {
    const card = await mountTownHall();
    card.style.inlineSize = '320px';
    await card.updateComplete;
    const section = shadow(card).querySelector('section')!;
    expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth);
    expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});
