import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isoDay } from '../../lib/dates.js';
import { headingLevelProperty } from '../../lib/attributes.js';
import { defineElement } from '../../lib/define.js';
import { formatLongDate } from '../../lib/format.js';
import { readHeadingLevel, type HeadingLevel } from '../../lib/heading-level.js';
import { headingTemplate } from '../../lib/heading-template.js';
import type { InputProblem } from '../../lib/invalid.js';
import { readJsonChild } from '../../lib/services/fields.js';
import { procedureFromHtml, readProcedure, type Procedure } from '../../lib/services/procedure.js';
import { procedureStrings } from '../../lib/strings/services.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { procedureStyles } from './procedure.styles.js';

/**
 * One démarche, explained from start to finish: its title (a verb first, « Déclarer une
 * naissance »), who it is for, what you need (each document with a note), the cost, the delay,
 * the numbered steps, the online way — a primary link « Faire la démarche en ligne » with the
 * service's name and whether an account is needed — **and** the other ways (at the town hall,
 * by post, with a `<loos-contact-card slot="contact">`), so that nobody is left out; « Mis à jour
 * le … » and related démarches.
 *
 * Write the démarche as HTML inside the element, marked with `data-` attributes (`data-documents`,
 * `data-steps`, `data-online`… see docs/services.md): the page reads well without JavaScript.
 * Or give it as the `procedure` property or a `<script type="application/json">` child.
 *
 * @tagname loos-procedure
 * @summary Une démarche expliquée : pour qui, pièces, coût, délai, étapes, en ligne et autrement, date de mise à jour.
 *
 * @slot contact - Une `<loos-contact-card>` du service où faire la démarche sur place.
 *
 * @csspart title - Le titre de la démarche.
 * @csspart facts - Coût et délai.
 * @csspart documents - La liste des pièces.
 * @csspart steps - Les étapes numérotées.
 * @csspart online - La démarche en ligne, avec son lien principal.
 * @csspart online-link - Le lien « Faire la démarche en ligne ».
 * @csspart other-ways - Les autres façons de faire la démarche.
 * @csspart updated - « Mis à jour le … ».
 * @csspart related - Les démarches liées.
 *
 * @cssprop --loos-procedure-online-background - Fond du bloc de la démarche en ligne (par défaut : la surface en retrait).
 *
 * @fires loos-invalid - Quand un champ ne peut pas être utilisé (titre, liens, dates, listes…).
 */
export class LoosProcedure extends LitElement {
  static override styles = [sharedStyles, procedureStyles];

  /** La démarche en objet (`{ title, audience, documents, cost, delay, steps, online, otherWays, updated, related }`). Propriété seulement, sans attribut. */
  @property({ attribute: false }) procedure?: unknown;
  /** Niveau du titre dans le plan de la page (de 2 à 6) ; ses sections prennent le niveau suivant. Attribut : `heading-level`. */
  @property(headingLevelProperty) headingLevel?: string | number;

  /** Whether a contact card is given for the in-person way (read when connected: server-safe render). */
  @state() private hasContact = false;
  private view!: Procedure;
  private level: HeadingLevel = 2;
  private childProblems: InputProblem[] = [];
  private fromPage?: unknown;
  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasContact = this.querySelector(':scope > [slot="contact"]') !== null;
    if (this.hasUpdated) return;
    const json = readJsonChild(this);
    this.fromPage = json.data ?? procedureFromHtml(this);
    this.childProblems = json.problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && !changed.has('procedure') && !changed.has('headingLevel')) return;
    const { procedure, problems } = readProcedure(this.procedure ?? this.fromPage ?? {});
    const heading = readHeadingLevel(this.headingLevel, 2);
    this.view = procedure;
    this.level = heading.level;
    this.invalid.problems = [...this.childProblems, ...problems, ...heading.problems];
  }

  /** A section with its heading one level below the title. */
  private section(id: string, title: string, content: TemplateResult): TemplateResult {
    const level = Math.min(this.level + 1, 6) as HeadingLevel;
    return html`<section part=${id} aria-labelledby=${`${id}-heading`}>${headingTemplate(level, title, { id: `${id}-heading` })}${content}</section>`;
  }

  protected override render() {
    const strings = procedureStrings[this.locale.value];
    const { title, audience, documents, cost, delay, steps, online, otherWays, updated, related } = this.view;
    return html`<article aria-labelledby=${title === undefined ? nothing : 'title'}>
      ${title === undefined ? nothing : headingTemplate(this.level, title, { id: 'title', part: 'title' })}
      ${audience === undefined ? nothing : this.section('audience', strings.audience, html`<p>${audience}</p>`)}
      ${cost === undefined && delay === undefined
        ? nothing
        : html`<dl part="facts">
            ${cost === undefined ? nothing : html`<div><dt>${strings.cost}</dt><dd>${cost}</dd></div>`}
            ${delay === undefined ? nothing : html`<div><dt>${strings.delay}</dt><dd>${delay}</dd></div>`}
          </dl>`}
      ${documents.length === 0
        ? nothing
        : this.section(
            'documents',
            strings.documents,
            html`<ul>${documents.map((item) => html`<li><span class="label">${item.label}</span>${item.note === undefined ? nothing : html` <span class="note">${item.note}</span>`}</li>`)}</ul>`,
          )}
      ${steps.length === 0 ? nothing : this.section('steps', strings.steps, html`<ol>${steps.map((step) => html`<li>${step}</li>`)}</ol>`)}
      ${online === undefined
        ? nothing
        : this.section(
            'online',
            strings.online,
            html`<p><a part="online-link" href=${online.href}>${strings.onlineAction}${online.service === undefined ? nothing : html` <span class="service">${strings.onService(online.service)}</span>`}</a></p>
              ${online.account === undefined ? nothing : html`<p>${online.account === false ? strings.noAccount : strings.accountNeeded(online.account)}</p>`}`,
          )}
      ${otherWays.length === 0 && !this.hasContact
        ? nothing
        : this.section('other-ways', strings.otherWays, html`${otherWays.length === 0 ? nothing : html`<ul>${otherWays.map((way) => html`<li>${way}</li>`)}</ul>`}<slot name="contact"></slot>`)}
      ${related.length === 0 ? nothing : this.section('related', strings.related, html`<ul>${related.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}</ul>`)}
      ${updated === undefined
        ? nothing
        : html`<p part="updated"><time datetime=${isoDay(updated)}>${strings.updated(formatLongDate(updated, this.locale.value))}</time></p>`}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-procedure': LoosProcedure;
  }
}

defineElement('loos-procedure', LoosProcedure);
