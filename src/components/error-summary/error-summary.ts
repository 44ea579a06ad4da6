import { defineElement } from '../../lib/define.js';
import { controlsIn, ensureId, visibleText, type FormControl } from '../../lib/forms/dom.js';
import { validationMessage } from '../../lib/forms/validation.js';
import { problem, type InputProblem } from '../../lib/invalid.js';
import { formStrings } from '../../lib/strings/forms.js';
import type { LoosField } from '../field/field.js';
import { LightDomEnhancer } from '../light-dom-enhancer.js';

/** One line of the summary: the message, and the id of the control it leads to. */
export interface FormError {
  readonly id: string;
  readonly message: string;
}

/**
 * The error summary at the top of a form: « Il y a 2 erreurs », then one link per field in error,
 * which moves the focus to that field. Placed inside the `<form>`, it takes over the browser's
 * checks on submission: the browser still decides what is wrong (`required`, `type="email"`…),
 * each `<loos-field>` shows its message in French next to the field, the summary lists them and
 * takes the focus, and nothing is sent. When every field is right, the form is sent as usual.
 *
 * A light-DOM enhancer: the list is plain HTML in the page. A server that checked a form sent
 * without JavaScript writes the same markup (a `<ul class="loos-error-summary__list">` of links
 * to the fields' ids, see docs/forms.md) and the element focuses it on load, titles it in the
 * page's language and moves the focus to the field of a link followed.
 *
 * @tagname loos-error-summary
 * @summary Récapitulatif des erreurs d’un formulaire : « Il y a 2 erreurs », un lien vers chaque champ, le focus à l’envoi.
 *
 * @slot - Le titre et la liste des liens (écrits par le serveur, ou par l'élément à l'envoi).
 *
 * @fires loos-invalid - Quand l'élément n'est pas dans un `<form>`.
 */
export class LoosErrorSummary extends LightDomEnhancer {
  private form?: HTMLFormElement;

  /**
   * Checks every field of the form, shows the summary and returns its lines (empty when the form
   * can be sent). A page that checks more on its own (an address on a map) calls `show()` instead.
   */
  validate(): FormError[] {
    const form = this.form;
    if (form === undefined) return [];
    const errors: FormError[] = [];
    const inFields = new Set<FormControl>();
    for (const field of form.querySelectorAll<LoosField>('loos-field')) {
      for (const control of controlsIn(field)) inFields.add(control);
      const message = typeof field.validate === 'function' ? field.validate() : '';
      const control = field.control;
      if (message !== '' && control !== undefined) errors.push({ id: ensureId(control, 'control'), message });
    }
    for (const control of controlsIn(form)) {
      if (inFields.has(control) || control.checkValidity()) continue;
      const label = visibleText(control.labels?.[0]);
      const message = validationMessage(control.validity, { type: control.type, label, customMessage: control.validationMessage }, this.locale.value);
      errors.push({ id: ensureId(control, 'control'), message });
    }
    this.show(errors);
    return errors;
  }

  /** Shows these errors (none empties the summary); the focus moves to it when there are some. */
  show(errors: readonly FormError[]): void {
    const list = document.createElement('ul');
    list.className = 'loos-error-summary__list';
    for (const error of errors) {
      const link = document.createElement('a');
      link.href = `#${error.id}`;
      link.textContent = error.message;
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    this.replaceChildren(...(errors.length > 0 ? [list] : []));
    this.syncTitle();
    if (errors.length > 0) this.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.form = this.closest('form') ?? undefined;
    if (this.form !== undefined) {
      // The browser's own bubbles speak its language and vanish: the summary and the fields say it instead.
      this.form.noValidate = true;
      this.form.addEventListener('submit', this.onSubmit);
    }
    this.addEventListener('click', this.onClick);
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
    if (!this.hasAttribute('role')) this.setAttribute('role', 'group');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.form?.removeEventListener('submit', this.onSubmit);
    this.removeEventListener('click', this.onClick);
  }

  /** A summary the server wrote (the form came back with errors) is the first thing read on the page. */
  protected override enhance(): InputProblem[] {
    if (this.links().length > 0) this.focus();
    return this.form === undefined
      ? [problem('form', 'Le récapitulatif des erreurs doit être placé dans le <form> qu’il résume : il ne vérifie rien ailleurs.')]
      : [];
  }

  protected override writeTexts(): void {
    this.syncTitle();
  }

  private links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('li a[href^="#"]')];
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    if (this.validate().length > 0) event.preventDefault();
  };

  /** Following a link puts the focus in the field, its label or legend in view (GOV.UK's behaviour). */
  private readonly onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const id = link?.getAttribute('href')?.slice(1);
    if (id === undefined || id === '') return;
    const target = document.getElementById(decodeURIComponent(id));
    if (target === null) return;
    event.preventDefault();
    const legend = target.closest('fieldset')?.querySelector('legend');
    const label = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement ? target.labels?.[0] : undefined;
    (legend ?? label ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  /** The title counts the links, in the page's language: the server need not write it. */
  private syncTitle(): void {
    const count = this.links().length;
    if (count === 0) {
      this.enhancedPart('.loos-error-summary__title')?.remove();
      this.removeAttribute('aria-labelledby');
      return;
    }
    // The server may title it with another heading level: any tag is kept.
    const title = this.enhancedPart('.loos-error-summary__title') ?? this.adopt('h2', 'loos-error-summary__title', (part) => {
      this.prepend(part);
    });
    title.textContent = formStrings[this.locale.value].errorCount(count);
    this.setAttribute('aria-labelledby', ensureId(title, 'summary-title'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-error-summary': LoosErrorSummary;
  }
}

defineElement('loos-error-summary', LoosErrorSummary);
