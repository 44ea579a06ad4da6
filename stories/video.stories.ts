import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/video/video.js';
import { fixtureAddress } from './fixture-address.js';

interface VideoArgs {
  src: string;
  videoTitle: string;
  poster: string;
  captions: string;
}

const transcript = html`<details slot="transcript">
  <summary>Transcription de la vidéo</summary>
  <p>Bonsoir à toutes et à tous, et bienvenue à la cérémonie des vœux.</p>
  <p>Cette année, chaque quartier a pris la parole : écoutons-les.</p>
</details>`;

const chapters = html`<script type="application/json">
  [{ "start": "0:00", "title": "Accueil" }, { "start": "2:30", "title": "La parole aux quartiers" }, { "start": "12:05", "title": "Les projets de l’année" }]
</script>`;

const meta: Meta<VideoArgs> = {
  title: 'Publications/Vidéo',
  component: 'loos-video',
  args: { src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', videoTitle: 'Vœux du maire 2026', poster: '', captions: '' },
  argTypes: {
    src: { description: 'Le fichier vidéo, ou la page de la vidéo sur YouTube, Vimeo ou Dailymotion.' },
    videoTitle: { name: 'video-title', description: 'Ce que montre la vidéo : nomme le lecteur et les boutons.' },
    poster: { description: 'Image montrée avant la lecture (un fichier du site de la ville).' },
    captions: { description: 'Fichier de sous-titres WebVTT (pour un fichier vidéo).' },
  },
  render: (args) => html`<loos-video src=${args.src || nothing} video-title=${args.videoTitle || nothing} poster=${args.poster || nothing} captions=${args.captions || nothing}>
    ${chapters}${transcript}
  </loos-video>`,
  parameters: {
    docs: {
      description: {
        component:
          'Une vidéo que chacun peut suivre : sous-titres, chapitres, transcription dans la page, jamais de lecture automatique. Une vidéo hébergée (YouTube, Vimeo, Dailymotion) ne charge rien tant que la personne ne le demande pas.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<VideoArgs>;

// The hosted stories never press « Charger la vidéo »: the catalogue must make no request to a host.
export const YouTube: Story = {
  name: 'YouTube, chargée à la demande',
  play: async ({ canvasElement }) => {
    const video = canvasElement.querySelector('loos-video')!;
    await waitFor(() => expect(video.shadowRoot!.querySelector('iframe')).toBeNull());
  },
};

export const Vimeo: Story = { name: 'Vimeo, chargée à la demande', args: { src: 'https://vimeo.com/76979871' } };

export const Fichier: Story = {
  name: 'Fichier du site, sous-titres et chapitres',
  args: { src: fixtureAddress('publications/voeux.webm'), poster: fixtureAddress('images/voeux.svg'), captions: fixtureAddress('publications/voeux.fr.vtt') },
};

export const AdresseRefusee: Story = { name: 'Erreur : adresse refusée', parameters: { expectInvalid: true }, args: { src: 'javascript:alert(1)' } };

export const EcranEtroit: Story = {
  name: 'Écran étroit (320 px)',
  render: (args, context) => html`<div style="max-inline-size: 320px">${meta.render!(args, context)}</div>`,
};

export const ThemeSombre: Story = { name: 'Thème sombre', parameters: { theme: 'loos-dark' } };
