import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LoosToneChecker } from '../../src/components/tone-checker/tone-checker.js';
import '../../src/components/tone-checker/tone-checker.js';
import type { LoosInvalidEvent } from '../../src/lib/invalid.js';
import { mountElement } from './support.js';

const mount = (markup: string) => mountElement(markup, 'loos-tone-checker');

function parts(checker: LoosToneChecker) {
  const root = checker.shadowRoot!;
  return {
    textarea: root.querySelector('textarea')!,
    select: root.querySelector('select')!,
    falc: root.querySelector<HTMLInputElement>('#falc')!,
    counter: root.querySelector('#counter')!,
    score: root.querySelector('#score')!,
    status: root.querySelector('[role="status"]')!,
    findings: [...root.querySelectorAll<HTMLButtonElement>('button.finding')],
  };
}

/** Waits until the debounced analysis has run. */
async function settle(checker: LoosToneChecker, ms = 250): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await checker.updateComplete;
}

describe('<loos-tone-checker> on a very long text', () => {
  it('checks the first 20,000 characters live, says so, and counts the whole text', async () => {
    const checker = await mountElement('<loos-tone-checker></loos-tone-checker>', 'loos-tone-checker');
    const sentence = 'Le budget est de 12500 euros. ';
    checker.value = sentence + 'a'.repeat(99_940) + ' ' + sentence.trim();
    await checker.updateComplete;
    const rules = [...checker.shadowRoot!.querySelectorAll('[data-rule]')].map((button) => button.getAttribute('data-rule'));
    expect(rules.filter((rule) => rule === 'typo-thousands')).toHaveLength(1);
    expect(checker.shadowRoot!.querySelector('[part=limit]')!.textContent).toBe(
      'Texte très long : seuls les 20\u202f000 premiers caractères sont vérifiés ici. Pour un texte entier, utilisez l’outil loos-tone en ligne de commande.',
    );
    expect(checker.shadowRoot!.querySelector('#counter')!.textContent).toContain('100');
  });
});

describe('<loos-tone-checker>', () => {
  it('labels every control', async () => {
    const checker = await mount('<loos-tone-checker></loos-tone-checker>');
    const { textarea, select, falc } = parts(checker);
    const root = checker.shadowRoot!;
    for (const control of [textarea, select, falc]) expect(root.querySelector(`label[for="${control.id}"]`)?.textContent.trim()).toBeTruthy();
    expect(root.textContent).toContain('Le texte est vide.');
  });

  it('updates the findings while the person types', async () => {
    const checker = await mount('<loos-tone-checker></loos-tone-checker>');
    await userEvent.click(parts(checker).textarea);
    await userEvent.keyboard('Nous allons procéder à la fermeture du parc.');
    await settle(checker);
    const rules = parts(checker).findings.map((b) => b.dataset.rule);
    expect(rules).toContain('jargon');
    expect(parts(checker).findings[0]?.textContent).toContain('fermer');
  });

  it('selects the passage of a finding in the text area when the finding is activated', async () => {
    const text = 'Bonjour. Nous allons procéder à la fermeture du parc.';
    const checker = await mount(`<loos-tone-checker value="${text}"></loos-tone-checker>`);
    const button = parts(checker).findings.find((b) => b.dataset.rule === 'jargon')!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    const { textarea } = parts(checker);
    expect(checker.shadowRoot!.activeElement).toBe(textarea);
    expect(text.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('procéder à la fermeture');
  });

  it('changes the limits when the channel changes', async () => {
    const checker = await mount(`<loos-tone-checker value="${'Réunion publique jeudi. '.repeat(8)}"></loos-tone-checker>`);
    expect(parts(checker).counter.textContent).toMatch(/^192 caractères$/);
    await userEvent.selectOptions(parts(checker).select, 'sms');
    await checker.updateComplete;
    expect(checker.channel).toBe('sms');
    expect(parts(checker).counter.textContent).toMatch(/2 SMS \(GSM-7, 160 caractères/);
    await userEvent.selectOptions(parts(checker).select, 'x');
    await checker.updateComplete;
    expect(parts(checker).counter.textContent).toContain('192 caractères pondérés sur 280');
  });

  it('counts an accented SMS in UCS-2 and shows the readability band in words', async () => {
    const checker = await mount('<loos-tone-checker channel="sms" value="La fête de l’école a lieu samedi. Venez nombreux."></loos-tone-checker>');
    expect(parts(checker).counter.textContent).toContain('UCS-2, 70 caractères');
    expect(parts(checker).score.textContent).toMatch(/Lisibilité : (très facile|facile|assez facile|standard)/);
    expect(parts(checker).findings.some((b) => b.dataset.rule === 'sms-encoding')).toBe(true);
  });

  it('applies the FALC profile from its checkbox', async () => {
    const checker = await mount(`<loos-tone-checker value="${'mot '.repeat(14)}fin."></loos-tone-checker>`);
    expect(parts(checker).findings.some((b) => b.dataset.rule === 'sentence-length')).toBe(false);
    await userEvent.click(parts(checker).falc);
    await checker.updateComplete;
    expect(checker.profile).toBe('falc');
    expect(parts(checker).findings.some((b) => b.dataset.rule === 'sentence-length')).toBe(true);
  });

  it('announces the counter politely after a pause, not at each keystroke', async () => {
    const checker = await mount('<loos-tone-checker></loos-tone-checker>');
    const { status, textarea } = parts(checker);
    expect(status.getAttribute('aria-live')).toBe('polite');
    await userEvent.click(textarea);
    await userEvent.keyboard('Bonjour');
    await checker.updateComplete;
    expect(status.textContent.trim()).toBe('');
    await settle(checker, 1500);
    expect(status.textContent).toMatch(/remarque.*7 caractères/);
  });

  it('reports an unknown channel and falls back to the web page', async () => {
    const listener = vi.fn<(event: LoosInvalidEvent) => void>();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.addEventListener('loos-invalid', listener);
    const checker = await mount('<loos-tone-checker channel="fax" value="Texte."></loos-tone-checker>');
    document.removeEventListener('loos-invalid', listener);
    expect(listener).toHaveBeenCalledOnce();
    expect(listener.mock.calls[0]?.[0].detail.problems[0]?.field).toBe('channel');
    expect(parts(checker).select.value).toBe('web');
  });

  it('renders HTML in the text as text', async () => {
    const checker = await mount('<loos-tone-checker></loos-tone-checker>');
    checker.value = '<img src=x onerror="window.__pwned=1"> AFIN DE VENIR!!';
    await checker.updateComplete;
    expect(checker.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
