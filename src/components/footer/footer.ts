import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../lib/define.js';
import { problem, type InputProblem } from '../../lib/invalid.js';
import { missingMentions, readAccessibilityLevel, type AccessibilityLevel } from '../../lib/site/footer.js';
import { siteStrings } from '../../lib/strings/site.js';
import { LightDomEnhancer } from '../light-dom-enhancer.js';

/**
 * The footer of a city site, around the native HTML the CMS writes: the city's name and address,
 * contact, social links (plain links: no third-party script), and the mentions every French public
 * site must carry — « Accessibilité : … conforme » linked to the accessibility statement,
 * « Mentions légales », « Données personnelles », « Gestion des cookies », « Plan du site »,
 * « Contact ». Without JavaScript it is complete. The element writes the compliance line from the
 * `accessibility` attribute (in the page's language), and reports a mandatory mention that is
 * missing, an unknown level or a refused address.
 *
 * A light-DOM enhancer (see `site.css` for the classes and docs/site.md for the markup).
 *
 * @tagname loos-footer
 * @summary Pied de page : mentions obligatoires d'un site public, niveau d'accessibilité, adresse, contact, réseaux.
 *
 * @slot - `<footer class="loos-footer">` avec le bloc de la ville, tout autre contenu et la liste des mentions ; le lien vers la déclaration porte `data-loos-accessibility`.
 *
 * @fires loos-invalid - Quand `accessibility` ne vaut pas « non », « partiellement » ou « totalement », que le lien vers la déclaration ou une mention obligatoire manque, ou que l'adresse d'un lien est refusée.
 */
export class LoosFooter extends LightDomEnhancer {
  /** Niveau de conformité de la déclaration d'accessibilité : `non`, `partiellement` ou `totalement`. */
  @property() accessibility?: string;

  private level: AccessibilityLevel = 'non';

  private get statementLink(): HTMLAnchorElement | null {
    return this.querySelector('a[data-loos-accessibility]');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('accessibility')) {
      const { level, problems } = readAccessibilityLevel(this.accessibility);
      this.level = level;
      this.attributeProblems = problems;
    }
    super.willUpdate(changed);
  }

  protected override enhance(): InputProblem[] {
    const links = [...this.querySelectorAll('a')].map((link) => link.textContent);
    return [
      ...(this.statementLink === null ? [problem('accessibility', 'Le pied de page n’a pas de lien vers la déclaration d’accessibilité (<a data-loos-accessibility href="…">).')] : []),
      ...missingMentions(links),
    ];
  }

  protected override writeTexts(): void {
    const link = this.statementLink;
    if (link !== null) link.textContent = siteStrings[this.locale.value].accessibility[this.level];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-footer': LoosFooter;
  }
}

defineElement('loos-footer', LoosFooter);
