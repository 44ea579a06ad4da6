import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/share/share.js';
import { ANNOUNCE_DELAY_MS } from '../../src/controllers/announcer.js';
import { captureInvalid, mountElement } from './support.js';

const PAGE = 'https://www.loos.fr/actualites/square';
const mount = (attributes = `url="${PAGE}" share-title="Le nouveau square"`, children = '') =>
  mountElement(`<div lang="fr"><loos-share ${attributes}>${children}</loos-share></div>`, 'loos-share');
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const status = (share: Element) => flat(share.shadowRoot!.querySelector('[role="status"]')!.textContent);
const button = (share: Element, name: string) =>
  [...share.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;

describe('<loos-share>', () => {
  it('offers one plain link per network, each named for screen readers, in a labelled group', async () => {
    const share = await mount();
    const group = share.shadowRoot!.querySelector('[role="group"]')!;
    const label = share.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(flat(label.textContent)).toBe('Partager cette page : Le nouveau square');
    const links = [...group.querySelectorAll('a')];
    expect(links.map((link) => flat(link.textContent))).toEqual([
      'Partager par Courriel',
      'Partager sur Facebook',
      'Partager sur X',
      'Partager sur LinkedIn',
      'Partager sur WhatsApp',
    ]);
    expect(links[1]!.href).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(PAGE)}`);
    expect(links.every((link) => link.rel === 'noopener noreferrer')).toBe(true);
  });

  it('loads nothing from a network before a click: no script, frame or image, no request', async () => {
    const share = await mount();
    expect(share.shadowRoot!.querySelector('script, iframe, img')).toBeNull();
    const hosts = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).hostname);
    expect(hosts.filter((host) => /facebook|x\.com|twitter|linkedin|wa\.me|whatsapp/.test(host))).toEqual([]);
  });

  it('copies the address and says so once, politely', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const share = await mount();
    await userEvent.click(button(share, 'Copier le lien'));
    expect(writeText).toHaveBeenCalledWith(PAGE);
    await vi.waitFor(() => {
      expect(status(share)).toBe('Lien copié. Vous pouvez le coller dans un message.');
    }, { timeout: ANNOUNCE_DELAY_MS * 10 });
    expect(flat(share.shadowRoot!.querySelector('.feedback')!.textContent)).toBe('Lien copié. Vous pouvez le coller dans un message.');
  });

  it('shows the address to copy by hand when the page may not write to the clipboard', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('refusé', 'NotAllowedError'));
    const share = await mount();
    await userEvent.click(button(share, 'Copier le lien'));
    await vi.waitFor(() => {
      expect(status(share)).toContain('n’a pas pu être copié');
    }, { timeout: ANNOUNCE_DELAY_MS * 10 });
    expect(share.shadowRoot!.querySelector('.address')!.textContent).toBe(PAGE);
  });

  it('is used with the keyboard alone: Tab reaches every link, Enter copies', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const share = await mount();
    const reached: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      await userEvent.tab();
      reached.push(flat(share.shadowRoot!.activeElement?.textContent));
    }
    expect(reached).toEqual(['Partager par Courriel', 'Partager sur Facebook', 'Partager sur X', 'Partager sur LinkedIn', 'Partager sur WhatsApp', 'Copier le lien']);
    await userEvent.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith(PAGE);
  });

  it('offers the device’s share sheet only where it exists', async () => {
    const without = await mount();
    expect(button(without, 'Partager avec une application').closest('li')!.hidden).toBe(!('share' in navigator));
    const shareSheet = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share: shareSheet }));
    const share = await mount();
    const device = button(share, 'Partager avec une application');
    expect(device.closest('li')!.hidden).toBe(false);
    await userEvent.click(device);
    expect(shareSheet).toHaveBeenCalledWith({ url: PAGE, title: 'Le nouveau square' });
  });

  it('shows the device’s share sheet on a server-rendered element too, once it is upgraded', async () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share: vi.fn() }));
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    container.setHTMLUnsafe(`<loos-share url="${PAGE}"><template shadowrootmode="open"><p>Partager cette page</p></template></loos-share>`);
    const share = container.querySelector('loos-share')!;
    await vi.waitFor(() => {
      expect(button(share, 'Partager avec une application').closest('li')!.hidden).toBe(false);
    });
  });

  it('shares the page it is on when no address is given, without its fragment', async () => {
    const share = await mount('');
    const expected = location.href.split('#')[0]!;
    expect(share.shadowRoot!.querySelector('a')!.getAttribute('href')).toContain(encodeURIComponent(expected));
  });

  it.each([
    ['javascript:alert(1)', 'protocole'],
    ['/actualites/square', 'complète'],
  ])('refuses %j: no link, a French message and loos-invalid', async (url, reason) => {
    const invalid = captureInvalid();
    const share = await mount(`url="${url}"`);
    expect(share.shadowRoot!.querySelector('a')).toBeNull();
    expect(flat(share.shadowRoot!.textContent)).toContain('Partage indisponible');
    expect(invalid[0]!.detail.problems[0]!.field).toBe('url');
    expect(invalid[0]!.detail.problems[0]!.message).toContain(reason);
  });

  it('hides the links written for pages without JavaScript once it is defined', async () => {
    const share = await mount(`url="${PAGE}"`, '<ul><li><a href="mailto:?body=x">Partager par courriel</a></li></ul>');
    const fallback = share.querySelector('a')!;
    expect(fallback.checkVisibility()).toBe(false);
    expect(share.shadowRoot!.querySelectorAll('a')).toHaveLength(5);
  });

  it('fits 320 px without horizontal scroll', async () => {
    document.body.style.inlineSize = '320px';
    const share = await mount();
    expect(share.scrollWidth).toBeLessThanOrEqual(320);
    expect(share.shadowRoot!.querySelector('ul')!.scrollWidth).toBeLessThanOrEqual(320);
  });
});
