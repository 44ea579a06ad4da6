/**
 * The site kit's form enhancers around native controls: errors in French linked to their field,
 * the error summary and its focus, the character count, the tabs' keyboard.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/error-summary/error-summary.js';
import '../../src/components/field/field.js';
import '../../src/components/tabs/tabs.js';
import { COUNT_ANNOUNCE_DELAY_MS } from '../../src/components/field/field.js';
import '../../src/styles/forms.css';
import { captureInvalid, mountElement } from './support.js';

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const describedText = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '').split(' ').map((id) => flat(document.getElementById(id)?.textContent)).join(' | ');

const CONTACT = `<form action="/contact" method="post" lang="fr">
  <loos-error-summary></loos-error-summary>
  <loos-field><label for="name">Nom <span class="loos-field__required" aria-hidden="true">*</span></label>
    <input id="name" name="nom" class="loos-input" required autocomplete="name"></loos-field>
  <loos-field><label for="email">Adresse e-mail</label><p class="loos-field__hint">Nous vous répondons à cette adresse.</p>
    <input id="email" name="courriel" type="email" class="loos-input" required autocomplete="email"></loos-field>
  <loos-field><fieldset class="loos-fieldset"><legend class="loos-field__legend">Quartier</legend>
    <div class="loos-choice"><input type="radio" id="q1" name="quartier" value="centre" required><label for="q1">Centre</label></div>
    <div class="loos-choice"><input type="radio" id="q2" name="quartier" value="oliveaux"><label for="q2">Les Oliveaux</label></div>
  </fieldset></loos-field>
  <button class="loos-button">Envoyer</button>
</form>`;

const mountContact = () => mountElement(CONTACT, 'loos-error-summary');
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

afterEach(() => {
  vi.useRealTimers();
});

describe('<loos-field>', () => {
  it('ties the label to the control and describes it with its hint, before any error', async () => {
    await mountContact();
    const email = input('email');
    expect(email.labels?.[0]?.textContent).toBe('Adresse e-mail');
    expect(describedText(email)).toBe('Nous vous répondons à cette adresse.');
    expect(email.hasAttribute('aria-invalid')).toBe(false);
  });

  it('shows the browser’s check in French next to the field, linked by aria-describedby, and keeps what was typed', async () => {
    const summary = await mountContact();
    input('email').value = 'nadia.benali';
    summary.closest('form')!.requestSubmit();
    const email = input('email');
    expect(email.value).toBe('nadia.benali');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(email)).toBe('Nous vous répondons à cette adresse. | Erreur : Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.');
    expect(describedText(input('name'))).toBe('Erreur : Renseignez le champ « Nom ».');
    const fieldset = document.querySelector('fieldset')!;
    expect(describedText(fieldset)).toBe('Erreur : Choisissez une réponse pour « Quartier ».');
  });

  it('takes the error away once the person corrects the field', async () => {
    const summary = await mountContact();
    summary.closest('form')!.requestSubmit();
    await userEvent.type(input('name'), 'Nadia Benali');
    input('name').dispatchEvent(new Event('change', { bubbles: true }));
    expect(input('name').hasAttribute('aria-invalid')).toBe(false);
    expect(input('name').hasAttribute('aria-describedby')).toBe(false);
    expect(document.querySelector('#name')!.closest('loos-field')!.querySelector('.loos-field__error')).toBeNull();
  });

  it('shows the server’s message (error attribute) as text, linked to the control', async () => {
    const field = await mountElement(`<div lang="fr"><loos-field error="Cette adresse est déjà inscrite. <b>Connectez-vous</b>">
      <label for="a">Adresse e-mail</label><input id="a" type="email" value="nadia@exemple.fr"></loos-field></div>`, 'loos-field');
    const control = field.querySelector('input')!;
    expect(describedText(control)).toBe('Erreur : Cette adresse est déjà inscrite. <b>Connectez-vous</b>');
    expect(field.querySelector('b')).toBeNull();
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(control.value).toBe('nadia@exemple.fr');
  });

  it('counts characters at each key, says the count once the person pauses, and keeps text over the limit', async () => {
    const field = await mountElement(`<div lang="fr"><form><loos-field max-length="10"><label for="m">Message</label>
      <textarea id="m" name="message"></textarea></loos-field></form></div>`, 'loos-field');
    const textarea = field.querySelector('textarea')!;
    const status = field.shadowRoot!.querySelector('[role="status"]')!;
    expect(describedText(textarea)).toBe('Il vous reste 10 caractères.');
    vi.useFakeTimers();
    for (const text of ['B', 'Bo', 'Bonjour à tous']) {
      textarea.value = text;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      vi.advanceTimersByTime(COUNT_ANNOUNCE_DELAY_MS / 2);
      await field.updateComplete;
      expect(flat(status.textContent)).toBe('');
    }
    expect(flat(field.querySelector('.loos-field__count')!.textContent)).toBe('Vous avez 4 caractères en trop.');
    vi.advanceTimersByTime(COUNT_ANNOUNCE_DELAY_MS);
    await field.updateComplete;
    expect(flat(status.textContent)).toBe('Vous avez 4 caractères en trop.');
    expect(field.validate()).toBe('« Message » doit faire 10 caractères au plus.');
    expect(textarea.value).toBe('Bonjour à tous');
  });

  it('reports a bad max-length or a field without label, in French, and still shows the control', async () => {
    const invalid = captureInvalid();
    const field = await mountElement(`<div lang="fr"><loos-field max-length="NaN"><input name="x"></loos-field></div>`, 'loos-field');
    const fields = invalid.flatMap((event) => event.detail.problems.map((found) => found.field));
    expect(fields).toEqual(['max-length', 'children']);
    expect(field.querySelector('.loos-field__count')).toBeNull();
    expect(field.querySelector('input')!.isConnected).toBe(true);
  });
});

describe('<loos-error-summary>', () => {
  it('on submission with errors, says how many, links to each field, takes the focus and sends nothing', async () => {
    const summary = await mountContact();
    input('name').value = 'Nadia Benali';
    const submit = vi.fn((event: SubmitEvent) => {
      event.preventDefault();
    });
    const form = summary.closest('form')!;
    let sent = true;
    form.addEventListener('submit', (event) => {
      sent = !event.defaultPrevented;
      submit(event);
    });
    form.requestSubmit();
    expect(sent).toBe(false);
    expect(flat(summary.querySelector('h2')!.textContent)).toBe('Il y a 2 erreurs');
    expect(document.activeElement).toBe(summary);
    expect(summary.getAttribute('aria-labelledby')).toBe(summary.querySelector('h2')!.id);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), flat(link.textContent)])).toEqual([
      ['#email', 'Renseignez le champ « Adresse e-mail ».'],
      ['#q1', 'Choisissez une réponse pour « Quartier ».'],
    ]);
    await userEvent.click(links[1]!);
    expect(document.activeElement).toBe(input('q1'));
  });

  it('lets a correct form go, with what the person typed', async () => {
    const summary = await mountContact();
    input('name').value = 'Nadia Benali';
    input('email').value = 'nadia@exemple.fr';
    input('q2').checked = true;
    const form = summary.closest('form')!;
    let sent = false;
    form.addEventListener('submit', (event) => {
      sent = !event.defaultPrevented;
      event.preventDefault();
    });
    form.requestSubmit();
    expect(sent).toBe(true);
    expect(Object.fromEntries(new FormData(form))).toEqual({ nom: 'Nadia Benali', courriel: 'nadia@exemple.fr', quartier: 'oliveaux' });
    expect(summary.querySelector('li')).toBeNull();
  });

  it('focuses a summary the server wrote, and titles it in the page’s language', async () => {
    const summary = await mountElement(`<form lang="en"><loos-error-summary><ul class="loos-error-summary__list">
      <li><a href="#e">Enter an e-mail address.</a></li><li><a href="#n">Enter your name.</a></li></ul></loos-error-summary>
      <input id="e" type="email" aria-label="E-mail"><input id="n" aria-label="Name"></form>`, 'loos-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(flat(summary.querySelector('h2')!.textContent)).toBe('There are 2 errors');
    await userEvent.keyboard('{Tab}{Enter}');
    expect(document.activeElement).toBe(document.getElementById('e'));
  });

  it('reports a summary outside any form', async () => {
    const invalid = captureInvalid();
    await mountElement('<div lang="fr"><loos-error-summary></loos-error-summary></div>', 'loos-error-summary');
    expect(invalid.map((event) => event.detail.problems[0]!.field)).toEqual(['form']);
  });
});

const TABS = `<div lang="fr"><loos-tabs label="Informations pratiques">
  <section><h2>Horaires</h2><p>Du lundi au vendredi.</p></section>
  <section><h2>Accès</h2><p>Bus 18.</p></section>
  <section><h2>Contact</h2><p><a href="tel:+33320000000">03 20 00 00 00</a></p></section>
</loos-tabs></div>`;

describe('<loos-tabs>', () => {
  const tabs = () => [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
  const openPanel = () => [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((panel) => !panel.hidden);

  it('puts a named tab list before the sections, one tab per heading, the first open', async () => {
    await mountElement(TABS, 'loos-tabs');
    expect(document.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('Informations pratiques');
    expect(tabs().map((tab) => tab.textContent)).toEqual(['Horaires', 'Accès', 'Contact']);
    expect(tabs().map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(openPanel().map((panel) => panel.getAttribute('aria-labelledby'))).toEqual([tabs()[0]!.id]);
    expect(tabs()[0]!.getAttribute('aria-controls')).toBe(openPanel()[0]!.id);
  });

  it('moves with the arrows (round the ends), Home and End, and opens the tab it reaches', async () => {
    await mountElement(TABS, 'loos-tabs');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(tabs()[0]);
    const steps: [string, string][] = [['{ArrowRight}', 'Accès'], ['{ArrowRight}', 'Contact'], ['{ArrowRight}', 'Horaires'], ['{ArrowLeft}', 'Contact'], ['{Home}', 'Horaires'], ['{End}', 'Contact']];
    for (const [key, name] of steps) {
      await userEvent.keyboard(key);
      expect(document.activeElement?.textContent).toBe(name);
      expect(flat(openPanel()[0]!.querySelector('h2')!.textContent)).toBe(name);
      expect(tabs().filter((tab) => tab.tabIndex === 0).map((tab) => tab.textContent)).toEqual([name]);
    }
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(openPanel()[0]);
  });

  it('opens the tab `selected` names, and reports one it cannot', async () => {
    await mountElement(TABS.replace('<loos-tabs', '<loos-tabs selected="2"'), 'loos-tabs');
    expect(flat(openPanel()[0]!.querySelector('h2')!.textContent)).toBe('Contact');
    const invalid = captureInvalid();
    await mountElement(TABS.replace('<loos-tabs', '<loos-tabs selected="7"'), 'loos-tabs');
    expect(flat(openPanel()[0]!.querySelector('h2')!.textContent)).toBe('Horaires');
    expect(invalid.map((event) => event.detail.problems[0]!.field)).toEqual(['selected']);
  });

  it('leaves a single section as it is, and says why', async () => {
    const invalid = captureInvalid();
    await mountElement('<div lang="fr"><loos-tabs><section><h2>Horaires</h2><p>Lundi.</p></section></loos-tabs></div>', 'loos-tabs');
    expect(document.querySelector('[role="tablist"]')).toBeNull();
    expect(document.querySelector('section')!.hidden).toBe(false);
    expect(invalid).toHaveLength(1);
  });
});
