import { html, LitElement, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { defineElement } from '../../lib/define.js';
import { problem } from '../../lib/invalid.js';
import { siteStrings } from '../../lib/strings/site.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { backToTopStyles } from './back-to-top.styles.js';

const arrow = svg`<path fill="currentColor" d="M8 2 2 8l1.4 1.4L7 5.8V14h2V5.8l3.6 3.6L14 8 8 2Z"/>`;

/**
 * « Retour haut de page »: a link that appears once the first screen of the page has scrolled out
 * of view (an IntersectionObserver on a sentinel at the top of the page, not a scroll listener),
 * and that takes both the view and the keyboard focus back to the top: to the element whose id is
 * `target` (the skip link's target, say), or else to the page's `<h1>`, made focusable with
 * `tabindex="-1"` — never to `<body>`, where a keyboard or screen reader user would be lost. The
 * scroll is instant when the person asks for reduced motion.
 *
 * A shadow-DOM component: it has nothing to show without JavaScript (the page is at its top).
 *
 * @tagname loos-back-to-top
 * @summary Retour haut de page : apparaît après défilement, ramène la vue et le focus en haut.
 *
 * @csspart link - Le lien.
 *
 * @cssprop --loos-back-to-top-background - Fond du lien (par défaut : la surface surélevée).
 *
 * @fires loos-invalid - Quand `target` ne désigne aucun élément de la page.
 */
export class LoosBackToTop extends LitElement {
  static override styles = [sharedStyles, backToTopStyles];

  /** Identifiant (`id`) de l'élément qui reçoit le focus, par exemple `contenu` (la cible du lien d'évitement). */
  @property() target?: string;

  /** Whether the top of the page is out of view: the link shows. */
  @state() private away = false;

  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);
  private sentinel?: HTMLElement;
  private observer?: IntersectionObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // A sentinel one screen high at the top of the page: once it leaves the view, the link shows.
    const sentinel = document.createElement('span');
    sentinel.setAttribute('aria-hidden', 'true');
    sentinel.setAttribute('data-loos-back-to-top-sentinel', '');
    Object.assign(sentinel.style, { display: 'block', position: 'absolute', insetBlockStart: '0', insetInlineStart: '0', blockSize: '100vh', inlineSize: '1px', pointerEvents: 'none' });
    document.body.prepend(sentinel);
    this.observer = new IntersectionObserver(([entry]) => {
      if (entry !== undefined) this.away = !entry.isIntersecting;
    });
    this.observer.observe(sentinel);
    this.sentinel = sentinel;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.sentinel?.remove();
  }

  protected override firstUpdated(): void {
    if (this.target !== undefined && this.findTarget() === null) {
      this.invalid.problems = [problem('target', `Aucun élément de la page n’a l’identifiant « ${this.target} » : le focus ira au titre principal (<h1>).`, this.target)];
      this.invalid.flush();
    }
  }

  protected override render() {
    const href = typeof this.target === 'string' && this.target !== '' ? `#${this.target}` : '#';
    return html`<a part="link" href=${href} ?hidden=${!this.away} @click=${this.goToTop}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${arrow}</svg>
      <span>${siteStrings[this.locale.value].backToTop}</span>
    </a>`;
  }

  private findTarget(): HTMLElement | null {
    const id = typeof this.target === 'string' ? this.target : '';
    return id === '' ? null : document.getElementById(id);
  }

  private readonly goToTop = (event: Event): void => {
    event.preventDefault();
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: 0, behavior: reduced ? 'instant' : 'smooth' });
    const destination = this.findTarget() ?? document.querySelector<HTMLElement>('h1') ?? document.querySelector<HTMLElement>('main');
    if (destination === null) return;
    if (!destination.matches('a[href], button, input, select, textarea, [tabindex]')) destination.setAttribute('tabindex', '-1');
    destination.focus({ preventScroll: true });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-back-to-top': LoosBackToTop;
  }
}

defineElement('loos-back-to-top', LoosBackToTop);
