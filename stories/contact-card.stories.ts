import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/contact-card/contact-card.js';
import { manualClock } from '../src/lib/notices/clock.js';
import { guideLink } from './guides/guide-links.js';

interface ContactCardArgs {
  /** The instant the story is shown « as of », in Loos time (ISO 8601 with offset). */
  now: string;
  hours?: unknown;
  lang?: string;
}

/** The town hall's card, as a CMS author writes it: plain HTML, readable without JavaScript. */
const townHallHtml = html`<h2>Accueil de la mairie</h2>
  <address>1 place de la République<br />59120 Loos</address>
  <p><a href="tel:0320000000">03 20 00 00 00</a> · <a href="mailto:accueil@ville-loos.fr">accueil@ville-loos.fr</a></p>
  <p><a data-map href="https://www.openstreetmap.org/#map=19/50.6125/3.0150">Plan d’accès</a></p>
  <p data-accessibility>Entrée de plain-pied rue Foch, boucle magnétique à l’accueil, places PMR devant la mairie.</p>
  <table>
    <caption>Horaires d’ouverture</caption>
    <tr><th>Lundi</th><td>8 h 30 – 12 h et 13 h 30 – 17 h 30</td></tr>
    <tr><th>Mardi</th><td>8 h 30 – 12 h et 13 h 30 – 17 h 30</td></tr>
    <tr><th>Mercredi</th><td>8 h 30 – 12 h et 13 h 30 – 17 h 30</td></tr>
    <tr><th>Jeudi</th><td>8 h 30 – 12 h et 13 h 30 – 19 h</td></tr>
    <tr><th>Vendredi</th><td>8 h 30 – 12 h et 13 h 30 – 17 h 30</td></tr>
    <tr><th>Samedi</th><td>9 h – 12 h</td></tr>
    <tr><th>Dimanche</th><td>Fermé</td></tr>
  </table>`;

const meta: Meta<ContactCardArgs> = {
  title: 'Composants/Fiche contact',
  component: 'loos-contact-card',
  args: { now: '2026-12-07T10:00:00+01:00' },
  argTypes: {
    now: { description: 'Instant affiché (ISO 8601) : les stories montrent la fiche « à cette heure-là ».' },
  },
  render: (args) => html`<loos-contact-card lang=${args.lang ?? nothing} .clock=${manualClock(Date.parse(args.now))} .hours=${args.hours}
    >${townHallHtml}</loos-contact-card
  >`,
  parameters: {
    docs: {
      description: {
        component:
          `Où, quand et comment joindre un service : adresse avec un simple lien vers le plan, téléphone « 03 20 00 00 00 », courriel, accessibilité et horaires vrais aujourd’hui (jours fériés calculés, fermetures exceptionnelles). Le tableau écrit dans la page se lit sans JavaScript ; l’état « Ouvert / Fermé » s’ajoute ensuite et se met à jour tout seul. Voir ${guideLink('docs/services.md', 'le guide des démarches et contacts')}.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<ContactCardArgs>;

const statusOf = (canvas: HTMLElement) => canvas.querySelector('loos-contact-card')?.shadowRoot?.querySelector('[part=status]')?.textContent.replace(/\s+/g, ' ') ?? '';

export const Ouvert: Story = {
  name: 'Ouvert',
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector('loos-contact-card')?.updateComplete;
    await expect(statusOf(canvasElement)).toContain('Ouvert — ferme à 12');
  },
};

export const FermeBientot: Story = { name: 'Ferme bientôt', args: { now: '2026-12-07T17:10:00+01:00' } };

export const FermePauseMidi: Story = { name: 'Fermé (pause de midi)', args: { now: '2026-12-07T12:30:00+01:00' } };

export const FermeWeekEnd: Story = { name: 'Fermé (ouvre lundi)', args: { now: '2026-12-05T15:00:00+01:00' } };

export const JourFerie: Story = {
  name: 'Jour férié (lundi de Pâques)',
  args: { now: '2027-03-29T10:00:00+02:00' },
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector('loos-contact-card')?.updateComplete;
    await expect(statusOf(canvasElement)).toContain('jour férié : lundi de Pâques');
  },
};

const exceptions = {
  exceptions: [
    { date: '2026-12-07', closed: true, label: 'formation du personnel' },
    { date: '2026-12-24', hours: ['08:30-12:00'], label: 'veille de Noël' },
    { date: '2026-12-31', hours: ['08:30-12:00'], label: 'veille du jour de l’An' },
  ],
};

export const FermetureExceptionnelle: Story = { name: 'Fermeture exceptionnelle', args: { hours: exceptions } };

export const HorairesExceptionnels: Story = { name: 'Horaires exceptionnels (veille de Noël)', args: { hours: exceptions, now: '2026-12-24T09:00:00+01:00' } };

export const Annuaire: Story = {
  name: 'Horaires de l’annuaire Service-Public',
  render: (args) => html`<loos-contact-card
    name="Mairie de Loos"
    address=${'1 place de la République\n59120 Loos'}
    phone="+33 3 20 00 00 00"
    .clock=${manualClock(Date.parse(args.now))}
    ><script type="application/json">
      {
        "plage_ouverture": [
          { "nom_jour_debut": "Lundi", "nom_jour_fin": "Vendredi", "valeur_heure_debut_1": "08:30:00", "valeur_heure_fin_1": "12:00:00", "valeur_heure_debut_2": "13:30:00", "valeur_heure_fin_2": "17:30:00", "commentaire": "" },
          { "nom_jour_debut": "Samedi", "nom_jour_fin": "Samedi", "valeur_heure_debut_1": "09:00:00", "valeur_heure_fin_1": "12:00:00", "valeur_heure_debut_2": "", "valeur_heure_fin_2": "", "commentaire": "Le samedi, état civil uniquement." }
        ]
      }
    </script></loos-contact-card
  >`,
};

export const DonneesInvalides: Story = {
  name: 'Données invalides (signalées, jamais exécutées)',
  parameters: { expectInvalid: true },
  render: (args) => html`<loos-contact-card name=${"<b>Mairie</b>"} phone="appelez-nous" map-href="javascript:alert(1)" .clock=${manualClock(Date.parse(args.now))}
    ><table><tr><th>Lundi</th><td>de 8 h 30 à midi</td></tr></table></loos-contact-card
  >`,
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector('loos-contact-card')?.updateComplete;
    await expect(canvasElement.querySelector('loos-contact-card')?.shadowRoot?.querySelector('a[href^="javascript"]')).toBeNull();
  },
};

export const Anglais: Story = { name: 'En anglais (lang="en")', args: { lang: 'en' } };

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  args: { hours: exceptions },
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', args: { now: '2026-12-07T17:10:00+01:00' }, parameters: { theme: 'loos-dark' } };
export const ThemeContraste: Story = { name: 'Thème contraste renforcé', args: { now: '2026-12-07T10:00:00+01:00' }, parameters: { theme: 'loos-contrast' } };
export const ThemeAutreCommune: Story = { name: 'Thème autre commune', args: { now: '2027-03-29T10:00:00+02:00' }, parameters: { theme: 'example-city' } };
