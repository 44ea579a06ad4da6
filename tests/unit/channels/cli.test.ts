import { describe, expect, it } from 'vitest';
import { runChannelsCli, type ChannelsIo } from '../../../src/channels/cli-core.js';
import { nodeIo } from '../../../src/channels/node-io.js';
import { readJson } from './fixtures.js';

/** An in-memory file system and captured output. */
function fakeIo(files: Record<string, string>): ChannelsIo & { out: string; err: string; files: Record<string, string>; dirs: string[] } {
  const io = {
    out: '', err: '', files: { ...files }, dirs: [] as string[],
    readFile: (path: string) => (path in io.files ? Promise.resolve(io.files[path] ?? '') : Promise.reject(new Error(`ENOENT ${path}`))),
    writeFile: (path: string, content: string) => {
      io.files[path] = content;
      return Promise.resolve();
    },
    mkdir: (path: string) => {
      io.dirs.push(path);
      return Promise.resolve();
    },
    stdout: (text: string) => { io.out += text; },
    stderr: (text: string) => { io.err += text; },
  };
  return io;
}

const notice = JSON.stringify(readJson('road-closure.notice.json'));
const brand = JSON.stringify(readJson('brand.json'));

describe('loos-channels', () => {
  it('writes one file per channel and a summary table, and exits 0 within every limit', async () => {
    const io = fakeIo({ 'notice.json': notice, 'brand.json': brand });
    expect(await runChannelsCli(['notice.json', '--channels', 'sms,facebook,x,press', '--brand', 'brand.json', '--out', 'dir/'], io)).toBe(0);
    expect(io.dirs).toEqual(['dir']);
    expect(Object.keys(io.files).filter((f) => f.startsWith('dir/')).sort()).toEqual(
      ['dir/facebook.txt', 'dir/press.html', 'dir/press.md', 'dir/sms.txt', 'dir/summary.md', 'dir/x.txt'],
    );
    expect(io.files['dir/sms.txt']).toMatch(/^Ville de Loos, vigilance : Rue du Maréchal-Foch/u);
    expect(io.files['dir/press.md']).toContain('- Contact\u00a0: Camille Martin, chargée des relations presse');
    expect(io.files['dir/summary.md']).toContain('| X (Twitter) | texte | 161 caractères pondérés | 280 | 0 erreur, 0 avertissement | ok |');
    expect(io.out).toBe(io.files['dir/summary.md']);
  });

  it('exits 1 when a channel is over its hard limit, and says which', async () => {
    const long = JSON.stringify({ ...JSON.parse(notice) as object, heading: `Travaux ${'de voirie '.repeat(28)}`.trim() });
    const io = fakeIo({ 'notice.json': long });
    expect(await runChannelsCli(['notice.json', '--channels=x'], io)).toBe(1);
    expect(io.out).toMatch(/\| X \(Twitter\) \| texte \| \d+ caractères pondérés \| 280 \| .* \| \*\*dépasse\*\* \|/u);
    expect(io.out).toContain('Raccourcissez le titre.');
  });

  it('prints every text on the standard output without --out', async () => {
    const io = fakeIo({ 'notice.json': notice });
    expect(await runChannelsCli(['notice.json', '--channels', 'push'], io)).toBe(0);
    expect(io.out).toMatch(/^── Notification push ──\nRue du Maréchal-Foch fermée à la circulation\n/u);
  });

  it('exits 2 on an unknown channel, a missing file or content that cannot be used', async () => {
    const io = fakeIo({ 'notice.json': notice, 'bad.json': '{"heading": "Sans date", "level": "info"}', 'broken.json': '{' });
    expect(await runChannelsCli(['notice.json', '--channels', 'sms,tiktok'], io)).toBe(2);
    expect(io.err).toContain('Canal inconnu ou non disponible : tiktok.');
    expect(await runChannelsCli(['notice.json', '--channels', 'images', '--out', 'dir'], io)).toBe(2);
    expect(io.err).toContain('Les visuels se dessinent avec Node seulement.');
    expect(await runChannelsCli(['absent.json'], io)).toBe(2);
    expect(io.err).toContain('Contenu « absent.json » illisible');
    expect(await runChannelsCli(['bad.json'], io)).toBe(2);
    expect(io.err).toContain('Contenu inutilisable : aucun canal produit.');
    expect(await runChannelsCli(['broken.json'], io)).toBe(2);
    expect(await runChannelsCli([], io)).toBe(2);
  });

  it('draws the social images in Node: three PNG files and their text alternatives', async () => {
    const io = fakeIo({ 'notice.json': notice, 'brand.json': brand });
    const written: Record<string, number> = {};
    const withImages = {
      ...io, socialImages: nodeIo.socialImages,
      writeBytes: (path: string, bytes: Uint8Array) => { written[path] = bytes.length; return Promise.resolve(); },
    };
    expect(await runChannelsCli(['notice.json', '--channels', 'sms,images', '--brand', 'brand.json', '--out', 'dir'], withImages)).toBe(0);
    expect(Object.keys(written)).toEqual(['dir/image-1080x1080.png', 'dir/image-1200x630.png', 'dir/image-1080x1920.png']);
    expect(io.files['dir/images.md']).toContain('| Publication carrée (1080 × 1080) | image-1080x1080.png | Visuel Ville de Loos. Vigilance\u00a0: Rue du Maréchal-Foch');
  }, 30_000);
});
