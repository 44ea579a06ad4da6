import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/error-summary/error-summary.js';
import '../src/components/field/field.js';
import { expect, userEvent, waitFor } from 'storybook/test';

const meta: Meta = {
  title: 'Site/Champs de formulaire',
  component: 'loos-field',
  parameters: {
    docs: {
      description: {
        component:
          '`<loos-field>` entoure un contrôle NATIF (`<input>`, `<select>`, `<textarea>`, ou un `<fieldset>` de cases et de boutons radio) avec son `<label>` et son aide (`loos-field__hint`). Sans JavaScript, le champ s’affiche et s’envoie tel quel ; avec, le message d’erreur en français est relié au contrôle (`aria-describedby`, `aria-invalid`) et `max-length` affiche un décompte de caractères. Ce que la personne a saisi n’est jamais effacé.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const required = html`<span class="loos-field__required" aria-hidden="true">*</span>`;

export const TousLesChamps: Story = {
  name: 'Texte, e-mail, téléphone, date, liste, message, choix',
  render: () => html`<form class="loos-form" action="/contact" method="post" novalidate>
    <p class="loos-required-note">Les champs obligatoires sont indiqués avec *</p>
    <loos-field>
      <label class="loos-field__label" for="champ-nom">Nom et prénom ${required}</label>
      <input class="loos-input" id="champ-nom" name="nom" autocomplete="name" required />
    </loos-field>
    <loos-field>
      <label class="loos-field__label" for="champ-courriel">Adresse e-mail ${required}</label>
      <p class="loos-field__hint">Nous vous répondons à cette adresse, sous 5 jours ouvrés.</p>
      <input class="loos-input" id="champ-courriel" name="courriel" type="email" autocomplete="email" spellcheck="false" required />
    </loos-field>
    <loos-field>
      <label class="loos-field__label" for="champ-telephone">Téléphone (facultatif)</label>
      <p class="loos-field__hint">Par exemple : 03 20 12 34 56</p>
      <input class="loos-input loos-input--medium" id="champ-telephone" name="telephone" type="tel" autocomplete="tel" pattern="[0-9 +().-]{10,20}" />
    </loos-field>
    <loos-field>
      <fieldset class="loos-fieldset">
        <legend class="loos-field__legend">Date de naissance ${required}</legend>
        <p class="loos-field__hint">Par exemple : 27 3 1958</p>
        <div class="loos-date">
          <div class="loos-date__part"><label class="loos-field__label" for="naissance-jour">Jour</label><input class="loos-input" id="naissance-jour" name="naissance-jour" inputmode="numeric" autocomplete="bday-day" pattern="[0-9]{1,2}" required /></div>
          <div class="loos-date__part"><label class="loos-field__label" for="naissance-mois">Mois</label><input class="loos-input" id="naissance-mois" name="naissance-mois" inputmode="numeric" autocomplete="bday-month" pattern="[0-9]{1,2}" required /></div>
          <div class="loos-date__part loos-date__part--year"><label class="loos-field__label" for="naissance-annee">Année</label><input class="loos-input" id="naissance-annee" name="naissance-annee" inputmode="numeric" autocomplete="bday-year" pattern="[0-9]{4}" required /></div>
        </div>
      </fieldset>
    </loos-field>
    <loos-field>
      <label class="loos-field__label" for="champ-sujet">Sujet ${required}</label>
      <select class="loos-select" id="champ-sujet" name="sujet" required>
        <option value="">Choisissez un sujet</option>
        <option>État civil</option>
        <option>Voirie et propreté</option>
        <option>Écoles et périscolaire</option>
      </select>
    </loos-field>
    <loos-field max-length="500">
      <label class="loos-field__label" for="champ-message">Votre message ${required}</label>
      <p class="loos-field__hint">N’indiquez pas de données de santé.</p>
      <textarea class="loos-textarea" id="champ-message" name="message" required></textarea>
    </loos-field>
    <loos-field>
      <fieldset class="loos-fieldset">
        <legend class="loos-field__legend">Comment préférez-vous être recontacté ? ${required}</legend>
        <div class="loos-choice"><input type="radio" id="contact-courriel" name="contact" value="courriel" required /><label for="contact-courriel">Par e-mail</label></div>
        <div class="loos-choice"><input type="radio" id="contact-telephone" name="contact" value="telephone" /><label for="contact-telephone">Par téléphone</label></div>
      </fieldset>
    </loos-field>
    <loos-field>
      <fieldset class="loos-fieldset">
        <legend class="loos-field__legend">Lettres d’information (facultatif)</legend>
        <div class="loos-choice"><input type="checkbox" id="lettre-agenda" name="lettres" value="agenda" /><label for="lettre-agenda">L’agenda du mois</label></div>
        <div class="loos-choice"><input type="checkbox" id="lettre-travaux" name="lettres" value="travaux" /><label for="lettre-travaux">Les travaux dans mon quartier</label></div>
      </fieldset>
    </loos-field>
    <button class="loos-button">Envoyer</button>
  </form>`,
};

export const ErreurDuServeur: Story = {
  name: 'Erreur trouvée par le serveur, saisie gardée',
  render: () => html`<loos-field error="Cette adresse e-mail est déjà inscrite à la lettre d’information.">
    <label class="loos-field__label" for="inscrite">Adresse e-mail</label>
    <input class="loos-input" id="inscrite" name="courriel" type="email" autocomplete="email" value="nadia.benali@exemple.fr" />
  </loos-field>`,
};

export const Decompte: Story = {
  name: 'Décompte de caractères',
  render: () => html`<loos-field max-length="20">
    <label class="loos-field__label" for="objet">Objet du message</label>
    <input class="loos-input" id="objet" name="objet" value="Trottoir abîmé rue Foch" />
  </loos-field>`,
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector('input')!;
    await waitFor(() => expect(input.getAttribute('aria-describedby')).not.toBeNull());
    await userEvent.type(input, ' !');
    await expect(canvasElement.querySelector('.loos-field__count')!.textContent).toBe('Vous avez 5 caractères en trop.');
  },
};
