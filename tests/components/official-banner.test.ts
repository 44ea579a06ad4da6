import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LoosOfficialBanner } from '../../src/components/official-banner/official-banner.js';
import { defineElement } from '../../src/lib/define.js';
import type { LoosInvalidEvent } from '../../src/lib/invalid.js';
import { mountElement } from './support.js';

const mount = (markup: string) => mountElement(markup, 'loos-official-banner');

function parts(banner: LoosOfficialBanner) {
  const root = banner.shadowRoot!;
  return {
    button: root.querySelector('button')!,
    panel: root.querySelector<HTMLElement>('#explanation')!,
    text: root.textContent.replace(/\s+/g, ' '),
  };
}

describe('<loos-official-banner>', () => {
  it('says the site is official and keeps the explanation collapsed by default', async () => {
    const banner = await mount('<loos-official-banner></loos-official-banner>');
    const { button, panel, text } = parts(banner);
    expect(text).toContain('Site officiel de la Ville de Loos');
    expect(button.textContent.trim()).toBe('Comment le vérifier ?');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    expect(panel.getBoundingClientRect().height).toBe(0);
  });

  it('points the button at the panel it controls', async () => {
    const banner = await mount('<loos-official-banner></loos-official-banner>');
    const { button, panel } = parts(banner);
    expect(banner.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).toBe(panel);
  });

  it('opens with Enter and Space from the keyboard and closes with Escape, focus back on the button', async () => {
    const banner = await mount('<loos-official-banner></loos-official-banner>');
    const { button, panel } = parts(banner);
    await userEvent.tab();
    expect(banner.shadowRoot!.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    await banner.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    await userEvent.keyboard(' ');
    await banner.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{Enter}');
    await banner.updateComplete;
    await userEvent.keyboard('{Escape}');
    await banner.updateComplete;
    expect(panel.hidden).toBe(true);
    expect(banner.shadowRoot!.activeElement).toBe(button);
  });

  it('explains the domain, the secure connection and that no password is ever asked by e-mail', async () => {
    const banner = await mount('<loos-official-banner domain="loos.fr" expanded></loos-official-banner>');
    const { text } = parts(banner);
    expect(text).toContain('se termine par « loos.fr »');
    expect(text).toContain('https://');
    expect(text).toContain('ne vous demande jamais votre mot de passe');
  });

  it('fires loos-toggle with the new state', async () => {
    const banner = await mount('<loos-official-banner></loos-official-banner>');
    const states: boolean[] = [];
    banner.addEventListener('loos-toggle', (event) => states.push(event.detail.expanded));
    parts(banner).button.click();
    parts(banner).button.click();
    expect(states).toEqual([true, false]);
  });

  it('uses the sentence written in the page, which reads before the element upgrades', async () => {
    const banner = await mount('<loos-official-banner><p>Site officiel du Centre communal d’action sociale</p></loos-official-banner>');
    const slot = banner.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]?.textContent).toBe('Site officiel du Centre communal d’action sociale');
    expect(banner.innerText).toContain('Centre communal');
  });

  it('refuses a value that is not a domain name, says why and never shows it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const invalid: LoosInvalidEvent[] = [];
    document.body.addEventListener('loos-invalid', (event) => invalid.push(event), { once: true });
    const banner = await mount('<loos-official-banner domain="javascript:alert(1)" expanded></loos-official-banner>');
    const { text } = parts(banner);
    expect(text).not.toContain('javascript');
    expect(text).toContain('se termine par son nom de domaine officiel');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.detail.problems[0]).toMatchObject({ field: 'domain', value: 'javascript:alert(1)' });
    expect(invalid[0]!.detail.problems[0]!.message).toMatch(/nom de domaine n'est pas valide/);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('reports an empty organisation once and falls back to the city name', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const banner = await mount('<loos-official-banner organisation="  "></loos-official-banner>');
    banner.expanded = true;
    await banner.updateComplete;
    expect(parts(banner).text).toContain('Site officiel de la Ville de Loos');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('shows HTML in the organisation name as text, never as markup', async () => {
    const banner = await mount('<loos-official-banner></loos-official-banner>');
    banner.organisation = '<img src=x onerror="window.__pwned = true">';
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('img')).toBeNull();
    expect(parts(banner).text).toContain('<img src=x');
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('speaks English inside an English page', async () => {
    const banner = await mount('<div lang="en"><loos-official-banner></loos-official-banner></div>');
    expect(parts(banner).text).toContain('Official website of the Ville de Loos');
    expect(parts(banner).button.textContent.trim()).toBe("Here's how you know");
  });

  it('warns instead of throwing when a second copy of the library defines the element again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    class SecondCopy extends LoosOfficialBanner {}
    expect(() => {
      defineElement('loos-official-banner', SecondCopy);
    }).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('déjà défini'));
    expect(customElements.get('loos-official-banner')).toBe(LoosOfficialBanner);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const banner = await mount('<div style="inline-size:320px"><loos-official-banner expanded></loos-official-banner></div>');
    expect(banner.scrollWidth).toBeLessThanOrEqual(320);
    expect(banner.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});
