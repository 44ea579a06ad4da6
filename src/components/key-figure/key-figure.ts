import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CHANGE_ARROWS } from '../../lib/budget/change.js';
import { keyFigureModel, type KeyFigureModel } from '../../lib/budget/key-figure.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { OnDemandController } from '../../controllers/on-demand.js';
import { defineElement } from '../../lib/define.js';
import type { InputProblem } from '../../lib/invalid.js';
import { propertyText } from '../../lib/property-values.js';
import { figureStrings } from '../../lib/strings/budget-figure.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { keyFigureStyles } from './key-figure.styles.js';

/**
 * One figure that matters, as people can read it: « 28,4 M€ » on screen, « 28,4 millions d'euros »
 * for screen readers, with its label, period, change from last time (arrow, % and words) and source.
 *
 * Write the figure as text in the page, so that it reads before and without JavaScript:
 * `<loos-key-figure>28,4 M€ <span slot="label">Dépenses de fonctionnement</span></loos-key-figure>`.
 * The element reads its value and unit from that text when `value` is absent, and shows the slotted
 * label, period and source in place of the attributes of the same name.
 *
 * @tagname loos-key-figure
 * @summary Chiffre clé : une valeur, son unité, son évolution et sa source, lisible par tous.
 *
 * @slot label - Ce que compte le chiffre (à la place de l'attribut `label`).
 * @slot period - La période (à la place de `period`).
 * @slot source - D'où vient le chiffre (à la place de `source`).
 *
 * @csspart base - Le bloc autour du chiffre.
 * @csspart value - Le chiffre lui-même.
 *
 * @cssprop --loos-key-figure-background - Fond (par défaut : la surface surélevée).
 * @cssprop --loos-key-figure-value-colour - Couleur du chiffre (par défaut : la couleur des titres).
 *
 * @fires loos-invalid - Quand `value` ou `previous` n'est pas un nombre.
 */
export class LoosKeyFigure extends LitElement {
  static override styles = [sharedStyles, keyFigureStyles];

  /** Le nombre : `28400000`, `28,4` ou `12.5`. */
  @property() value?: string;

  /** `EUR`, `%`, un nom au pluriel pour un décompte (`habitants`, `repas`) ou toute unité courte. */
  @property() unit = '';

  /** Ce que compte le chiffre : « Dépenses de fonctionnement ». */
  @property() label = '';

  /** La période : « en 2026 », « budget primitif 2026 ». */
  @property() period?: string;

  /** Valeur précédente, pour montrer l'évolution en % et en mots. */
  @property() previous?: string;

  /** La période de `previous` : « 2025 » (par défaut : « l'an dernier »). */
  @property({ attribute: 'previous-period' }) previousPeriod?: string;

  /** D'où vient le chiffre (délibération du conseil, Insee…). */
  @property() source?: string;

  private model: KeyFigureModel = { compact: '', full: '' };
  private modelProblems: readonly InputProblem[] = [];
  private texts: { label: string; period?: string | undefined; previousPeriod?: string | undefined; source?: string | undefined } = { label: '' };
  /** The locale the model was written in: a change of `lang` writes it again. */
  private modelLocale?: string;
  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);
  /** The lines written in the page as slotted children (`slot="label"`…), read on connection. */
  private slotted = new Set<string>();
  /**
   * The reader of a figure written as text (`<loos-key-figure>28,4 M€ …`), loaded only then:
   * meanwhile the value line shows that text as the page wrote it.
   */
  private readonly textReader = new OnDemandController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.slotted = new Set([...this.children].map((child) => child.getAttribute('slot') ?? '').filter((name) => name !== ''));
    if (this.value === undefined && !this.textReader.pending) {
      // The figure written as the element's own text (not its slotted lines).
      const text = [...this.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && !node.hasAttribute('slot'))).map((node) => node.textContent ?? '').join(' ');
      if (text.trim() !== '') {
        this.textReader.load(import('../../lib/budget/figure-text.js'), (reader) => {
          this.readText(reader.figureFromText(text), text);
        });
      }
    }
  }

  /** The figure read from the page's text; the author's own `value` and `unit`, when set meanwhile, win. */
  private readText(figure: { readonly value: number; readonly unit: string } | undefined, text: string): void {
    if (this.value !== undefined) return;
    this.value = figure === undefined ? text.trim() : String(figure.value);
    if (figure !== undefined && this.unit === '') this.unit = figure.unit;
  }

  /** The reader is on its way, or could not come (offline): the page's own text stands for the figure. */
  private get waitingForText(): boolean {
    return this.textReader.pending || (this.textReader.failed && this.value === undefined);
  }

  /** A server-rendered figure keeps the server's markup until the reader is here to render the same. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && this.hasAttribute('data-loos-ssr')) await this.textReader.settled();
    await super.scheduleUpdate();
  }

  /** Resolves once the figure written as text is read and rendered, too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.textReader.pending) {
      await this.textReader.settled();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * A line from its slot when the page wrote it, else from the attribute (the slot's fallback).
   * One template either way, so that a server rendering (which sees attributes only:
   * `renderHtml` copies the slotted texts into them) hydrates without a mismatch.
   */
  private line(name: 'label' | 'period' | 'source', attribute: string | undefined, prefix = '') {
    const given = attribute !== undefined && attribute !== '';
    return given || this.slotted.has(name) ? html`<p class=${name}>${prefix}<slot name=${name}>${given ? attribute : nothing}</slot></p>` : nothing;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.waitingForText) {
      // Nothing to report about a value not read yet; read it (and the rest) once it is.
      this.modelProblems = [];
      this.modelLocale = undefined;
    }
    else if (changed.has('value') || changed.has('unit') || changed.has('previous') || this.modelLocale !== this.locale.value) {
      const result = keyFigureModel({ value: this.value, unit: this.unit, previous: this.previous }, this.locale.value);
      this.model = result.model;
      this.modelLocale = this.locale.value;
      this.modelProblems = result.problems;
    }
    // Texts set from script may be of any type: the obvious forms are taken, the rest reported.
    const problems: InputProblem[] = [];
    this.texts = {
      label: propertyText(this.label, 'label', problems) ?? '',
      period: propertyText(this.period, 'period', problems),
      previousPeriod: propertyText(this.previousPeriod, 'previous-period', problems),
      source: propertyText(this.source, 'source', problems),
    };
    this.invalid.problems = [...this.modelProblems, ...problems];
  }

  protected override render() {
    const strings = figureStrings[this.locale.value];
    const { compact, full, change } = this.model;
    const { label, period, previousPeriod, source } = this.texts;
    const since = strings.figureSince(previousPeriod ?? strings.lastYear);
    return html`<div class="figure" part="base">
      ${this.waitingForText
        ? html`<p class="value" part="value"><slot></slot></p>`
        : compact === ''
        ? html`<p class="value problem" part="value">${strings.figureUnavailable}</p>`
        : html`<p class="value" part="value"><span aria-hidden="true">${compact}</span><span class="visually-hidden">${full}</span></p>`}
      ${this.line('label', label === '' ? undefined : label)} ${this.line('period', period)}
      ${change === undefined
        ? nothing
        : html`<p class="change ${change.direction}">
            <span aria-hidden="true">${CHANGE_ARROWS[change.direction]}</span>
            ${change.words} ${since}
          </p>`}
      ${this.line('source', source, `${strings.source} `)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-key-figure': LoosKeyFigure;
  }
}

defineElement('loos-key-figure', LoosKeyFigure);
