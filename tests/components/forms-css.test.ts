/**
 * forms.css, the parts that are HTML and a style sheet only: every target a finger or a mouse
 * aims at is 44 px at least, a wide data table scrolls in its own region (never the page) at
 * 320 px with its hint in view, forced colours keep the buttons' edges, and tabs keep their place
 * before their script without ever hiding a section for good.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../dist/tokens/tokens.css';
import '../../src/styles/forms.css';

const TARGETS = `<div class="loos-button-group">
    <button class="loos-button">Envoyer</button>
    <a class="loos-button loos-button--secondary" href="/demarches">Voir</a>
    <button class="loos-button loos-button--tertiary">Annuler</button>
  </div>
  <nav aria-label="Pagination"><ul class="loos-pagination__list">
    <li><a class="loos-pagination__link" href="?page=1" aria-label="Page 1">1</a></li>
    <li><a class="loos-pagination__link" href="?page=2" aria-current="page" aria-label="Page 2">2</a></li>
  </ul></nav>
  <ul class="loos-tags"><li><a class="loos-tag" href="/theme/travaux">Travaux</a></li></ul>
  <div class="loos-choice"><input type="checkbox" id="c"><label for="c">Oui</label></div>
  <details class="loos-accordion__item"><summary>Question</summary><p>Réponse</p></details>
  <input class="loos-input" aria-label="Nom"><select class="loos-select" aria-label="Sujet"><option>Un</option></select>`;

const WIDE_TABLE = `<div class="loos-table-scroll" role="region" aria-labelledby="t" tabindex="0">
  <p class="loos-table-scroll__hint">Faites défiler le tableau de côté.</p>
  <table class="loos-table"><caption id="t">Horaires</caption>
    <thead><tr>${'<th scope="col">Mercredi après-midi</th>'.repeat(8)}</tr></thead>
    <tbody><tr>${'<td>8 h 30 – 17 h 30</td>'.repeat(8)}</tr></tbody>
  </table></div>`;

afterEach(async () => {
  await page.viewport(414, 896);
});

describe('forms.css', () => {
  it('makes every button, page link, linked tag, choice, summary and field 44 px high at least', () => {
    document.body.innerHTML = TARGETS;
    const small = [...document.querySelectorAll<HTMLElement>('.loos-button, .loos-pagination__link, a.loos-tag, .loos-choice, summary, .loos-input, .loos-select')]
      .filter((target) => target.getBoundingClientRect().height < 44)
      .map((target) => target.className || target.localName);
    expect(small).toEqual([]);
  });

  it('scrolls a wide table in its own region at 320 px, hint in view, the page never sideways', async () => {
    await page.viewport(320, 640);
    document.body.style.margin = '0';
    document.body.innerHTML = WIDE_TABLE;
    const region = document.querySelector<HTMLElement>('.loos-table-scroll')!;
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    region.scrollLeft = region.scrollWidth;
    const hint = document.querySelector('.loos-table-scroll__hint')!.getBoundingClientRect();
    expect(hint.left).toBeGreaterThanOrEqual(0);
    expect(hint.right).toBeLessThanOrEqual(320);
  });

  // This file never defines <loos-tabs>: the tabs stay as a page has them before their script.
  it('keeps the tabs’ place before their script, and shows every section should the script never come', () => {
    document.body.innerHTML = `<loos-tabs><section><h2>Horaires</h2><p>Lundi.</p></section><section><h2>Accès</h2><p>Bus 18.</p></section></loos-tabs>`;
    const [first, second] = [...document.querySelectorAll('section')] as [HTMLElement, HTMLElement];
    const heading = first.querySelector('h2')!;
    // One row of tabs reserved, the first heading drawn in it, the first panel under it.
    expect(heading.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    expect(first.getBoundingClientRect().top).toBeGreaterThanOrEqual(heading.getBoundingClientRect().bottom - 1);
    expect(second.checkVisibility({ visibilityProperty: true })).toBe(false);
    // The script has not come: the waiting time is over, every section shows with its heading.
    for (const animation of document.getAnimations()) animation.finish();
    expect(second.checkVisibility({ visibilityProperty: true })).toBe(true);
    expect(second.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(getComputedStyle(heading).position).toBe('static');
    expect(second.getBoundingClientRect().top).toBeGreaterThanOrEqual(first.getBoundingClientRect().bottom - 1);
  });
});
