import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/newsletter-signup/newsletter-signup.js';
import { SIGNUP_ENCODINGS } from '../src/lib/publications/newsletter.js';

interface SignupArgs {
  encoding: string;
  /** The answer of the sign-up service, simulated in the catalogue (no request leaves it). */
  answer: 'accepted' | 'unavailable' | 'never';
  /** The address already in the field. */
  value: string;
  lang: string;
}

/** A service that answers as told, without any request: the catalogue sends nothing anywhere. */
function simulatedService(answer: SignupArgs['answer']): typeof fetch {
  return (_url, init) =>
    new Promise<Response>((resolve, reject) => {
      if (answer === 'accepted') resolve(new Response(null, { status: 201 }));
      else if (answer === 'unavailable') resolve(new Response(null, { status: 503 }));
      // Never answers, until the element gives up (its timeout aborts the request).
      else init?.signal?.addEventListener('abort', () => { reject(new DOMException('annulé', 'AbortError')); });
    });
}

const english = (lang: string) => lang === 'en';

const meta: Meta<SignupArgs> = {
  title: 'Composants/Inscription à la lettre d’information',
  component: 'loos-newsletter-signup',
  args: { encoding: 'form', answer: 'accepted', value: '', lang: 'fr' },
  argTypes: {
    encoding: { control: 'inline-radio', options: SIGNUP_ENCODINGS, description: 'Comment les valeurs partent vers `action` : `form` (comme un formulaire classique) ou `json`.' },
    answer: { control: 'inline-radio', options: ['accepted', 'unavailable', 'never'], description: 'La réponse du service d’inscription, simulée dans le catalogue (aucune requête ne part).' },
    value: { description: 'L’adresse déjà saisie dans le champ.' },
    lang: { control: 'inline-radio', options: ['fr', 'en'], description: 'La langue de la page.' },
  },
  render: (args, context) => {
    // Ids unique on the docs page, where every story of the file is shown at once.
    const id = `lettre-${context.id}`;
    const en = english(args.lang);
    return html`<div lang=${args.lang}>
      <loos-newsletter-signup encoding=${args.encoding || nothing} .fetcher=${simulatedService(args.answer)}>
        <form class="loos-form" method="post" action="/lettre-d-information/inscription">
          <loos-error-summary></loos-error-summary>
          <p class="loos-required-note">${en ? 'Required fields are marked with *' : 'Les champs obligatoires sont indiqués avec *'}</p>
          <loos-field>
            <label class="loos-field__label" for=${id}>${en ? 'Your e-mail address' : 'Votre adresse e-mail'} <span class="loos-field__required" aria-hidden="true">*</span></label>
            <input class="loos-input" id=${id} name="courriel" type="email" autocomplete="email" spellcheck="false" required .value=${args.value} />
          </loos-field>
          <p class="loos-newsletter__consent">
            ${en
              ? html`Your address is used only to send you the City’s newsletter, once a month. You can unsubscribe with the link in each letter. <a href="/donnees-personnelles">Your personal data</a>`
              : html`Votre adresse sert uniquement à vous envoyer la Lettre d’information de la Ville, une fois par mois. Vous pouvez vous désinscrire par le lien présent dans chaque lettre. <a href="/donnees-personnelles">Vos données personnelles</a>`}
          </p>
          <button class="loos-button">${en ? 'Sign up' : 'M’inscrire à la lettre'}</button>
        </form>
      </loos-newsletter-signup>
    </div>`;
  },
  parameters: {
    docs: {
      description: {
        component:
          'Un formulaire simple que la page écrit (champ e-mail dans un `<loos-field>`, phrase des champs obligatoires, consentement avec un lien vers les données personnelles, vrai bouton) : sans JavaScript, il est envoyé tel quel. Avec, l’adresse est vérifiée en français, l’inscription part sans recharger la page (vers `action`, ou par l’événement `loos-subscribe` si la page s’en charge) et le résultat est annoncé une fois. Dans le catalogue, le service d’inscription est simulé : aucune requête ne part.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<SignupArgs>;

const signup = (canvas: HTMLElement) => canvas.querySelector('loos-newsletter-signup')!;
const send = async (canvas: HTMLElement) => {
  await userEvent.click(canvas.querySelector('button')!);
};

export const Vide: Story = { name: 'Formulaire vide' };

export const Erreurs: Story = {
  name: 'Erreur : adresse invalide',
  args: { value: 'nadia.benali' },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    const summary = canvasElement.querySelector('loos-error-summary')!;
    await waitFor(() => expect(summary.querySelector('h2')?.textContent).toBe('Il y a 1 erreur'));
    await expect(summary).toHaveFocus();
    await expect(canvasElement.querySelector('input')!.value).toBe('nadia.benali');
  },
};

export const EnvoiEnCours: Story = {
  name: 'Envoi en cours',
  args: { value: 'nadia.benali@exemple.fr', answer: 'never' },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('button')!.getAttribute('aria-disabled')).toBe('true'));
    await expect(canvasElement.querySelector('.loos-newsletter__status')!.textContent).toBe('Inscription en cours…');
  },
};

export const Inscrite: Story = {
  name: 'Inscription réussie',
  args: { value: 'nadia.benali@exemple.fr' },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    const status = () => signup(canvasElement).shadowRoot!.querySelector('[role="status"]')!.textContent;
    await waitFor(() => expect(status()).toContain('nadia.benali@exemple.fr est inscrite'));
  },
};

export const Echec: Story = {
  name: 'Erreur : service indisponible',
  args: { value: 'nadia.benali@exemple.fr', answer: 'unavailable' },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    const alert = () => signup(canvasElement).shadowRoot!.querySelector('[role="alert"]')!.textContent;
    await waitFor(() => expect(alert()).toContain('n’a pas pu être envoyée'));
    await expect(canvasElement.querySelector('input')!.value).toBe('nadia.benali@exemple.fr');
  },
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  args: { value: 'une.adresse.tres.longue.pour.un.petit.ecran@quartier-des-oliveaux.exemple.fr' },
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const EnAnglais: Story = { name: 'En anglais', args: { lang: 'en' } };
