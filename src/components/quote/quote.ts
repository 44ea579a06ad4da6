import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { defineElement } from '../../lib/define.js';
import type { InputProblem } from '../../lib/invalid.js';
import { emptyQuoteProblem, readQuoteAttributes, type QuoteView } from '../../lib/publications/quote.js';
import { publicationStrings } from '../../lib/strings/publications.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { quoteStyles } from './quote.styles.js';

/**
 * The words of a resident or an elected official, as a `<figure>`: the words in a `<blockquote>`,
 * who said them and in what role in the `<figcaption>`, an optional photo (with its required text
 * alternative) and the source, linked when it has an address.
 *
 * A shadow-DOM component whose words stay in the page: they are the element's children (`<p>…</p>`),
 * read without JavaScript and shown as a quote by `elements.css` before the element is defined.
 *
 * @tagname loos-quote
 * @summary Citation : les paroles d'un habitant ou d'un élu, qui parle, à quel titre, et la source.
 *
 * @slot - Les paroles, en paragraphes (`<p>`), écrites dans la page.
 *
 * @csspart base - La `<figure>`.
 * @csspart photo - La photo de la personne.
 * @csspart caption - La `<figcaption>` (nom, qualité, source).
 *
 * @cssprop --loos-quote-accent - Couleur de la barre à côté des paroles (par défaut : la couleur de surface de la marque).
 * @cssprop --loos-quote-background - Fond (par défaut : la surface surélevée).
 *
 * @fires loos-invalid - Quand le nom manque, que les paroles sont vides, que la photo n'a pas de `photo-alt`
 * ou qu'une adresse (`cite`, `photo`) est refusée.
 */
export class LoosQuote extends LitElement {
  static override styles = [sharedStyles, quoteStyles];

  /** Qui parle : « Nadia Benali ». */
  @property() author?: string;

  /**
   * À quel titre : « habitante du quartier des Oliveaux », « adjoint au maire chargé des sports ».
   * Nommé `author-role` parce que `role` est l'attribut ARIA que tout élément a déjà.
   */
  @property({ attribute: 'author-role' }) authorRole?: string;

  /** Adresse d'une photo de la personne (carrée, 96 px au moins). */
  @property() photo?: string;

  /** Ce que montre la photo ; obligatoire avec `photo` (`photo-alt=""` si elle n'ajoute rien au nom). */
  @property({ attribute: 'photo-alt' }) photoAlt?: string;

  /** Adresse de la source (entretien, procès-verbal du conseil) : `<blockquote cite>` et un lien visible. */
  @property() cite?: string;

  /** Nom de la source : « Conseil municipal du 26 mars 2026 ». */
  @property() source?: string;

  private view: QuoteView = {};
  private attributeProblems: readonly InputProblem[] = [];
  private wordsMissing = false;
  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.checkWords();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || ['author', 'authorRole', 'photo', 'photoAlt', 'cite', 'source'].some((key) => changed.has(key as keyof LoosQuote))) {
      const result = readQuoteAttributes({
        author: this.author, role: this.authorRole, photo: this.photo, photoAlt: this.photoAlt, cite: this.cite, source: this.source,
      });
      this.view = result.view;
      this.attributeProblems = result.problems;
    }
    this.invalid.problems = this.wordsMissing ? [...this.attributeProblems, emptyQuoteProblem()] : this.attributeProblems;
  }

  protected override render() {
    const strings = publicationStrings[this.locale.value];
    const { author, role, photo, cite, source } = this.view;
    const sourceLine = cite !== undefined
      ? html`<span class="source"><a href=${cite}>${source ?? strings.seeSource}</a></span>`
      : source !== undefined ? html`<span class="source">${strings.source} ${source}</span>` : nothing;
    return html`<figure part="base" class=${photo === undefined ? '' : 'with-photo'}>
      ${photo === undefined ? nothing : html`<img part="photo" class="photo" src=${photo.src} alt=${photo.alt} width="96" height="96" loading="lazy" decoding="async" />`}
      <blockquote cite=${cite ?? nothing}><slot @slotchange=${this.checkWords}></slot></blockquote>
      <figcaption part="caption">
        ${author === undefined ? nothing : html`<span class="author">${author}</span>`}${role === undefined ? nothing : html`<span class="role">${role}</span>`}
        ${sourceLine}
      </figcaption>
    </figure>`;
  }

  /** Browser only (reads the children): the words are in the page, not in an attribute. */
  private readonly checkWords = (): void => {
    const missing = this.textContent.trim() === '';
    if (missing === this.wordsMissing) return;
    this.wordsMissing = missing;
    this.requestUpdate();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-quote': LoosQuote;
  }
}

defineElement('loos-quote', LoosQuote);
