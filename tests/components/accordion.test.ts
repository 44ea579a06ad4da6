/**
 * The accordion as a person uses it: native <details> that open by themselves, and one button that
 * opens or closes them all, saying which it will do and following sections toggled by hand.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/accordion/accordion.js';
import '../../src/styles/forms.css';
import { ACCORDION_QUESTIONS, accordionMarkup } from '../fixtures/site/markup.js';
import { captureInvalid, mountElement } from './support.js';

async function mountAccordion(markup = accordionMarkup(), lang = 'fr') {
  const accordion = await mountElement(`<div lang="${lang}"><loos-accordion>${markup}</loos-accordion></div>`, 'loos-accordion');
  const button = accordion.querySelector<HTMLButtonElement>('.loos-accordion__controls button');
  const sections = [...accordion.querySelectorAll('details')];
  return { accordion, button, sections };
}

/** The sections' states, then the button's words once the `toggle` events (queued as tasks) have reached the element. */
async function expectState(button: HTMLButtonElement | null, sections: HTMLDetailsElement[], open: boolean[], words: string) {
  await expect.poll(() => sections.map((details) => details.open)).toEqual(open);
  await expect.poll(() => button?.textContent).toBe(words);
  expect(button?.getAttribute('aria-expanded')).toBe(String(words === 'Tout fermer'));
}

describe('<loos-accordion>', () => {
  it('adds one « Tout ouvrir » button before the sections, collapsed while one of them is closed', async () => {
    const { accordion, button, sections } = await mountAccordion();
    expect(accordion.querySelectorAll('button')).toHaveLength(1);
    expect(button?.textContent).toBe('Tout ouvrir');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(button?.compareDocumentPosition(sections[0]!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('opens every section from the keyboard, then says « Tout fermer » and closes them all', async () => {
    const { button, sections } = await mountAccordion();
    button!.focus();
    await userEvent.keyboard('{Enter}');
    await expectState(button, sections, [true, true, true], 'Tout fermer');
    await userEvent.keyboard(' ');
    await expectState(button, sections, [false, false, false], 'Tout ouvrir');
    expect(document.activeElement).toBe(button);
  });

  it('follows sections toggled by hand and keeps each one as the person left it', async () => {
    const { button, sections } = await mountAccordion();
    await userEvent.click(sections[0]!.querySelector('summary')!);
    await userEvent.click(sections[2]!.querySelector('summary')!);
    await expectState(button, sections, [true, true, true], 'Tout fermer');
    await userEvent.click(sections[1]!.querySelector('summary')!);
    await expectState(button, sections, [true, false, true], 'Tout ouvrir');
  });

  it('speaks the page’s language', async () => {
    const { button } = await mountAccordion(accordionMarkup(ACCORDION_QUESTIONS.map((section) => ({ ...section, open: true }))), 'en');
    expect(button?.textContent).toBe('Close all');
  });

  it('leaves the sections of an accordion nested in an answer to that accordion', async () => {
    const inner = `<loos-accordion>${accordionMarkup([{ question: 'Imbriquée A', answer: 'a' }, { question: 'Imbriquée B', answer: 'b' }])}</loos-accordion>`;
    const markup = accordionMarkup(ACCORDION_QUESTIONS).replace('<p>Non, sauf', `${inner}<p>Non, sauf`);
    const { button, sections } = await mountAccordion(markup);
    button!.click();
    await expectState(button, sections, [true, true, true, false, false], 'Tout fermer');
  });

  it('adds no button, and says why, when the sections share a name (one open at a time)', async () => {
    const invalid = captureInvalid();
    const { button } = await mountAccordion(accordionMarkup().replaceAll('<details ', '<details name="faq" '));
    expect(button).toBeNull();
    expect(invalid.map((event) => event.detail.problems.map((problem) => problem.field))).toEqual([['name']]);
  });

  it('reports a group with no <details> instead of adding a button that opens nothing', async () => {
    const invalid = captureInvalid();
    const { button } = await mountAccordion('<p>Aucune question pour l’instant.</p>');
    expect(button).toBeNull();
    expect(invalid[0]?.detail.problems[0]?.message).toMatch(/aucune section <details>/);
  });
});
