import { defineElement } from '../../lib/define.js';
import type { InputProblem } from '../../lib/invalid.js';
import { accordionProblems } from '../../lib/site/accordion.js';
import { accordionStrings } from '../../lib/strings/accordion.js';
import { LightDomEnhancer } from '../light-dom-enhancer.js';

/**
 * Un accordéon : un groupe de `<details>` natifs écrits par le CMS (questions fréquentes), mis en
 * forme par `forms.css`. Sans JavaScript, chaque section s'ouvre et se ferme seule, au clavier
 * comme à la souris, et la recherche dans la page trouve le texte replié. L'élément ajoute avant
 * les sections un bouton « Tout ouvrir », qui devient « Tout fermer » quand toutes sont ouvertes
 * (`aria-expanded` suit) ; une section ouverte ou fermée à la main garde son état et met le bouton
 * à jour. Rien n'est mémorisé d'une visite à l'autre.
 *
 * Un améliorateur de DOM léger (voir docs/forms.md pour le balisage).
 *
 * @tagname loos-accordion
 * @summary Accordéon : des `<details>` natifs, avec un bouton « Tout ouvrir » / « Tout fermer ».
 *
 * @slot - Les sections `<details class="loos-accordion__item">`, directement ou dans un `<div class="loos-accordion">`.
 *
 * @fires loos-invalid - Quand le groupe n'a aucune section `<details>`, ou que ses sections portent un attribut `name` (une seule ouverte à la fois : pas de bouton).
 */
export class LoosAccordion extends LightDomEnhancer {
  private button?: HTMLButtonElement;

  /** The group's own sections: not those of an accordion nested inside one of them. */
  private get sections(): HTMLDetailsElement[] {
    return [...this.querySelectorAll('details')].filter((details) => details.parentElement?.closest('details, loos-accordion') === this);
  }

  private get allOpen(): boolean {
    return this.sections.every((details) => details.open);
  }

  protected override enhance(): InputProblem[] {
    const sections = this.sections;
    const names = sections.map((details) => details.getAttribute('name') ?? '').filter((name) => name !== '');
    const problems = accordionProblems(sections.length, new Set(names).size < names.length);
    const first = sections[0];
    if (problems.length > 0 || first === undefined) return problems;
    // An accordion copied with its button (cloned, or moved by a CMS script) keeps that one button.
    const controls = this.querySelector('.loos-accordion__controls') ?? document.createElement('div');
    controls.className = 'loos-accordion__controls';
    const button = controls.querySelector('button') ?? document.createElement('button');
    button.type = 'button';
    button.className = 'loos-button loos-button--secondary';
    button.addEventListener('click', () => {
      const open = !this.allOpen;
      for (const details of this.sections) details.open = open;
    });
    controls.replaceChildren(button);
    first.before(controls);
    this.button = button;
    // `toggle` does not bubble: caught on its way down, it follows a section opened by hand, by the
    // button, or by the browser's find in page.
    this.addEventListener('toggle', () => {
      this.requestUpdate();
    }, true);
    return problems;
  }

  protected override writeTexts(): void {
    const button = this.button;
    if (button === undefined) return;
    const allOpen = this.allOpen;
    const strings = accordionStrings[this.locale.value];
    button.textContent = allOpen ? strings.closeAll : strings.openAll;
    button.setAttribute('aria-expanded', String(allOpen));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-accordion': LoosAccordion;
  }
}

defineElement('loos-accordion', LoosAccordion);
