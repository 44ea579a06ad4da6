import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/quote/quote.js';
import { captureInvalid, mountElement } from './support.js';

const mount = (markup: string) => mountElement(`<div lang="fr">${markup}</div>`, 'loos-quote');
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('<loos-quote>', () => {
  it('puts the words in a blockquote and who says them in the figcaption of one figure', async () => {
    const quote = await mount('<loos-quote author="Nadia Benali" author-role="habitante du quartier des Oliveaux"><p>Le square a changé la vie de la rue.</p></loos-quote>');
    const figure = quote.shadowRoot!.querySelector('figure')!;
    const slot = figure.querySelector('blockquote > slot')!;
    expect(flat((slot as HTMLSlotElement).assignedElements().map((node) => node.textContent).join(' '))).toBe('Le square a changé la vie de la rue.');
    expect(flat(figure.querySelector(':scope > figcaption')!.textContent)).toBe('Nadia Benalihabitante du quartier des Oliveaux');
    expect(getComputedStyle(figure.querySelector('.role')!, '::before').content).toBe('", "');
  });

  it('keeps the words in the page, where they are read without JavaScript', async () => {
    const quote = await mount('<loos-quote author="Nadia Benali"><p>Des paroles écrites dans la page.</p></loos-quote>');
    expect(quote.querySelector(':scope > p')!.textContent).toBe('Des paroles écrites dans la page.');
  });

  it('links the source by its name, reachable with the keyboard, and gives the address to the blockquote', async () => {
    const quote = await mount('<loos-quote author="Jean Martin" cite="https://www.loos.fr/conseil/2026-03-26" source="Conseil municipal du 26 mars 2026"><p>Paroles.</p></loos-quote>');
    const link = quote.shadowRoot!.querySelector('figcaption a')!;
    expect(link.getAttribute('href')).toBe('https://www.loos.fr/conseil/2026-03-26');
    expect(link.textContent).toBe('Conseil municipal du 26 mars 2026');
    expect(quote.shadowRoot!.querySelector('blockquote')!.getAttribute('cite')).toBe('https://www.loos.fr/conseil/2026-03-26');
    await userEvent.tab();
    expect(quote.shadowRoot!.activeElement).toBe(link);
  });

  it('says « Voir la source » for an address without a name, and writes a name without an address as text', async () => {
    const linked = await mount('<loos-quote author="A" cite="/conseil"><p>Paroles.</p></loos-quote>');
    expect(linked.shadowRoot!.querySelector('figcaption a')!.textContent).toBe('Voir la source');
    const named = await mount('<loos-quote author="A" source="Lettre d’information de mars"><p>Paroles.</p></loos-quote>');
    expect(named.shadowRoot!.querySelector('figcaption a')).toBeNull();
    expect(flat(named.shadowRoot!.querySelector('.source')!.textContent)).toBe('Source : Lettre d’information de mars');
  });

  it('refuses a javascript: source, shows no link and fires loos-invalid', async () => {
    const invalid = captureInvalid();
    const quote = await mount('<loos-quote author="A" cite="javascript:alert(1)" source="Conseil"><p>Paroles.</p></loos-quote>');
    expect(quote.shadowRoot!.querySelector('a')).toBeNull();
    expect(quote.shadowRoot!.querySelector('blockquote')!.hasAttribute('cite')).toBe(false);
    expect(invalid[0]!.detail.problems.map((p) => p.field)).toEqual(['cite']);
  });

  it('shows a photo only with its text alternative, and says so when it is missing', async () => {
    const invalid = captureInvalid();
    const without = await mount('<loos-quote author="A" photo="/portrait.png"><p>Paroles.</p></loos-quote>');
    expect(without.shadowRoot!.querySelector('img')).toBeNull();
    expect(invalid[0]!.detail.problems[0]).toMatchObject({ field: 'photo-alt', value: '/portrait.png' });
    const described = await mount('<loos-quote author="A" photo="/portrait.png" photo-alt="Portrait de A"><p>Paroles.</p></loos-quote>');
    expect(described.shadowRoot!.querySelector('img')!.alt).toBe('Portrait de A');
  });

  it('reports a quote without words and without a name', async () => {
    const invalid = captureInvalid();
    await mount('<loos-quote></loos-quote>');
    await expect.poll(() => invalid.at(-1)?.detail.problems.map((p) => p.field)).toEqual(['author', 'texte']);
  });

  it('stops reporting empty words once words are written in it', async () => {
    const invalid = captureInvalid();
    const quote = await mount('<loos-quote author="A"></loos-quote>');
    await expect.poll(() => invalid.length).toBe(1);
    quote.innerHTML = '<p>Enfin des paroles.</p>';
    quote.setAttribute('author', 'B');
    await quote.updateComplete;
    await expect.poll(() => invalid.length).toBe(1);
    quote.setAttribute('cite', 'javascript:x');
    await quote.updateComplete;
    await expect.poll(() => invalid.at(-1)?.detail.problems.map((p) => p.field)).toEqual(['cite']);
  });

  it('shows a name written with HTML as text', async () => {
    const quote = await mount('<loos-quote author="<b>Nadia</b>"><p>Paroles.</p></loos-quote>');
    expect(quote.shadowRoot!.querySelector('b')).toBeNull();
    expect(quote.shadowRoot!.querySelector('.author')!.textContent).toBe('<b>Nadia</b>');
  });

  it('fits 320 px without horizontal scroll, even with a very long name', async () => {
    const quote = await mount(`<div style="inline-size: 320px"><loos-quote author="${'Nom'.repeat(40)}" author-role="habitante"><p>${'Parole'.repeat(60)}</p></loos-quote></div>`);
    expect(quote.scrollWidth).toBeLessThanOrEqual(320);
    expect(quote.shadowRoot!.querySelector('figure')!.scrollWidth).toBeLessThanOrEqual(320);
  });
});
