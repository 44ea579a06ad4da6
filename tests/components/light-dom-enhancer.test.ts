/**
 * What every light-DOM enhancer shares (src/components/light-dom-enhancer.ts): hostile addresses
 * in the page's markup are disarmed and reported, and a copy of an enhanced element (a CMS script
 * cloning or moving it, markup saved after enhancement) shows each part the element adds once,
 * and that part works.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/breadcrumb/breadcrumb.js';
import '../../src/components/error-summary/error-summary.js';
import '../../src/components/field/field.js';
import '../../src/components/header/header.js';
import '../../src/components/tabs/tabs.js';
import '../../src/styles/forms.css';
import '../../src/styles/site.css';
import { breadcrumbMarkup, headerMarkup } from '../fixtures/site/markup.js';
import { captureInvalid, mountElement } from './support.js';

const HOSTILE = 'JaVaScRiPt:alert(document.domain)';

const FIELD = `<loos-field max-length="20"><label for="message">Message</label>
  <p class="loos-field__hint">Voir <a href="/aide">l’aide</a>.</p><textarea id="message" name="message"></textarea></loos-field>`;

const TABS = `<loos-tabs label="Informations pratiques">
  <section><h2>Horaires</h2><p>Lundi au vendredi.</p></section>
  <section><h2>Accès</h2><p>Bus 18.</p></section>
</loos-tabs>`;

const SERVER_SUMMARY = `<loos-error-summary><h2 class="loos-error-summary__title">Il y a 1 erreur</h2>
  <ul class="loos-error-summary__list"><li><a href="#email">Saisissez une adresse e-mail valide.</a></li></ul></loos-error-summary>`;
const SUMMARY_FORM = `<form lang="fr">${SERVER_SUMMARY}
  <loos-field><label for="email">Adresse e-mail</label><input id="email" name="email" type="email" value="non"></loos-field></form>`;

/** Connects a deep copy of `element` after it, as a CMS script would, and waits for it to render. */
async function connectCopy<T extends HTMLElement>(element: T): Promise<T> {
  const copy = element.cloneNode(true) as T;
  element.after(copy);
  await (copy as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return copy;
}

describe('light-DOM enhancers: hostile addresses in the page', () => {
  it.each([
    ['loos-error-summary', `<form>${SERVER_SUMMARY.replace('#email', HOSTILE)}</form>`],
    ['loos-field', FIELD.replace('/aide', HOSTILE)],
    ['loos-tabs', TABS.replace('Bus 18.', `<a href="${HOSTILE}">Plan</a>`)],
  ] as const)('%s removes a javascript: address, keeps the link text and reports it in French', async (tag, markup) => {
    const invalid = captureInvalid();
    const element = await mountElement(`<div lang="fr">${markup}</div>`, tag);
    const link = [...element.querySelectorAll('a')].find((each) => !each.hasAttribute('href'));
    expect(link?.textContent).not.toBe('');
    expect(element.querySelector('a[href^="javascript" i]')).toBeNull();
    const problems = invalid.flatMap((event) => event.detail.problems);
    expect(problems.map((each) => [each.field, each.value])).toEqual([['a[href]', HOSTILE]]);
    expect(problems[0]!.message).toMatch(/^Adresse refusée/);
  });
});

describe('light-DOM enhancers: a copy of an enhanced element', () => {
  it('<loos-field> keeps one count, which counts what is typed in the copy', async () => {
    const field = await mountElement(FIELD, 'loos-field');
    const copy = await connectCopy(field);
    copy.querySelector('textarea')!.id = 'message-copy';
    await userEvent.type(copy.querySelector('textarea')!, 'Bonjour');
    expect([...copy.querySelectorAll('.loos-field__count')].map((count) => count.textContent)).toEqual(['Il vous reste 13 caractères.']);
    expect(field.querySelectorAll('.loos-field__count')).toHaveLength(1);
  });

  it('<loos-field> keeps one error message, the copy’s own', async () => {
    const field = await mountElement(FIELD.replace('<loos-field', '<loos-field error="Ce message est trop court."'), 'loos-field');
    const copy = await connectCopy(field);
    copy.error = 'Ce message contient une adresse refusée.';
    await copy.updateComplete;
    expect([...copy.querySelectorAll('.loos-field__error')].map((error) => error.textContent)).toEqual(['Erreur : Ce message contient une adresse refusée.']);
  });

  it('<loos-tabs> keeps one tab list, whose tabs open the copy’s panels', async () => {
    const tabs = await mountElement(TABS, 'loos-tabs');
    const copy = await connectCopy(tabs);
    expect(copy.querySelectorAll('[role="tablist"]')).toHaveLength(1);
    await userEvent.click(copy.querySelectorAll<HTMLElement>('[role="tab"]')[1]!);
    expect([...copy.querySelectorAll<HTMLElement>('section')].map((panel) => panel.hidden)).toEqual([true, false]);
    expect([...tabs.querySelectorAll<HTMLElement>('section')].map((panel) => panel.hidden)).toEqual([false, true]);
  });

  it('<loos-breadcrumb> keeps one « … » step, which shows the copy’s whole path', async () => {
    const breadcrumb = await mountElement(`<div style="inline-size: 320px"><loos-breadcrumb>${breadcrumbMarkup()}</loos-breadcrumb></div>`, 'loos-breadcrumb');
    const copy = await connectCopy(breadcrumb);
    const more = copy.querySelectorAll<HTMLButtonElement>('.loos-breadcrumb__more button');
    expect(more).toHaveLength(1);
    await userEvent.click(more[0]!);
    expect(copy.expanded).toBe(true);
    expect(breadcrumb.expanded).toBe(false);
  });

  it('<loos-header> keeps one « Menu » button, which opens the copy’s menu', async () => {
    const header = await mountElement(`<div style="inline-size: 320px"><loos-header>${headerMarkup()}</loos-header></div>`, 'loos-header');
    const copy = await connectCopy(header);
    const buttons = copy.querySelectorAll<HTMLButtonElement>('.loos-header__menu-button');
    expect(buttons).toHaveLength(1);
    await userEvent.click(buttons[0]!);
    expect(copy.menuOpen).toBe(true);
    expect(header.menuOpen).toBe(false);
  });

  it('<loos-error-summary> keeps one title, counting the copy’s links', async () => {
    const summary = await mountElement(SUMMARY_FORM, 'loos-error-summary');
    const copy = await connectCopy(summary);
    copy.show([{ id: 'email', message: 'Saisissez une adresse e-mail valide.' }, { id: 'email', message: 'Encore une.' }]);
    await copy.updateComplete;
    expect([...copy.querySelectorAll('.loos-error-summary__title')].map((title) => title.textContent)).toEqual(['Il y a 2 erreurs']);
  });
});
