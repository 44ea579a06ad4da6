import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import wishes from '../../tests/fixtures/channels/new-year-wishes.event.json';
import roadClosure from '../../tests/fixtures/channels/road-closure.notice.json';
import './channels-tool.js';

interface ToolArgs {
  source: string;
  url: string;
}

const meta: Meta<ToolArgs> = {
  title: 'Outils/Déclinaisons',
  // No `component`: the tool is the catalogue's, not the library's, and has no entry in custom-elements.json.
  args: { source: JSON.stringify(roadClosure, null, 2), url: '' },
  argTypes: {
    source: { control: 'text', description: 'Le contenu en JSON : un avis officiel, un événement ou un chiffre clé.' },
    url: { control: 'text', description: 'La page du site vers laquelle renvoient tous les canaux.' },
  },
  render: ({ source, url }) => html`<loos-channels-tool .source=${source} .url=${url}></loos-channels-tool>`,
  parameters: {
    docs: {
      description: {
        component:
          'Un avis ou un événement, tous les canaux : SMS, notification, Facebook, LinkedIn, Instagram, X, lettre d’information et communiqué de presse, côte à côte, chacun avec son compteur, ses notes et les remarques de ton. Copiez chaque texte, téléchargez le HTML de la lettre et les trois visuels (« Dessiner les visuels »). Tout est calculé dans le navigateur : rien n’est envoyé. Pour un envoi automatique, la commande `loos-channels` fait les mêmes fichiers (voir le guide des canaux).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ToolArgs>;

export const AvisDeTravaux: Story = {
  name: 'Avis de travaux',
  play: async ({ canvasElement }) => {
    const tool = canvasElement.querySelector('loos-channels-tool')!;
    await tool.updateComplete;
    const root = tool.shadowRoot!;
    const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
    await expect(headings).toEqual(['SMS', 'Notification push', 'Facebook', 'LinkedIn', 'Instagram', 'X (Twitter)', 'Lettre d’information', 'Communiqué de presse']);
    await expect(root.textContent).toContain('texte : 161 caractères pondérés sur 280');
    // A changed title, submitted from the keyboard, changes every channel.
    const area = root.querySelector('textarea')!;
    area.value = area.value.replace('Rue du Maréchal-Foch fermée à la circulation', 'Rue Foch fermée');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Déclinaisons mises à jour.'));
    await expect(root.querySelector('pre')?.textContent).toMatch(/^Ville de Loos, vigilance : Rue Foch fermée\./u);
  },
};

export const VisuelsDessines: Story = {
  name: 'Visuels dessinés dans ce navigateur',
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('loos-channels-tool')!.shadowRoot!;
    const draw = [...root.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Dessiner les visuels')!;
    draw.focus();
    await userEvent.keyboard('{Enter}');
    // satori and the font load on this first request: the three PNGs, each with its text alternative.
    await waitFor(() => expect(root.querySelectorAll('a[download]')).toHaveLength(3), { timeout: 30_000 });
    await expect([...root.querySelectorAll('a[download]')].map((link) => link.getAttribute('download'))).toEqual(['image-1080x1080.png', 'image-1200x630.png', 'image-1080x1920.png']);
    const pictures = [...root.querySelectorAll<HTMLImageElement>('.images img')];
    await Promise.all(pictures.map((picture) => picture.decode()));
    await expect(pictures.map((picture) => `${String(picture.naturalWidth)}×${String(picture.naturalHeight)}`)).toEqual(['1080×1080', '1200×630', '1080×1920']);
    await expect(pictures.every((picture) => picture.alt.includes('Rue du Maréchal-Foch fermée à la circulation'))).toBe(true);
    await expect(root.querySelector('[role="status"]')?.textContent).toBe('3 visuels dessinés sur 3.');
  },
};

export const CeremonieDesVoeux: Story = {
  name: 'Cérémonie des vœux (événement)',
  args: { source: JSON.stringify(wishes, null, 2), url: 'https://www.ville-loos.fr/agenda/voeux-2027' },
};

export const ContenuIncomplet: Story = {
  name: 'Contenu à corriger',
  args: { source: '{ "heading": "Collecte décalée", "level": "info" }' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('loos-channels-tool')!.shadowRoot!;
    await expect(root.querySelector('.problems')?.textContent).toContain('À corriger dans le contenu');
    await expect(root.querySelectorAll('.channel')).toHaveLength(0);
  },
};
