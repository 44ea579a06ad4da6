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
 * @slot - Le lien vers le document, dont le texte est le titre (lu par l'élément, affiché sans JavaScript).
 *
 * @csspart act - L'acte.
 * @csspart document - Le lien vers le document.
 * @csspart appeal - La mention des voies de recours.
 *
 * @cssprop --loos-act-padding - Marge intérieure de l'acte (par défaut : l'espacement moyen).
 *
 * @fires loos-invalid - Quand un champ manque ou ne peut pas être lu (type, numéro, titre, dates, adresse du document).
 */
export class LoosAct extends LitElement {
  static override styles = [sharedStyles, actStyles];

  /** `Arrêté`, `Délibération` ou `Décision` (majuscules et accents facultatifs). */
  @property() type?: string;
  /** Numéro de l'acte : `2026-014`. */
  @property() number?: string;
  /** Titre ; celui du lien écrit dans l'élément si absent. */
  @property({ attribute: 'act-title' }) actTitle?: string;
  /** Date de signature, `AAAA-MM-JJ`. */
  @property() signed?: string;
  /** Date de mise en ligne, `AAAA-MM-JJ`. */
  @property() published?: string;
  /** Date de transmission à la préfecture, `AAAA-MM-JJ` (facultative). */
  @property() transmitted?: string;
  /** Thème : `Voirie et circulation`… */
  @property() category?: string;
  /** Adresse du document complet ; celle du lien écrit dans l'élément si absente. */
  @property() document?: string;
  /** Format du document : `PDF`. */
  @property() format?: string;
  /** Taille du document en octets : `245760` (affichée « 246 Ko »). */
  @property() size?: string;
  /** Mention des voies de recours ; la mention habituelle (tribunal administratif de Lille, deux mois) si absente. */
  @property({ attribute: 'appeal-text' }) appealText?: string;
  /** Niveau du titre de l'acte (de 2 à 6 ; 2 par défaut). */
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
