import { property } from 'lit/decorators.js';
import { defineElement } from '../../lib/define.js';
import { problem, type InputProblem } from '../../lib/invalid.js';
import { siteStrings } from '../../lib/strings/site.js';
import { LightDomEnhancer } from '../light-dom-enhancer.js';

/** A path this long or longer collapses on small screens: « … », the parent, the current page. */
const COLLAPSE_FROM = 4;

/**
 * The breadcrumb, around the native HTML the CMS writes: « Vous êtes ici : » then a `<nav>` with an
 * `aria-label` and an ordered list of links, the last one the current page
 * (`aria-current="page"`). Without JavaScript the whole path shows, wrapping on small screens. The
 * element adds, when the path has 4 steps or more, a « … » button: on a small screen the path shows
 * « … », the parent and the current page — the current page is never hidden — and the button
 * shows the whole path and moves focus to its first link.
 *
 * A light-DOM enhancer (see `site.css` for the classes and docs/site.md for the markup).
 *
 * @tagname loos-breadcrumb
 * @summary Fil d'Ariane : « Vous êtes ici : », la page courante marquée, replié sur petit écran sans la cacher.
 *
 * @slot - `<nav class="loos-breadcrumb" aria-label="Fil d'Ariane">` avec « Vous êtes ici : » et une liste `<ol>` de liens.
 *
 * @fires loos-invalid - Quand il n'y a pas de liste, quand aucune étape ne porte `aria-current="page"` (la dernière le reçoit) ou quand l'adresse d'un lien est refusée.
 */
export class LoosBreadcrumb extends LightDomEnhancer {
  /** Vrai quand le chemin entier est affiché sur petit écran (reflété en attribut, pour `site.css`). */
  @property({ type: Boolean, reflect: true }) expanded = false;

  private moreButton?: HTMLButtonElement;

  protected override enhance(): InputProblem[] {
    const list = this.querySelector('ol, ul');
    const steps = list === null ? [] : [...list.children].filter((child) => child.localName === 'li' && !child.classList.contains('loos-breadcrumb__more'));
    const current = steps.at(-1);
    if (list === null || current === undefined) return [problem('nav', 'Le fil d’Ariane n’a pas de liste (<ol>) d’étapes.')];
    const problems: InputProblem[] = [];
    if (list.querySelector('[aria-current="page"]') === null) {
      (current.querySelector('a') ?? current).setAttribute('aria-current', 'page');
      problems.push(problem('aria-current', 'Aucune étape du fil d’Ariane ne porte aria-current="page" : la dernière l’a reçu. Écrivez-le dans la page, pour qu’il soit lu sans JavaScript.'));
    }
    if (steps.length >= COLLAPSE_FROM) this.addMoreButton(list);
    return problems;
  }

  private addMoreButton(list: Element): void {
    const item = this.adopt('li', 'loos-breadcrumb__more', (part) => {
      list.prepend(part);
    }, list);
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => {
      this.expanded = true;
      // Reflected now, not at the next update: the steps must show before one of them takes focus.
      this.setAttribute('expanded', '');
      // The button goes away: focus goes to the start of the path, never to the top of the page.
      list.querySelector<HTMLElement>('li:not(.loos-breadcrumb__more) a[href]')?.focus();
    });
    item.replaceChildren(button);
    this.moreButton = button;
    this.setAttribute('data-collapsible', '');
  }

  protected override writeTexts(): void {
    const button = this.moreButton;
    if (button === undefined) return;
    // « … » is what a person sees; the words are for assistive technology.
    const hidden = document.createElement('span');
    hidden.className = 'loos-visually-hidden';
    hidden.textContent = siteStrings[this.locale.value].showWholePath;
    const dots = document.createElement('span');
    dots.setAttribute('aria-hidden', 'true');
    dots.textContent = '…';
    button.replaceChildren(dots, hidden);
    button.setAttribute('aria-expanded', String(this.expanded));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-breadcrumb': LoosBreadcrumb;
  }
}

defineElement('loos-breadcrumb', LoosBreadcrumb);
