import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { defineElement } from '../../lib/define.js';
import { readFieldAttributes, type FieldView } from '../../lib/forms/attributes.js';
import { controlsIn, describeBy, ensureId, visibleText, type FormControl } from '../../lib/forms/dom.js';
import { countMessage, validationMessage } from '../../lib/forms/validation.js';
import { problem, type InputProblem } from '../../lib/invalid.js';
import { formStrings } from '../../lib/strings/forms.js';
import { enhancerStyles } from '../../styles/enhancer.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { LightDomEnhancer } from '../light-dom-enhancer.js';

/** How long a person pauses typing before the count is said (the visible count follows every key). */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** Which error the field shows: none, the one the server wrote, or the browser's check in French. */
type Shown = 'none' | 'server' | 'client';

/**
 * One form field around a NATIVE control the page already has: its `<label>`, an optional hint
 * (`<p class="loos-field__hint">`), and one `<input>`, `<select>` or `<textarea>` — or a
 * `<fieldset>` with its `<legend>` holding radios, checkboxes or the three day/month/year fields.
 *
 * A light-DOM enhancer: the control stays in the page, so it is sent with the form, autofilled and
 * seen as it is by assistive technologies, with or without JavaScript (`forms.css` styles the same
 * markup either way). The element adds: the error message in French from the browser's own checks
 * (`required`, `type="email"`, `pattern`, `min`…), linked with `aria-describedby` and
 * `aria-invalid`; the hint linked the same way; the label tied to the control; and, with
 * `max-length`, a character count under the field, shown at each key and said politely once the
 * person pauses. What the person typed is never changed or cleared.
 *
 * @tagname loos-field
 * @summary Champ de formulaire : étiquette, aide, message d’erreur en français et décompte de caractères autour d’un contrôle natif.
 *
 * @slot - L'étiquette, l'aide et le contrôle natif (ou un `<fieldset>` avec sa légende).
 *
 * @fires loos-invalid - Quand `max-length` n'est pas un nombre entier positif, que `error` n'est pas un texte,
 * ou que le champ n'a pas de contrôle ou pas d'étiquette.
 */
export class LoosField extends LightDomEnhancer {
  // sharedStyles too, though the shadow root holds only a slot and live regions: loos-forms.js then
  // imports the same shared modules as the other CDN modules, and the shared chunk is not split
  // (a split added about 90 bytes to loos-ui.js, measured).
  static override styles = [sharedStyles, enhancerStyles];

  /** Nombre de caractères permis : un décompte s'affiche sous le champ ; au-delà, c'est une erreur, et le texte est gardé. */
  // Lit's default converter keeps the text as written (null once removed): the reader checks it.
  @property({ attribute: 'max-length' }) maxLength?: unknown;

  /**
   * Le message trouvé par le serveur à l'envoi (« Cette adresse e-mail est déjà inscrite »),
   * affiché comme erreur du champ jusqu'au prochain envoi. Le serveur peut aussi écrire le message
   * lui-même (`<p class="loos-field__error">`) : l'élément le reprend.
   */
  @property() error?: unknown;

  private view: FieldView = {};
  private shown: Shown = 'none';
  private serverMessage = '';
  private countElement?: HTMLElement;
  private errorElement?: HTMLElement;
  private setCustomValidity = false;
  /** Every id this element put in aria-describedby, so that one no longer shown is taken out. */
  private readonly managedIds = new Set<string>();
  private readonly announcer = new AnnouncerController(this);

  /** Le premier contrôle natif du champ : là où mène le lien d'un récapitulatif des erreurs. */
  get control(): FormControl | undefined {
    return controlsIn(this)[0];
  }

  /** L'erreur affichée en ce moment, dans la langue de la page ('' s'il n'y en a pas). */
  get errorMessage(): string {
    return this.message();
  }

  /** Checks the field with the browser's rules, shows the result and returns it ('' when valid). */
  validate(): string {
    this.shown = 'client';
    this.syncCount();
    this.sync();
    return this.message();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.onInvalid, true);
    this.addEventListener('input', this.onInput);
    this.addEventListener('change', this.onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.onInvalid, true);
    this.removeEventListener('input', this.onInput);
    this.removeEventListener('change', this.onChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('maxLength') || changed.has('error')) {
      const result = readFieldAttributes({ maxLength: this.maxLength, error: this.error });
      this.view = result.view;
      this.attributeProblems = result.problems;
      if (changed.has('error') && result.view.error !== undefined) {
        this.serverMessage = result.view.error;
        this.shown = 'server';
      }
    }
    super.willUpdate(changed);
  }

  protected override render() {
    return html`${super.render()}${this.announcer.regions()}`;
  }

  /** The message a server wrote is taken over; a field without control or label is reported. */
  protected override enhance(): InputProblem[] {
    this.adoptServerError();
    if (controlsIn(this).length === 0) return [problem('children', 'Le champ ne contient aucun contrôle (<input>, <select> ou <textarea>) : rien à vérifier.')];
    if (this.labelText() === '') return [problem('children', 'Le champ n’a pas d’étiquette : ajoutez un <label> (ou une <legend> dans un <fieldset>) qui dit ce qu’il faut saisir.')];
    return [];
  }

  /** Browser only: the light DOM follows the state (ids, messages, count) after each render. */
  protected override writeTexts(): void {
    this.syncCount();
    this.sync();
  }

  private readonly onInvalid = (event: Event): void => {
    // Our message replaces the browser's bubble, which speaks the browser's language, not the page's.
    event.preventDefault();
    this.shown = 'client';
    this.sync();
  };

  private readonly onInput = (): void => {
    if (this.view.maxLength === undefined) return;
    this.syncCount();
    if (this.shown === 'client') this.sync();
    this.announcer.announce(() => this.countElement?.textContent ?? '', 'polite', COUNT_ANNOUNCE_DELAY_MS);
  };

  /** Once an error is shown, it follows the answer as the person corrects it (on leaving the field). */
  private readonly onChange = (): void => {
    if (this.shown === 'client') this.sync();
  };

  /** A message the server wrote in the page becomes the field's own (kept, then replaced on resubmission). */
  private adoptServerError(): void {
    const written = this.enhancedPart('.loos-field__error');
    if (written === undefined) return;
    this.errorElement = written;
    ensureId(written, 'error');
    const text = visibleText(written);
    if (text !== '' && this.shown === 'none') {
      this.serverMessage = text;
      this.shown = 'server';
    }
  }

  private labelText(): string {
    const legend = this.querySelector('legend');
    if (legend !== null) return visibleText(legend);
    const control = this.control;
    const label = (control?.labels?.[0] ?? null) ?? this.querySelector('label');
    return visibleText(label);
  }

  private message(): string {
    if (this.shown === 'server') return this.serverMessage;
    if (this.shown === 'none') return '';
    const control = controlsIn(this).find((each) => !each.validity.valid);
    if (control === undefined) return '';
    return validationMessage(control.validity, {
      type: control.type,
      label: this.labelText(),
      ...(control instanceof HTMLSelectElement ? {} : lengthsOf(control)),
      ...(control instanceof HTMLInputElement ? { min: control.min, max: control.max } : {}),
      customMessage: control.validationMessage,
    }, this.locale.value);
  }

  /** The count under a field with `max-length`; over the limit the field is invalid, its text kept. */
  private syncCount(): void {
    const control = this.control;
    const limit = this.view.maxLength;
    if (control === undefined || limit === undefined || control instanceof HTMLSelectElement) {
      this.countElement?.remove();
      this.countElement = undefined;
      if (this.setCustomValidity) control?.setCustomValidity('');
      this.setCustomValidity = false;
      return;
    }
    this.countElement ??= this.adopt('p', 'loos-field__count', (count) => {
      ensureId(count, 'count');
      control.after(count);
    });
    const { text, over } = countMessage(control.value, limit, this.locale.value);
    this.countElement.textContent = text;
    this.countElement.classList.toggle('loos-field__count--over', over);
    control.setCustomValidity(over ? formStrings[this.locale.value].tooLong(this.labelText().replace(/\s*\*$/, ''), limit) : '');
    this.setCustomValidity = true;
  }

  /** Label, hint, error and count wired to the control (or the fieldset), as the state says. */
  private sync(): void {
    const controls = controlsIn(this);
    const first = controls[0];
    if (first === undefined) return;
    const fieldset = this.querySelector('fieldset');
    const described: Element = fieldset ?? first;
    const label = this.querySelector('label');
    if (fieldset === null && label !== null && !label.hasAttribute('for')) label.htmlFor = ensureId(first, 'control');
    const hint = this.querySelector('.loos-field__hint');
    const message = this.message();
    const strings = formStrings[this.locale.value];
    if (message !== '') {
      const error = this.errorElement ?? this.adopt('p', 'loos-field__error', (part) => {
        placeError(part, first, fieldset, hint);
      });
      const prefix = document.createElement('span');
      prefix.className = 'loos-visually-hidden';
      prefix.textContent = `${strings.errorPrefix} `;
      error.replaceChildren(prefix, message);
      this.errorElement = error;
    } else {
      this.errorElement?.remove();
      this.errorElement = undefined;
    }
    this.classList.toggle('loos-field--error', message !== '');
    for (const control of controls) {
      if (message !== '' && (fieldset === null || !control.validity.valid)) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    const ours = [hint, this.errorElement, this.countElement].filter((each) => each != null).map((each) => ensureId(each, 'describe'));
    for (const id of ours) this.managedIds.add(id);
    describeBy(described, [...this.managedIds], ours);
  }
}

function lengthsOf(control: HTMLInputElement | HTMLTextAreaElement): { minLength?: number; maxLength?: number } {
  return {
    ...(control.minLength >= 0 ? { minLength: control.minLength } : {}),
    ...(control.maxLength >= 0 ? { maxLength: control.maxLength } : {}),
  };
}

/** GOV.UK's order: label, hint, error, control (in a fieldset: legend, hint, error, choices). */
function placeError(error: HTMLElement, first: FormControl, fieldset: HTMLFieldSetElement | null, hint: Element | null): void {
  if (fieldset === null) {
    first.before(error);
    return;
  }
  const after = hint ?? fieldset.querySelector('legend');
  if (after === null) fieldset.prepend(error);
  else after.after(error);
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-field': LoosField;
  }
}

defineElement('loos-field', LoosField);
