import { property } from 'lit/decorators.js';
import { defineElement } from '../../lib/define.js';
import type { InputProblem } from '../../lib/invalid.js';
import { completeHomeLink } from '../../lib/site/brand.js';
import { navEntriesProblems, readSearchAction } from '../../lib/site/header.js';
import { siteStrings } from '../../lib/strings/site.js';
import { LightDomEnhancer } from '../light-dom-enhancer.js';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The header of a city site, around the native HTML the CMS writes: the official banner, the home
 * link with the city's logo and name, the main navigation (a `<nav>` with a list of at most 7
 * links), the search form (GET) and the quick links. Without JavaScript, everything is visible
 * and works. The element adds, for small screens, a « Menu » button that shows and hides the
 * navigation: Enter or Space opens it, Escape closes it and puts focus back on the button, and
 * Tab stays inside the button and the menu only while it is open.
 *
 * A light-DOM enhancer (see `site.css` for the classes and docs/site.md for the markup).
 *
 * @tagname loos-header
 * @summary En-tête de site : logo et nom de la ville, menu principal, recherche, accès rapides ; bouton « Menu » sur petit écran.
 *
 * @slot - Le HTML natif de l'en-tête : `<header class="loos-header">` avec le lien vers l'accueil, `<nav class="loos-header__nav">`, le `<form>` de recherche et les accès rapides.
 *
 * @fires loos-invalid - Quand le menu n'a aucune entrée ou plus de 7, que l'adresse de recherche est refusée, ou que l'adresse d'un lien est refusée (son `href` est retiré).
 */
export class LoosHeader extends LightDomEnhancer {
  /** Vrai quand le menu des petits écrans est ouvert (reflété en attribut, pour `site.css`). */
  @property({ type: Boolean, reflect: true, attribute: 'menu-open' }) menuOpen = false;

  /** Adresse où le formulaire de recherche envoie sa requête GET ; si absente, l'`action` du formulaire lui-même. */
  @property({ attribute: 'search-action' }) searchAction?: string;

  private menuButton?: HTMLButtonElement;

  private get nav(): HTMLElement | null {
    return this.querySelector('nav.loos-header__nav') ?? this.querySelector('nav');
  }

  protected override enhance(): InputProblem[] {
    const nav = this.nav;
    const problems = navEntriesProblems(nav?.querySelectorAll(':scope > ul > li, :scope > ol > li').length ?? 0);
    problems.push(...this.configureSearch(), ...completeHomeLink(this));
    if (nav === null) return problems;
    nav.id ||= 'loos-menu';
    const button = this.adopt('button', 'loos-header__menu-button', (part) => {
      nav.before(part);
    });
    button.type = 'button';
    button.setAttribute('aria-controls', nav.id);
    button.addEventListener('click', () => {
      this.menuOpen = !this.menuOpen;
    });
    this.menuButton = button;
    this.setAttribute('data-menu', '');
    this.addEventListener('keydown', this.onKeydown);
    return problems;
  }

  private configureSearch(): InputProblem[] {
    const form = this.querySelector<HTMLFormElement>('form[role="search"], search form, form.loos-header__search');
    const { action, problems } = readSearchAction(this.searchAction);
    if (form === null) return problems;
    if (action !== undefined) form.setAttribute('action', action);
    // A search is a GET: its results page has an address a person can bookmark and share.
    form.method = 'get';
    return problems;
  }

  protected override writeTexts(): void {
    const button = this.menuButton;
    if (button === undefined) return;
    button.textContent = siteStrings[this.locale.value].menu;
    button.setAttribute('aria-expanded', String(this.menuOpen));
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const button = this.menuButton;
    // The trap only holds while the menu is open and its button shown (a small screen).
    if (!this.menuOpen || !button?.checkVisibility()) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.menuOpen = false;
      button.focus();
      return;
    }
    if (event.key !== 'Tab') return;
    const stops = [button, ...(this.nav?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((stop) => stop.checkVisibility());
    const first = stops[0];
    const last = stops.at(-1);
    const active = document.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-header': LoosHeader;
  }
}

defineElement('loos-header', LoosHeader);
