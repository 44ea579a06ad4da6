import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { LoosSubscribeEvent } from '../../events/subscribe.js';
import { defineElement } from '../../lib/define.js';
import { problem, type InputProblem } from '../../lib/invalid.js';
import type { Clock } from '../../lib/notices/clock.js';
import {
  checkSignupAction,
  formValues,
  outcomeOfStatus,
  SIGNUP_TIMEOUT_MS,
  readSignupEncoding,
  signupBody,
  type SignupEncoding,
  type SignupOutcome,
} from '../../lib/publications/newsletter.js';
import { newsletterStrings } from '../../lib/strings/newsletter.js';
import '../error-summary/error-summary.js';
import '../field/field.js';
import { LightDomEnhancer } from '../light-dom-enhancer.js';

/** Where the sign-up stands: nothing sent yet, on its way, or what became of it. */
type SignupStatus = 'idle' | 'sending' | SignupOutcome;

/**
 * The newsletter sign-up (« Lettre d'information ») around a plain form the page writes: an e-mail
 * field in a `<loos-field>`, the required-fields sentence, the consent text with its link to the
 * personal-data page, and a real submit button. Without JavaScript the form is posted as it is.
 *
 * With it, the element checks the address in French (the field's message, the error summary
 * focused), then fires a cancelable `loos-subscribe` event. When no listener cancels it, the
 * element posts the form's values to the form's `action` (form-encoded, or JSON with
 * `encoding="json"`); a page that sends the sign-up itself calls `event.respondWith(promise)`.
 * The outcome is written under the button and said once in a live region; the address typed stays
 * in the field whatever happens; a second submission while one is on its way is ignored.
 *
 * A light-DOM enhancer: the form stays the page's (autofill, password managers, assistive
 * technologies see it as written), styled by `forms.css`.
 *
 * @tagname loos-newsletter-signup
 * @summary Inscription à la lettre d’information : formulaire simple, vérification en français, envoi sans rechargement, résultat annoncé.
 *
 * @slot - Le `<form method="post" action="…">` avec son `<loos-error-summary>`, son champ d’adresse électronique dans un `<loos-field>`, le texte de consentement et le bouton d’envoi.
 *
 * @fires loos-subscribe - Quand un formulaire valide est envoyé, avant que rien ne quitte la page (annulable : la page envoie alors elle-même l’inscription).
 * @fires loos-invalid - Quand il manque le formulaire, son champ d’adresse, son bouton ou son lien de consentement, que le champ n’est pas dans un `<loos-field>`, que `encoding` est inconnu ou que `action` est refusée.
 */
export class LoosNewsletterSignup extends LightDomEnhancer {
  /** Comment les valeurs sont envoyées à `action` : `form` (comme un formulaire ordinaire, par défaut) ou `json`. */
  @property() encoding?: unknown;

  /** La fonction `fetch` qui envoie l’inscription (pour les tests, ou une page qui a la sienne) ; celle du navigateur par défaut. */
  @property({ attribute: false }) fetcher?: typeof globalThis.fetch;

  /** La source de l’heure pour le délai d’attente (pour les tests) ; l’horloge réelle par défaut. */
  @property({ attribute: false }) clock?: Clock;

  @state() private status: SignupStatus = 'idle';

  private readonly announcer = new AnnouncerController(this);
  private form?: HTMLFormElement;
  private email?: HTMLInputElement;
  private button?: HTMLElement;
  private statusElement?: HTMLElement;
  /** The `action` as the page wrote it, read before unsafe addresses are taken out. */
  private writtenAction: string | null = null;
  private target: { ok: true; url: string } | { ok: false } = { ok: false };
  private sentEncoding: SignupEncoding = 'form';
  private request?: AbortController;
  /** The address the last sign-up was for, named in the success message. */
  private sentEmail = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.writtenAction = this.querySelector('form')?.getAttribute('action') ?? null;
    this.addEventListener('submit', this.onSubmit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.onSubmit);
    this.request?.abort();
  }

  protected override render() {
    return html`<slot></slot>${this.announcer.regions()}`;
  }

  protected override enhance(): InputProblem[] {
    const problems: InputProblem[] = [];
    const form = this.querySelector('form');
    if (form === null) {
      return [problem('children', 'L’inscription doit contenir un <form method="post" action="…"> : sans lui, rien ne peut être envoyé.')];
    }
    this.form = form;
    this.email = form.querySelector<HTMLInputElement>('input[type="email"]') ?? undefined;
    this.button = form.querySelector<HTMLElement>('button:not([type]), button[type="submit"], input[type="submit"]') ?? undefined;
    if (this.email === undefined) problems.push(problem('children', 'Le formulaire n’a pas de champ <input type="email"> : ajoutez-le, avec son étiquette et autocomplete="email".'));
    else if (this.email.closest('loos-field') === null) problems.push(problem('children', 'Le champ e-mail doit être dans un <loos-field> : son message d’erreur s’affiche alors à côté de lui.'));
    if (this.button === undefined) problems.push(problem('children', 'Le formulaire n’a pas de bouton d’envoi (<button>) : une personne ne peut pas s’inscrire.'));
    if (form.querySelector('a[href]') === null) problems.push(problem('children', 'Le texte de consentement doit contenir un lien vers la page « Données personnelles » : une personne doit savoir ce que devient son adresse.'));
    // Without a summary of its own, the form gets one: it checks the field and takes the focus.
    if (form.querySelector('loos-error-summary') === null) form.prepend(document.createElement('loos-error-summary'));
    // An address disarmed by the base class (javascript:, data:…) is already reported: refused, once.
    const disarmed = this.writtenAction !== null && !form.hasAttribute('action');
    const checked = checkSignupAction(form.getAttribute('action'), location.href);
    this.target = disarmed || !checked.ok ? { ok: false } : checked;
    if (!disarmed && !checked.ok) problems.push(checked.problem);
    return problems;
  }

  /** The `encoding` is an attribute: read on each update and reported with the markup's problems. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const { encoding, problems } = readSignupEncoding(this.encoding);
    this.sentEncoding = encoding;
    this.attributeProblems = problems;
    super.willUpdate(changed);
  }

  /** The sentence under the button follows the status, in the page's language. */
  protected override writeTexts(): void {
    const text = this.statusText();
    if (text === '' || this.form === undefined) {
      this.statusElement?.remove();
      this.statusElement = undefined;
      return;
    }
    if (this.statusElement === undefined) {
      this.statusElement = document.createElement('p');
      (this.button ?? this.form.lastElementChild ?? this.form).after(this.statusElement);
    }
    this.statusElement.className = `loos-newsletter__status loos-newsletter__status--${this.status}`;
    this.statusElement.textContent = text;
  }

  private statusText(): string {
    const strings = newsletterStrings[this.locale.value];
    switch (this.status) {
      case 'idle':
        return '';
      case 'success':
        return strings.success(this.sentEmail);
      case 'sending':
        return strings.sending;
      default:
        return strings[this.status];
    }
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    const form = this.form;
    if (form === undefined || event.target !== form) return;
    if (this.status === 'sending') {
      // One sign-up at a time: a second press (or Enter) while the first is on its way does nothing.
      event.preventDefault();
      return;
    }
    // The error summary found a mistake (it has the focus now), or the page handled the submission.
    if (event.defaultPrevented) return;
    event.preventDefault();
    void this.send(form, event.submitter);
  };

  private async send(form: HTMLFormElement, submitter: HTMLElement | null): Promise<void> {
    const values = formValues(readForm(form, submitter));
    const email = this.email?.value.trim() ?? '';
    const subscribe = new LoosSubscribeEvent({ email, values });
    this.dispatchEvent(subscribe);
    let outcome: Promise<SignupOutcome>;
    if (subscribe.defaultPrevented) {
      // The page sends it; without a promise to follow, it also says the result itself.
      if (subscribe.outcome === undefined) return;
      outcome = subscribe.outcome.then(() => 'success' as const, () => 'unavailable' as const);
    } else {
      outcome = this.target.ok ? this.post(this.target.url, values) : Promise.resolve('unavailable');
    }
    this.sentEmail = email;
    this.setStatus('sending');
    const result = await outcome;
    if (!this.isConnected) return;
    this.setStatus(result);
    this.announcer.announce(this.statusText(), result === 'success' ? 'polite' : 'assertive');
  }

  private async post(url: string, values: Record<string, string | string[]>): Promise<SignupOutcome> {
    const request = new AbortController();
    this.request = request;
    // The real timers by default (the notices' system clock is not imported: its module would be
    // split out of loos-ui.js into a chunk of its own, measured 101 B more there).
    const clock = this.clock ?? { setTimeout: (run: () => void, delay: number) => setTimeout(run, delay), clearTimeout: (handle: unknown) => { clearTimeout(handle as number); } };
    // An object, so that the type checker sees the timer's change.
    const waited = { tooLong: false };
    const timer = clock.setTimeout(() => {
      waited.tooLong = true;
      request.abort();
    }, SIGNUP_TIMEOUT_MS);
    const { body, contentType } = signupBody(values, this.sentEncoding);
    try {
      const response = await (this.fetcher ?? globalThis.fetch)(url, {
        method: 'POST',
        body,
        headers: { 'Content-Type': contentType, Accept: 'application/json, text/html;q=0.9' },
        credentials: 'same-origin',
        signal: request.signal,
      });
      return outcomeOfStatus(response.status);
    } catch {
      return waited.tooLong ? 'timeout' : 'unavailable';
    } finally {
      clock.clearTimeout(timer);
    }
  }

  /** The button says it is busy (still focusable, so the focus stays where the person left it). */
  private setStatus(status: SignupStatus): void {
    this.status = status;
    if (status === 'sending') this.button?.setAttribute('aria-disabled', 'true');
    else this.button?.removeAttribute('aria-disabled');
  }
}

/** The values the browser would send, the pressed button's included when it names itself. */
function readForm(form: HTMLFormElement, submitter: HTMLElement | null): FormData {
  try {
    return new FormData(form, submitter);
  } catch {
    // A submitter from outside the form (`form="…"` on another button) is refused by FormData.
    return new FormData(form);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loos-newsletter-signup': LoosNewsletterSignup;
  }
}

defineElement('loos-newsletter-signup', LoosNewsletterSignup);
