import { html, LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { InvalidController } from '../controllers/invalid.js';
import { LocaleController } from '../controllers/locale.js';
import type { InputProblem } from '../lib/invalid.js';
import { disarmUnsafeAddresses } from '../lib/site/links.js';
import { enhancerStyles } from '../styles/enhancer.styles.js';

/**
 * The base of the light-DOM enhancers (the site frame's header, breadcrumb and footer; the form's
 * field, error summary and tabs). The CMS writes native HTML — links, lists, a search form, a
 * label and its `<input>` — which works, is styled by `site.css` or `forms.css` and is read by
 * assistive technologies before and without JavaScript; the element only adds behaviour.
 * Its shadow root holds a single `<slot>`, so server rendering and hydration keep the page's own
 * markup on screen, and nothing is re-rendered over what the author wrote.
 */
export abstract class LightDomEnhancer extends LitElement {
  static override styles: CSSResultGroup = enhancerStyles;

  protected readonly locale = new LocaleController(this);
  protected readonly invalid = new InvalidController(this);

  /**
   * What is wrong with the element's attributes, set by the element in its `willUpdate` (pure: it
   * runs on the server too); reported together with what `enhance` found in the markup.
   */
  protected attributeProblems: readonly InputProblem[] = [];
  private markupProblems: readonly InputProblem[] = [];

  protected override render() {
    return html`<slot></slot>`;
  }

  /**
   * After the first update, the markup's problems are known too: the set is reported from
   * `firstUpdated`, once, rather than attributes first and markup a moment later.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated) this.invalid.problems = [...this.attributeProblems, ...this.markupProblems];
  }

  /**
   * Browser only, once the children are there: refuses unsafe addresses, lets the element add its
   * controls, and reports what it found (outside an update, hence `flush`).
   */
  protected override firstUpdated(): void {
    this.markupProblems = [...disarmUnsafeAddresses(this), ...this.enhance()];
    this.invalid.problems = [...this.attributeProblems, ...this.markupProblems];
    this.invalid.flush();
  }

  /** Texts the element wrote in the light DOM follow the page's language (runs after firstUpdated). */
  protected override updated(): void {
    this.writeTexts();
  }

  /** Adds the element's controls to the light DOM and returns what is wrong with the markup. */
  protected abstract enhance(): InputProblem[];

  /** Writes, in the page's language and as the state says, what the element added. */
  protected abstract writeTexts(): void;

  /**
   * A part of this element's own enhancement already in its light DOM, if any: markup enhanced
   * before — a copy of an enhanced element (`cloneNode`, a CMS script moving or saving it) or a
   * server that writes the part itself. A part of an enhancer nested inside is not ours.
   */
  protected enhancedPart(selector: string, scope: ParentNode = this): HTMLElement | undefined {
    return [...scope.querySelectorAll<HTMLElement>(selector)].find((part) => part.parentElement?.closest(this.localName) === this);
  }

  /**
   * The part `enhance` adds (a count, a tab list, a menu button): the one the markup already holds
   * (see `enhancedPart`), else a new `<tag class="className">` put in place by `place`. So a copy of
   * an enhanced element shows each part once; the caller gives it its content and its listeners,
   * which a copy does not carry.
   */
  protected adopt<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, place: (part: HTMLElementTagNameMap[K]) => void, scope: ParentNode = this): HTMLElementTagNameMap[K] {
    // The selector names the tag: what it finds is that tag's element.
    const found = this.enhancedPart(`${tag}.${className}`, scope) as HTMLElementTagNameMap[K] | undefined;
    if (found !== undefined) return found;
    const part = document.createElement(tag);
    part.className = className;
    place(part);
    return part;
  }
}
