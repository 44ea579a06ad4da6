import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/act-list/act-list.js';
import '../../src/components/act/act.js';
import { captureInvalid, mountElement } from './support.js';

const mount = (markup: string) => mountElement(`<div lang="fr">${markup}</div>`, 'loos-act-list');
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;
/** « Signé le 26 mars 2026 », one per fact, as a person reads each line. */
const facts = (act: Element) => [...act.querySelectorAll('.act-facts > div')].map((fact) => `${flat(fact.querySelector('dt')!.textContent)} ${flat(fact.querySelector('dd')!.textContent)}`);
const titles = (list: Element) => [...list.shadowRoot!.querySelectorAll('.act-title')].map((title) => flat(title.textContent));
const act = (number: string, title: string, published: string, type = 'Arrêté') => ({ type, number, title, signed: published, published, document: `/actes/${number}.pdf` });

describe('<loos-act-list>', () => {
  it('reads the acts the page wrote as <loos-act> links, newest put online first, and keeps them in the page', async () => {
    const list = await mount(`<loos-act-list><ul>
      <li><loos-act type="Arrêté" number="2026-014" signed="2026-03-02" published="2026-03-04" format="PDF" size="245760"><a href="/actes/2026-014.pdf">Interdiction de stationner rue Pasteur</a></loos-act></li>
      <li><loos-act type="délibération" number="D2026-12" signed="2026-03-26" published="2026-04-01" transmitted="2026-03-28" category="Finances"><a href="/actes/d2026-12.pdf">Budget primitif 2026</a></loos-act></li>
    </ul></loos-act-list>`);
    expect(titles(list)).toEqual(['Budget primitif 2026', 'Interdiction de stationner rue Pasteur']);
    const first = list.shadowRoot!.querySelector('.act')!;
    expect(flat(first.querySelector('.act-kind')!.textContent)).toBe('Délibération n° D2026-12');
    expect(facts(first)).toEqual(['Signé le 26 mars 2026', 'Transmis à la préfecture le 28 mars 2026', 'Mis en ligne le 1er avril 2026', 'Thème Finances']);
    const link = list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.act-document')[1]!;
    expect(link.getAttribute('href')).toBe('/actes/2026-014.pdf');
    expect(flat(link.textContent)).toBe('Lire l’arrêté n° 2026-014 (PDF, 246 Ko)');
    expect(list.querySelectorAll(':scope > ul > li')).toHaveLength(2);
    expect(flat(list.shadowRoot!.querySelector('[part="appeal"]')!.textContent)).toMatch(/^Voies et délais de recours : .*tribunal administratif de Lille dans un délai de deux mois/);
  });

  it('loads src, filters by type, year and words (accents ignored), and says the count once the person pauses', async () => {
    const list = await mount('<loos-act-list src="/tests/fixtures/publications/acts-published.json"></loos-act-list>');
    await vi.waitFor(() => { expect(titles(list)).toHaveLength(10); });
    expect(flat(list.shadowRoot!.querySelector('[part="count"]')!.textContent)).toBe('12 actes');
    const type = list.shadowRoot!.querySelector<HTMLSelectElement>('#type')!;
    await userEvent.selectOptions(type, 'Arrêté');
    const year = list.shadowRoot!.querySelector<HTMLSelectElement>('#year')!;
    expect([...year.options].map((option) => option.textContent)).toEqual(['Toutes', '2026', '2025']);
    await userEvent.selectOptions(year, '2026');
    await userEvent.type(list.shadowRoot!.querySelector('#query')!, 'chaussee');
    await list.updateComplete;
    expect(titles(list)).toEqual(['Travaux de réfection de la chaussée avenue de la Paix']);
    const status = list.shadowRoot!.querySelector('[role="status"]')!;
    await vi.waitFor(() => { expect(status.textContent).toBe('1 acte'); });
  });

  it('shows a page at a time and moves focus to the first act just shown', async () => {
    const acts = Array.from({ length: 5 }, (_, index) => act(`2026-00${index}`, `Acte ${index}`, `2026-03-0${index + 1}`));
    const list = await mount(`<loos-act-list page-size="2">${json(acts)}</loos-act-list>`);
    expect(titles(list)).toEqual(['Acte 4', 'Acte 3']);
    const more = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]')!;
    expect(flat(more.textContent)).toBe('Afficher 2 actes de plus (3 restants)');
    await userEvent.click(more);
    await list.updateComplete;
    expect(titles(list)).toEqual(['Acte 4', 'Acte 3', 'Acte 2', 'Acte 1']);
    expect(flat(list.shadowRoot!.activeElement?.textContent)).toBe('Acte 2');
    expect(document.activeElement).toBe(list);
  });

  it('leaves out an act without a readable date or with a javascript: document, says so and reports each field', async () => {
    const invalid = captureInvalid();
    const list = await mount(`<loos-act-list>${json([
      act('2026-001', 'Acte valable', '2026-03-02'),
      { ...act('2026-002', 'Date impossible', '2026-02-30') },
      { ...act('2026-003', '<img src=x onerror=alert(1)>', '2026-03-03'), document: 'javascript:alert(1)' },
    ])}</loos-act-list>`);
    expect(titles(list)).toEqual(['Acte valable']);
    expect(flat(list.shadowRoot!.querySelector('.rejected')!.textContent)).toBe('2 actes n’ont pas pu être affichés.');
    const fields = invalid.at(-1)!.detail.problems.map((found) => found.field);
    expect(fields).toEqual(expect.arrayContaining(['acts[1].signed', 'acts[1].published', 'acts[2].document.href']));
    expect(list.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('says when nothing matches the filters, and reports unreadable JSON in French', async () => {
    const invalid = captureInvalid();
    const broken = await mount('<loos-act-list><script type="application/json">{ "acts": [ </script></loos-act-list>');
    expect(flat(broken.shadowRoot!.querySelector('.empty')!.textContent)).toBe('Aucun acte publié pour le moment.');
    expect(invalid.at(-1)!.detail.problems[0]!.message).toMatch(/JSON .* illisible/);
    const list = await mount(`<loos-act-list>${json([act('2026-001', 'Fermeture du parc', '2026-03-02')])}</loos-act-list>`);
    await userEvent.type(list.shadowRoot!.querySelector('#query')!, 'piscine');
    await list.updateComplete;
    expect(flat(list.shadowRoot!.querySelector('.empty')!.textContent)).toMatch(/^Aucun acte ne correspond à ces filtres/);
  });
});

describe('<loos-act>', () => {
  it('shows one act from its attributes and link, with the appeal notice the author wrote', async () => {
    const element = await mountElement(
      '<div lang="fr"><loos-act type="Décision" number="DEC-7" signed="2026-03-01" published="2026-03-01" appeal-text="Recours possible devant le tribunal administratif de Lille."><a href="/actes/dec-7.pdf">Tarifs de la piscine</a></loos-act></div>',
      'loos-act',
    );
    expect(flat(element.shadowRoot!.querySelector('h2')!.textContent)).toBe('Tarifs de la piscine');
    expect(facts(element.shadowRoot!.querySelector('.act')!)).toEqual(['Signé le 1er mars 2026', 'Mis en ligne le 1er mars 2026']);
    expect(flat(element.shadowRoot!.querySelector('.act-document')!.textContent)).toBe('Lire la décision n° DEC-7');
    expect(flat(element.shadowRoot!.querySelector('[part="appeal"]')!.textContent)).toBe('Voies et délais de recours : Recours possible devant le tribunal administratif de Lille.');
  });

  it('shows the usual appeal notice and reports an appeal text set from script that is not text', async () => {
    const element = await mountElement(
      '<div lang="fr"><loos-act type="Décision" number="DEC-7" signed="2026-03-01" published="2026-03-01"><a href="/actes/dec-7.pdf">Tarifs de la piscine</a></loos-act></div>',
      'loos-act',
    );
    const invalid = captureInvalid();
    (element as unknown as { appealText: unknown }).appealText = Symbol('recours');
    await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(flat(element.shadowRoot!.querySelector('[part="appeal"]')!.textContent)).toMatch(/tribunal administratif de Lille dans un délai de deux mois/);
    expect(invalid.at(-1)!.detail.problems.map((found) => found.message)).toEqual(['« appeal-text » doit être un texte (reçu : un symbole) : la valeur est ignorée.']);
  });

  it('names the missing attributes as written and says the act is unavailable', async () => {
    const invalid = captureInvalid();
    const element = await mountElement('<div lang="fr"><loos-act type="Circulaire" number="1" published="2026-03-01" document="/a.pdf" act-title="Titre"></loos-act></div>', 'loos-act');
    expect(flat(element.shadowRoot!.textContent)).toBe('Acte indisponible : ses informations sont incomplètes.');
    expect(invalid[0]!.detail.problems.map((found) => found.field)).toEqual(['type', 'signed', 'act']);
  });
});
