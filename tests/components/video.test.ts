import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/video/video.js';
import { captureInvalid, mountElement } from './support.js';

const TRANSCRIPT = '<details slot="transcript"><summary>Transcription</summary><p>Bonsoir à toutes et à tous.</p></details>';
const mount = (attributes: string, inner = TRANSCRIPT) => mountElement(`<div lang="fr"><loos-video video-title="Vœux du maire 2026" ${attributes}>${inner}</loos-video></div>`, 'loos-video');
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Requests the page made to an origin other than its own since `since`. */
const foreignRequests = (since: number) =>
  performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since && new URL(entry.name).origin !== location.origin).map((entry) => entry.name);

describe('<loos-video>', () => {
  it('loads nothing from YouTube before the person asks, then its privacy-enhanced player, focused', async () => {
    const since = performance.now();
    const video = await mount('src="https://youtu.be/dQw4w9WgXcQ"');
    const root = video.shadowRoot!;
    expect(root.querySelector('iframe')).toBeNull();
    expect(flat(root.querySelector('[part="consent"] p')!.textContent)).toMatch(/^Cette vidéo est hébergée par YouTube\./);
    const watch = root.querySelector('a')!;
    expect(watch.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(flat(watch.textContent)).toBe('Voir la vidéo sur YouTube : Vœux du maire 2026');
    expect(foreignRequests(since)).toEqual([]);
    const load = root.querySelector('button')!;
    expect(flat(load.textContent)).toBe('Charger la vidéo — ce service peut déposer des cookies : Vœux du maire 2026');
    load.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => { expect(root.querySelector('iframe')).not.toBeNull(); });
    const frame = root.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frame.getAttribute('title')).toBe('Vidéo : Vœux du maire 2026 (YouTube)');
    expect(frame.src).not.toMatch(/autoplay/);
    expect(root.activeElement).toBe(frame);
  });

  it('embeds Vimeo without tracking and Dailymotion through its geo player with the site’s player', async () => {
    const vimeo = await mount('src="https://vimeo.com/76979871"');
    vimeo.shadowRoot!.querySelector('button')!.click();
    await vimeo.updateComplete;
    expect(vimeo.shadowRoot!.querySelector('iframe')!.getAttribute('src')).toBe('https://player.vimeo.com/video/76979871?dnt=1');
    const dailymotion = await mount('src="https://www.dailymotion.com/video/x8abc12" player="xk2a9"');
    dailymotion.shadowRoot!.querySelector('button')!.click();
    await dailymotion.updateComplete;
    expect(dailymotion.shadowRoot!.querySelector('iframe')!.getAttribute('src')).toBe('https://geo.dailymotion.com/player/xk2a9.html?video=x8abc12');
  });

  it('plays a file with controls, captions, no autoplay, and chapters that move the video and the focus', async () => {
    const chapters = '<script type="application/json">[{ "start": "4:05", "title": "Le budget" }, { "start": 0, "title": "Accueil" }]</script>';
    const video = await mount('src="/videos/voeux.mp4" poster="/videos/voeux.jpg" captions="/videos/voeux.fr.vtt"', chapters + TRANSCRIPT);
    const player = video.shadowRoot!.querySelector('video')!;
    expect(player.controls).toBe(true);
    expect(player.autoplay).toBe(false);
    expect(player.getAttribute('preload')).toBe('none');
    const track = player.querySelector('track')!;
    expect([track.kind, track.srclang, track.label, track.getAttribute('src')]).toEqual(['captions', 'fr', 'Français', '/videos/voeux.fr.vtt']);
    const buttons = [...video.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chapter')];
    expect(buttons.map((button) => flat(button.textContent))).toEqual(['Aller à 0:00 Accueil', 'Aller à 4:05 Le budget']);
    buttons[1]!.click();
    expect(player.currentTime).toBe(245);
    expect(video.shadowRoot!.activeElement).toBe(player);
  });

  it('keeps the transcript in the page, where search and screen readers find it', async () => {
    const video = await mount('src="/videos/voeux.mp4" captions="/videos/voeux.fr.vtt"');
    const slot = video.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="transcript"]')!;
    expect(slot.assignedElements()[0]!.localName).toBe('details');
    expect(video.querySelector('details p')!.textContent).toBe('Bonsoir à toutes et à tous.');
  });

  it('refuses a javascript: address, and reports a file without captions or a video without transcript', async () => {
    const invalid = captureInvalid();
    const refused = await mount('src="javascript:alert(1)"');
    expect(flat(refused.shadowRoot!.querySelector('.unavailable')!.textContent)).toBe('Vidéo indisponible : son adresse manque ou est refusée.');
    expect(refused.shadowRoot!.querySelector('video, iframe, a')).toBeNull();
    expect(invalid.at(-1)!.detail.problems.map((found) => found.field)).toEqual(['src']);
    await mount('src="/videos/voeux.mp4"', '');
    expect(invalid.at(-1)!.detail.problems.map((found) => found.field)).toEqual(['captions', 'transcript']);
  });
});
