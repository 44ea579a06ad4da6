import { css, html, LitElement, type CSSResultGroup } from 'lit';
import { InvalidController } from '../controllers/invalid.js';
import { LocaleController } from '../controllers/locale.js';
import type { InputProblem } from '../lib/invalid.js';
import { disarmUnsafeAddresses } from '../lib/site/links.js';

/**
 * The base of the site frame's elements (header, breadcrumb, footer): light-DOM enhancers. The CMS
 * writes native HTML — links, lists, a search form — which works, is styled by `site.css` and is
 * read by assistive technologies before and without JavaScript; the element only adds behaviour.
 * Its shadow root holds a single `<slot>`, so server rendering and hydration keep the page's own
 * markup on screen, and nothing is re-rendered over what the author wrote.
 */
export abstract class LightDomEnhancer extends LitElement {
  static override styles: CSSResultGroup = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  protected readonly locale = new LocaleController(this);
  protected readonly invalid = new InvalidController(this);

  protected override render() {
    return html`<slot></slot>`;
  }

  /**
   * Browser only, once the children are there: refuses unsafe addresses, lets the element add its
   * controls, and reports what it found (outside an update, hence `flush`).
   */
  protected override firstUpdated(): void {
    const problems = [...disarmUnsafeAddresses(this), ...this.enhance()];
    this.invalid.problems = problems;
    this.invalid.flush();
  }

  /** Texts the element wrote in the light DOM follow the page's language (runs after firstUpdated). */
  protected override updated(): void {
    this.writeTexts();
  }

  /** Adds the element's controls to the light DOM and returns what is wrong with the markup. */
  protected abstract enhance(): InputProblem[];

  /** Writes, in the page's language, the texts the element added. */
  protected abstract writeTexts(): void;
}
