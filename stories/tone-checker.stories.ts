import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { TONE_PROFILES, type ToneProfile } from '../src/components/tone-checker/tone-checker.js';
import { CHANNEL_IDS } from '../src/tone/index.js';

interface CheckerArgs {
  value: string;
  channel: string;
  profile: ToneProfile;
}

const meta: Meta<CheckerArgs> = {
  title: 'Outils/Vérificateur de ton',
  component: 'loos-tone-checker',
  args: { value: '', channel: 'web', profile: 'standard' },
  argTypes: {
    value: { control: 'text', description: 'Le texte à vérifier.' },
    channel: {
      control: 'select',
      options: CHANNEL_IDS,
      description: 'Le canal de publication : il fixe les limites de longueur, d’émojis et de mots-dièse.',
    },
    profile: { control: 'inline-radio', options: TONE_PROFILES, description: 'Profil « facile à lire et à comprendre » (FALC).' },
  },
  render: ({ value, channel, profile }) =>
    html`<loos-tone-checker .value=${value} channel=${channel} profile=${profile}></loos-tone-checker>`,
  parameters: {
    docs: {
      description: {
        component:
          'Collez un brouillon, choisissez le canal : les remarques du guide éditorial de la ville s’affichent pendant la saisie. Chaque remarque sélectionne le passage concerné. La vérification se fait dans le navigateur ; rien n’est envoyé. Les mêmes règles existent en ligne de commande (`loos-tone`) pour l’intégration continue.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<CheckerArgs>;

export const Vide: Story = { name: 'Vide' };

export const Jargon: Story = {
  name: 'Brouillon chargé de jargon',
  args: {
    value:
      'Nous vous informons que la collectivité procédera à la fermeture de la piscine municipale à compter du 3 mars, afin de permettre la réalisation des travaux de réfection, nonobstant les difficultés susceptibles d’en résulter pour les usagers. Le CCAS et la MEL ont été informés. Les administrés sont invités à se rapprocher du service instructeur dans les meilleurs délais!!',
  },
  play: async ({ canvasElement }) => {
    const checker = canvasElement.querySelector('loos-tone-checker')!;
    await checker.updateComplete;
    const root = checker.shadowRoot!;
    const first = root.querySelector<HTMLButtonElement>('button.finding[data-rule="jargon"]')!;
    await userEvent.click(first);
    const area = root.querySelector('textarea')!;
    await expect(root.activeElement).toBe(area);
    await expect(area.selectionEnd).toBeGreaterThan(area.selectionStart);
  },
};

export const SmsAccents: Story = {
  name: 'SMS avec accents',
  args: {
    channel: 'sms',
    value: 'Ville de Loos : la fête de l’école a lieu samedi 14 juin à 14 h, place de la Mairie. Même en cas de pluie : repli à la salle des fêtes.',
  },
};

export const XAvecLien: Story = {
  name: 'X avec une adresse web',
  args: {
    channel: 'x',
    value: 'Budget 2025 : 12,4 M€ pour les écoles, les rues et le sport. Le détail, ligne par ligne : https://www.ville-loos.fr/budget-2025/presentation-detaillee-des-investissements #Loos #Budget2025',
  },
};

export const Falc: Story = {
  name: 'Profil FALC',
  args: {
    profile: 'falc',
    value: 'La piscine est fermée. Elle rouvre le lundi 3 mars 2025, après les travaux qui ont été réalisés par une entreprise de la région pendant tout l’hiver.',
  },
};

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  args: { channel: 'instagram', value: 'Fête de la musique 🎶 samedi ! Programme complet : https://www.ville-loos.fr/fete #fetedelamusique' },
  render: ({ value, channel, profile }) =>
    html`<div style="max-inline-size:320px"><loos-tone-checker .value=${value} channel=${channel} profile=${profile}></loos-tone-checker></div>`,
};

export const Sombre: Story = {
  name: 'Thème sombre',
  args: { value: 'Nous allons procéder à la fermeture du parc. C’est la 2ème fois!' },
  parameters: { theme: 'loos-dark' },
};
