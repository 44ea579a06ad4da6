import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { InvalidController } from '../../controllers/invalid.js';
import { LocaleController } from '../../controllers/locale.js';
import { headingLevelProperty } from '../../lib/attributes.js';
import { defineElement } from '../../lib/define.js';
import { readHeadingLevel, type HeadingLevel } from '../../lib/heading-level.js';
import { propertyText } from '../../lib/property-values.js';
import { readActAttributes } from '../../lib/publications/act-fields.js';
import type { InputProblem } from '../../lib/invalid.js';
import type { OfficialAct } from '../../lib/publications/acts.js';
import { actStrings } from '../../lib/strings/acts.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { renderAct, renderAppeal } from './act-template.js';
import { actStyles } from './act.styles.js';

/**
 * One official act (arrêté, délibération, décision) published online: its type and number, title,
 * dates of signature, transmission to the prefecture and putting online (French dates), theme, the
 * link to the full document with its format and size (« PDF, 240 Ko »), and the notice on appeal
 * routes. Inside `<loos-act-list>`, the list reads each `<loos-act>` written in its `<ul>`.
 *
 * A shadow-DOM component. Write the title as a link to the document inside the element: a resident
 * without JavaScript reads and follows it; once defined, the element shows the whole act.
 *
 * @tagname loos-act
 * @summary Un acte administratif publié en ligne : type, numéro, titre, dates, document, voies de recours.
 *
 * @slot - The link to the document, its text the title (read by the element, shown without JavaScript).
 *
 * @csspart act - The act.
 * @csspart document - The link to the document.
 * @csspart appeal - The notice on appeal routes.
 *
 * @cssprop --loos-act-padding - Space inside the act (default: medium space).
 *
 * @fires loos-invalid - When a field is missing or unreadable (type, number, title, dates, document address).
 */
export class LoosAct extends LitElement {
  static override styles = [sharedStyles, actStyles];

  /** `Arrêté`, `Délibération` or `Décision` (capitals and accents optional). */
  @property() type?: string;
  /** The act's number: `2026-014`. */
  @property() number?: string;
  /** The title; the text of the link inside the element when absent. */
  @property({ attribute: 'act-title' }) actTitle?: string;
  /** Signature date, `YYYY-MM-DD`. */
  @property() signed?: string;
  /** Date put online, `YYYY-MM-DD`. */
  @property() published?: string;
  /** Date sent to the prefecture, `YYYY-MM-DD` (optional). */
  @property() transmitted?: string;
  /** Theme: `Voirie et circulation`… */
  @property() category?: string;
  /** Address of the full document; the link inside the element's when absent. */
  @property() document?: string;
  /** Document format: `PDF`. */
  @property() format?: string;
  /** Document size in bytes: `245760` (shown « 246 Ko »). */
  @property() size?: string;
  /** Notice on appeal routes; the usual one (administrative court of Lille, two months) when absent. */
  @property({ attribute: 'appeal-text' }) appealText?: string;
  /** Level of the act's title (2 to 6; default 2). */
  @property(headingLevelProperty) headingLevel?: string | number;

  private act?: OfficialAct;
  private appeal?: string;
  private level: HeadingLevel = 2;
  private link: { text?: string; href?: string | null } = {};
  private readonly locale = new LocaleController(this);
  private readonly invalid = new InvalidController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // The link the author wrote inside: the title and the document when the attributes lack them.
    const link = this.querySelector('a[href]');
    this.link = { text: (link ?? this).textContent.replace(/\s+/g, ' ').trim(), href: link?.getAttribute('href') };
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    const read = readActAttributes({
      type: this.type,
      number: this.number,
      actTitle: this.actTitle,
      signed: this.signed,
      published: this.published,
      transmitted: this.transmitted,
      category: this.category,
      document: this.document,
      format: this.format,
      size: this.size,
      linkText: this.link.text,
      linkHref: this.link.href,
    });
    const heading = readHeadingLevel(this.headingLevel, 2);
    // Set from script, the notice may be of any type: only text is shown.
    const appealProblems: InputProblem[] = [];
    this.appeal = propertyText(this.appealText, 'appeal-text', appealProblems);
    this.act = read.act;
    this.level = heading.level;
    this.invalid.problems = [...read.problems, ...heading.problems, ...appealProblems];
  }

  protected override render() {
    const locale = this.locale.value;
    if (this.act === undefined) return html`<p class="act" part="act">${actStrings[locale].unavailable}</p>`;
    return html`${renderAct(this.act, locale, this.level)}${renderAppeal(this.appeal, locale)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-act': LoosAct;
  }
}

defineElement('loos-act', LoosAct);
