import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/contact-card/contact-card.js';
import '../src/components/procedure/procedure.js';
import { manualClock } from '../src/lib/notices/clock.js';
import { guideLink } from './guides/guide-links.js';

interface ProcedureArgs {
  procedure?: unknown;
}

/** The état civil desk, shown « as of » Monday 7 December 2026 at 10:00. */
const contactCard = html`<loos-contact-card slot="contact" heading-level="4" .clock=${manualClock(Date.parse('2026-12-07T10:00:00+01:00'))}>
  <h4>Service état civil — mairie de Loos</h4>
  <address>1 place de la République<br />59120 Loos</address>
  <a href="tel:0320000000">03 20 00 00 00</a>
  <table>
    <tr><th>Lundi</th><td>8 h 30 – 12 h et 13 h 30 – 17 h 30</td></tr>
    <tr><th>Mardi</th><td>8 h 30 – 12 h et 13 h 30 – 17 h 30</td></tr>
    <tr><th>Mercredi</th><td>8 h 30 – 12 h</td></tr>
    <tr><th>Jeudi</th><td>8 h 30 – 12 h et 13 h 30 – 17 h 30</td></tr>
    <tr><th>Vendredi</th><td>8 h 30 – 12 h et 13 h 30 – 17 h 30</td></tr>
    <tr><th>Samedi</th><td>9 h – 12 h</td></tr>
  </table>
</loos-contact-card>`;

/** The démarche as a CMS author writes it: HTML marked with data- attributes, readable without JavaScript. */
const birthHtml = html`<h2>Déclarer une naissance</h2>
  <p data-audience>Le père, la mère, ou toute personne qui a assisté à l’accouchement, si l’enfant est né à Loos.</p>
  <ul data-documents>
    <li><b>Certificat d’accouchement</b> remis par la maternité</li>
    <li><b>Pièce d’identité</b> du déclarant</li>
    <li><b>Livret de famille</b> si vous en avez déjà un</li>
    <li><b>Déclaration de choix de nom</b> si vous en avez fait une</li>
  </ul>
  <p>Coût : <span data-cost>Gratuit</span> · Délai : <span data-delay>Dans les 5 jours qui suivent la naissance</span></p>
  <ol data-steps>
    <li>Rassemblez les pièces ci-dessus.</li>
    <li>Déclarez la naissance en ligne ou au service état civil.</li>
    <li>Repartez avec l’acte de naissance, remis le jour même.</li>
  </ol>
  <p><a data-online href="https://www.service-public.fr/particuliers/vosdroits/F961" data-service="Service-Public.fr" data-account="FranceConnect">Faire la démarche en ligne</a></p>
  <ul data-other-ways>
    <li>À la mairie, au service état civil, sans rendez-vous.</li>
    <li>À la maternité, si un officier d’état civil y tient une permanence.</li>
  </ul>
  <p>Mis à jour le <time data-updated datetime="2026-11-02">2 novembre 2026</time></p>
  <ul data-related>
    <li><a href="/demarches/reconnaitre-un-enfant">Reconnaître un enfant</a></li>
    <li><a href="/demarches/livret-de-famille">Demander un livret de famille</a></li>
  </ul>`;

const meta: Meta<ProcedureArgs> = {
  title: 'Composants/Démarche',
  component: 'loos-procedure',
  render: (args) => html`<loos-procedure .procedure=${args.procedure}>${birthHtml}${contactCard}</loos-procedure>`,
  parameters: {
    docs: {
      description: {
        component:
          `Une démarche expliquée de bout en bout : pour qui, les pièces, le coût, le délai, les étapes, la démarche en ligne **et** les autres façons de faire (à la mairie, par courrier), pour que personne ne reste de côté. Une démarche par page, un titre qui commence par un verbe. Voir ${guideLink('docs/services.md', 'le guide des démarches et contacts')}.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<ProcedureArgs>;

export const DeclarerUneNaissance: Story = {
  name: 'Déclarer une naissance (HTML de la page)',
  play: async ({ canvasElement }) => {
    const procedure = canvasElement.querySelector('loos-procedure')!;
    await procedure.updateComplete;
    const link = procedure.shadowRoot!.querySelector<HTMLAnchorElement>('[part=online-link]')!;
    link.focus();
    await expect(procedure.shadowRoot!.activeElement).toBe(link);
  },
};

export const Cantine: Story = {
  name: 'Inscrire un enfant à la cantine (propriété)',
  args: {
    procedure: {
      title: 'Inscrire un enfant à la cantine',
      audience: 'Les familles dont l’enfant est scolarisé dans une école publique de Loos.',
      documents: [{ label: 'Justificatif de domicile', note: 'de moins de 3 mois' }, { label: 'Attestation de quotient familial', note: 'pour le tarif selon vos revenus' }],
      cost: 'De 0,80 € à 4,20 € le repas selon le quotient familial',
      delay: 'Inscription avant le 15 du mois précédent',
      steps: ['Créez votre espace sur le Portail Famille.', 'Inscrivez votre enfant et choisissez les jours.', 'Payez chaque mois en ligne ou à l’accueil de la mairie.'],
      online: { href: 'https://portail-famille.example.org', service: 'le Portail Famille', account: 'un compte Portail Famille' },
      otherWays: ['À l’accueil de la mairie, avec les pièces demandées.', 'Par courrier : Mairie de Loos, service Éducation, 1 place de la République, 59120 Loos.'],
      updated: '2026-09-01',
      related: [{ label: 'Payer la cantine', href: '/demarches/payer-la-cantine' }],
    },
  },
  render: (args) => html`<loos-procedure .procedure=${args.procedure}></loos-procedure>`,
};

export const DonneesInvalides: Story = {
  name: 'Données invalides (signalées, jamais exécutées)',
  parameters: { expectInvalid: true },
  args: { procedure: { title: '<img src=x onerror=alert(1)> Déclarer un décès', online: { href: 'javascript:alert(1)' }, updated: '2026-02-30' } },
  render: (args) => html`<loos-procedure .procedure=${args.procedure}></loos-procedure>`,
  play: async ({ canvasElement }) => {
    const procedure = canvasElement.querySelector('loos-procedure')!;
    await procedure.updateComplete;
    await expect(procedure.shadowRoot!.querySelector('a[href^="javascript"], img')).toBeNull();
  },
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', parameters: { theme: 'loos-dark' } };
export const ThemeContraste: Story = { name: 'Thème contraste renforcé', parameters: { theme: 'loos-contrast' } };
export const ThemeAutreCommune: Story = { name: 'Thème autre commune', parameters: { theme: 'example-city' } };
