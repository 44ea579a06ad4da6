import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import '../src/components/notice/notice.js';
import { manualClock } from '../src/lib/notices/clock.js';
import { NOTICE_LEVELS } from '../src/lib/notices/model.js';
import type { DismissalStore } from '../src/lib/notices/dismissals.js';
import { guideLink } from './guides/guide-links.js';

/** Stories show the notices « as of » 14 March 2026, 10:00 in Loos, whatever the day you look. */
const NOW = Date.parse('2026-03-14T10:00:00+01:00');

/** Each story starts with nothing dismissed: dismissals stay inside the story. */
function storyDismissals(): DismissalStore {
  const dismissed = new Set<string>();
  return {
    isDismissed: (key) => dismissed.has(key),
    dismiss: (key) => {
      dismissed.add(key);
      return false;
    },
  };
}

interface NoticeArgs {
  level: 'info' | 'warning' | 'alert';
  heading: string;
  message: string;
  href: string;
  linkLabel: string;
  published: string;
  expires: string;
  source: string;
  dismissible: boolean;
  noticeId: string;
}

const LONG_MESSAGE =
  'Des travaux de renouvellement du réseau d’eau potable ont lieu rue Foch, entre la place de la République et la rue Pasteur. ' +
  'Pendant toute la durée du chantier, la circulation est alternée et le stationnement est interdit des deux côtés de la rue. ' +
  'Les riverains peuvent accéder à leur garage avant 8 h et après 17 h. Les bus de la ligne 12 sont déviés par la rue Jean-Jaurès ; ' +
  'les arrêts Foch et Pasteur sont reportés rue Jean-Jaurès. Une coupure d’eau de deux heures au plus est possible ; chaque foyer concerné ' +
  'sera prévenu la veille par un avis dans sa boîte aux lettres. Pour toute question, le service de l’eau répond du lundi au vendredi, ' +
  'de 8 h 30 à 17 h, au 03 20 00 00 00. Merci de votre compréhension : ces travaux évitent des fuites et des coupures plus longues. Fin.';

const meta: Meta<NoticeArgs> = {
  title: 'Composants/Avis officiel',
  component: 'loos-notice',
  args: {
    level: 'warning',
    heading: 'Route fermée avenue de la République',
    message: 'L’avenue est fermée entre la place et le parc jusqu’à lundi. Une déviation est en place.',
    href: '',
    linkLabel: '',
    published: '2026-03-14T08:30',
    expires: '2026-03-16',
    source: '',
    dismissible: false,
    noticeId: 'route-republique',
  },
  argTypes: {
    level: { control: 'inline-radio', options: NOTICE_LEVELS, description: 'Information, Vigilance ou Alerte (danger immédiat seulement).' },
    heading: { description: 'Titre de l’avis.' },
    message: { description: 'Le message, écrit dans la page (il se lit sans JavaScript).' },
    href: { description: 'Lien « En savoir plus » : https:, http:, mailto:, tel: ou adresse relative.' },
    published: { description: 'Début de validité (ISO 8601).' },
    expires: { description: 'Fin de validité (ISO 8601 ; une date seule = fin de la journée).' },
    dismissible: { description: 'Permet de masquer une information ou une vigilance (jamais une alerte).' },
  },
  render: (args) => html`<loos-notice
    level=${args.level}
    heading=${args.heading}
    href=${args.href || nothing}
    link-label=${args.linkLabel || nothing}
    published=${args.published || nothing}
    expires=${args.expires || nothing}
    source=${args.source || nothing}
    notice-id=${args.noticeId || nothing}
    ?dismissible=${args.dismissible}
    .clock=${manualClock(NOW)}
    .dismissals=${storyDismissals()}
    ><p>${args.message}</p></loos-notice
  >`,
  parameters: {
    docs: {
      description: {
        component:
          `La parole officielle de la Ville : une route fermée, une tempête, une coupure d’eau. Le niveau est écrit en toutes lettres avec un pictogramme, la source et la date disent que l’avis est officiel, et l’avis disparaît quand il ne vaut plus. Voir ${guideLink('docs/formats/notices.md', 'le format des avis')} pour choisir le bon niveau.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<NoticeArgs>;

export const Information: Story = {
  name: 'Information',
  args: { level: 'info', heading: 'Coupure d’eau rue Foch', message: 'L’eau sera coupée samedi de 8 h à 12 h.', expires: '' },
};

export const Vigilance: Story = { name: 'Vigilance' };

export const Alerte: Story = {
  name: 'Alerte',
  args: {
    level: 'alert',
    heading: 'Tempête : restez chez vous',
    message: 'Des rafales de plus de 100 km/h sont attendues cet après-midi. Évitez les déplacements.',
  },
};

export const InformationAvecLien: Story = {
  name: 'Information avec lien',
  args: { ...Information.args, href: 'https://www.ville-loos.fr/eau' },
};

export const VigilanceAvecLien: Story = { name: 'Vigilance avec lien', args: { href: '/travaux/avenue-de-la-republique', linkLabel: 'Voir la déviation' } };

export const AlerteAvecLien: Story = {
  name: 'Alerte avec lien',
  args: { ...Alerte.args, href: 'https://www.ville-loos.fr/tempete', linkLabel: 'Consignes de sécurité', source: 'Ville de Loos – cellule de crise' },
};

export const Masquable: Story = {
  name: 'Masquable (au clavier)',
  args: { dismissible: true },
  play: async ({ canvasElement }) => {
    const notice = canvasElement.querySelector('loos-notice')!;
    await notice.updateComplete;
    const shadow = within(notice.shadowRoot as unknown as HTMLElement);
    const button = shadow.getByRole('button', { name: 'Masquer cet avis : Route fermée avenue de la République' });
    await expect(button).toBeVisible();
    button.focus();
    await userEvent.keyboard('{Enter}');
    await notice.updateComplete;
    await expect(notice.visible).toBe(false);
  },
};

export const TexteLong: Story = {
  name: 'Texte long (1 000 caractères)',
  args: { message: LONG_MESSAGE, heading: 'Travaux rue Foch : circulation alternée et stationnement interdit jusqu’au 30 avril', dismissible: true, href: '/travaux' },
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  args: { ...TexteLong.args },
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const TexteHostile: Story = {
  name: 'HTML dans le texte (affiché tel quel)',
  args: { heading: '<b>Titre</b>', message: '<img src=x onerror="alert(1)"> reste du texte.' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

const allLevels = html`<div style="display: grid; gap: 1rem">
  ${(['alert', 'warning', 'info'] as const).map(
    (level) => html`<loos-notice
      level=${level}
      heading=${{ alert: 'Tempête : restez chez vous', warning: 'Route fermée avenue de la République', info: 'Coupure d’eau rue Foch' }[level]}
      href="/avis"
      published="2026-03-14T08:30"
      notice-id=${level}
      ?dismissible=${level !== 'alert'}
      .clock=${manualClock(NOW)}
      .dismissals=${storyDismissals()}
      ><p>Le message de l’avis, en texte simple.</p></loos-notice
    >`,
  )}
</div>`;

export const ThemeLoos: Story = { name: 'Les trois niveaux — thème Loos', render: () => allLevels, parameters: { theme: 'loos' } };
export const ThemeSombre: Story = { name: 'Les trois niveaux — thème sombre', render: () => allLevels, parameters: { theme: 'loos-dark' } };
export const ThemeContraste: Story = {
  name: 'Les trois niveaux — contraste renforcé',
  render: () => allLevels,
  parameters: { theme: 'loos-contrast' },
};
export const ThemeAutreCommune: Story = {
  name: 'Les trois niveaux — autre commune',
  render: () => allLevels,
  parameters: { theme: 'example-city' },
};
