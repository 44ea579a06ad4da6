import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/error-summary/error-summary.js';
import '../src/components/field/field.js';
import { expect, userEvent, waitFor } from 'storybook/test';

const meta: Meta = {
  title: 'Site/Récapitulatif des erreurs',
  component: 'loos-error-summary',
  parameters: {
    docs: {
      description: {
        component:
          '`<loos-error-summary>` en haut du `<form>` : à l’envoi, si des champs sont faux, « Il y a 2 erreurs », un lien vers chaque champ, et le focus sur le récapitulatif ; rien n’est envoyé. Un serveur qui vérifie un formulaire envoyé sans JavaScript écrit le même HTML (voir le guide des formulaires) : le récapitulatif prend alors le focus au chargement.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const AuMomentDeLEnvoi: Story = {
  name: 'À l’envoi : deux erreurs',
  render: () => html`<form class="loos-form" action="/contact" method="post">
    <loos-error-summary></loos-error-summary>
    <loos-field>
      <label class="loos-field__label" for="envoi-nom">Nom</label>
      <input class="loos-input" id="envoi-nom" name="nom" autocomplete="name" required value="Nadia Benali" />
    </loos-field>
    <loos-field>
      <label class="loos-field__label" for="envoi-courriel">Adresse e-mail</label>
      <input class="loos-input" id="envoi-courriel" name="courriel" type="email" autocomplete="email" required value="nadia.benali" />
    </loos-field>
    <loos-field>
      <label class="loos-field__label" for="envoi-message">Votre message</label>
      <textarea class="loos-textarea" id="envoi-message" name="message" required></textarea>
    </loos-field>
    <button class="loos-button">Envoyer</button>
  </form>`,
  play: async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector('button')!);
    const summary = canvasElement.querySelector('loos-error-summary')!;
    await waitFor(() => expect(summary.querySelector('h2')?.textContent).toBe('Il y a 2 erreurs'));
    await expect(summary).toHaveFocus();
    await expect(canvasElement.querySelector<HTMLInputElement>('#envoi-courriel')!.value).toBe('nadia.benali');
  },
};

export const RenduParLeServeur: Story = {
  name: 'Écrit par le serveur (sans JavaScript)',
  render: () => html`<form class="loos-form" action="/contact" method="post">
    <div class="loos-error-summary" tabindex="-1" role="group" aria-labelledby="serveur-titre">
      <h2 class="loos-error-summary__title" id="serveur-titre">Il y a 1 erreur</h2>
      <ul class="loos-error-summary__list"><li><a href="#serveur-courriel">Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.</a></li></ul>
    </div>
    <div class="loos-field loos-field--error">
      <label class="loos-field__label" for="serveur-courriel">Adresse e-mail</label>
      <p class="loos-field__error" id="serveur-courriel-erreur"><span class="loos-visually-hidden">Erreur :</span> Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.</p>
      <input class="loos-input" id="serveur-courriel" name="courriel" type="email" autocomplete="email" value="nadia.benali" aria-invalid="true" aria-describedby="serveur-courriel-erreur" />
    </div>
    <button class="loos-button">Envoyer</button>
  </form>`,
};
