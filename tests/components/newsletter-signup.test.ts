import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/newsletter-signup/newsletter-signup.js';
import type { LoosNewsletterSignup } from '../../src/components/newsletter-signup/newsletter-signup.js';
import { ANNOUNCE_DELAY_MS } from '../../src/controllers/announcer.js';
import { manualClock } from '../../src/lib/notices/clock.js';
import { SIGNUP_TIMEOUT_MS } from '../../src/lib/publications/newsletter.js';
import meta, { Vide } from '../../stories/newsletter-signup.stories.js';
import { captureInvalid, mountElement, mountStory } from './support.js';

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

/** A sign-up service that records each request and answers when told (or at once with `status`). */
function service(status?: number) {
  const calls: Call[] = [];
  let answer: (status: number) => void = () => undefined;
  const fetcher = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: typeof url === 'string' ? url : url instanceof URL ? url.href : url.url, init: init ?? {} });
    return new Promise<Response>((resolve, reject) => {
      answer = (code) => {
        resolve(new Response(null, { status: code }));
      };
      init?.signal?.addEventListener('abort', () => {
        reject(new DOMException('annulé', 'AbortError'));
      });
      if (status !== undefined) answer(status);
    });
  });
  return { fetcher, calls, answer: (code: number) => { answer(code); } };
}

async function mountSignup(fetcher: typeof fetch, value = 'nadia.benali@exemple.fr'): Promise<LoosNewsletterSignup> {
  const signup = await mountStory(Vide, meta, 'loos-newsletter-signup', { value });
  signup.fetcher = fetcher;
  await signup.updateComplete;
  return signup;
}

const input = () => document.querySelector('input')!;
const button = () => document.querySelector('button')!;
const live = (signup: Element, role: 'status' | 'alert') => signup.shadowRoot!.querySelector(`[role="${role}"]`)!.textContent.trim();
const statusLine = () => document.querySelector('.loos-newsletter__status')?.textContent ?? '';

describe('<loos-newsletter-signup> checks the address in French', () => {
  it('shows the error by the field and in the summary, focuses the summary, keeps what was typed and sends nothing', async () => {
    const { fetcher } = service(201);
    await mountSignup(fetcher, 'nadia.benali');
    await userEvent.click(button());
    const summary = document.querySelector('loos-error-summary')!;
    await vi.waitFor(() => {
      expect(summary).toBe(document.activeElement);
    });
    expect(summary.querySelector('h2')!.textContent).toBe('Il y a 1 erreur');
    const error = document.querySelector('.loos-field__error')!;
    expect(error.textContent).toContain('Saisissez une adresse e-mail valide');
    expect(input().getAttribute('aria-describedby')).toContain(error.id);
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().value).toBe('nadia.benali');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('names the empty field', async () => {
    const { fetcher } = service(201);
    await mountSignup(fetcher, '');
    await userEvent.click(button());
    await vi.waitFor(() => {
      expect(document.querySelector('.loos-field__error')?.textContent).toContain('Renseignez le champ « Votre adresse e-mail »');
    });
    expect(fetcher).not.toHaveBeenCalled();
  });
});

describe('<loos-newsletter-signup> sends the sign-up', () => {
  it('posts the form-encoded values to the form’s action', async () => {
    const { fetcher, calls } = service(201);
    await mountSignup(fetcher);
    await userEvent.click(button());
    await vi.waitFor(() => {
      expect(calls).toHaveLength(1);
    });
    expect(calls[0]!.url).toBe(new URL('/lettre-d-information/inscription', location.href).href);
    expect(calls[0]!.init.method).toBe('POST');
    expect(new Headers(calls[0]!.init.headers).get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    expect(calls[0]!.init.body).toBe('courriel=nadia.benali%40exemple.fr');
    expect(calls[0]!.init.credentials).toBe('same-origin');
  });

  it('posts JSON with encoding="json"', async () => {
    const { fetcher, calls } = service(201);
    const signup = await mountSignup(fetcher);
    signup.setAttribute('encoding', 'json');
    await signup.updateComplete;
    await userEvent.click(button());
    await vi.waitFor(() => {
      expect(calls).toHaveLength(1);
    });
    expect(new Headers(calls[0]!.init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ courriel: 'nadia.benali@exemple.fr' });
  });

  it('says the success once, politely, keeps the focus on the button and the address in the field', async () => {
    const { fetcher } = service(201);
    const signup = await mountSignup(fetcher);
    button().focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => {
      expect(live(signup, 'status')).toBe('C’est fait : l’adresse nadia.benali@exemple.fr est inscrite à la Lettre d’information. Merci !');
    }, { timeout: ANNOUNCE_DELAY_MS * 10 });
    expect(live(signup, 'alert')).toBe('');
    expect(statusLine()).toBe(live(signup, 'status'));
    expect(document.activeElement).toBe(button());
    expect(input().value).toBe('nadia.benali@exemple.fr');
    // Said once: another update of the element does not say it again.
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(live(signup, 'status')));
    observer.observe(signup.shadowRoot!, { subtree: true, characterData: true, childList: true });
    signup.requestUpdate();
    await signup.updateComplete;
    observer.disconnect();
    expect(said.filter((text) => text !== '' && text !== live(signup, 'status'))).toEqual([]);
  });

  it('ignores a second submission while the first is on its way: one request, the button aria-disabled', async () => {
    const { fetcher, calls, answer } = service();
    const signup = await mountSignup(fetcher);
    await userEvent.click(button());
    await vi.waitFor(() => {
      expect(button().getAttribute('aria-disabled')).toBe('true');
    });
    expect(statusLine()).toBe('Inscription en cours…');
    // Playwright will not click an aria-disabled button: the DOM click is what a person's press does.
    button().click();
    input().focus();
    await userEvent.keyboard('{Enter}');
    await signup.updateComplete;
    expect(calls).toHaveLength(1);
    answer(201);
    await vi.waitFor(() => {
      expect(live(signup, 'status')).toContain('est inscrite');
    }, { timeout: ANNOUNCE_DELAY_MS * 10 });
    expect(button().hasAttribute('aria-disabled')).toBe(false);
  });

  it('says a failure with what to do, assertively, and keeps the address to try again', async () => {
    const { fetcher } = service(503);
    const signup = await mountSignup(fetcher);
    await userEvent.click(button());
    await vi.waitFor(() => {
      expect(live(signup, 'alert')).toContain('réessayez dans quelques minutes');
    }, { timeout: ANNOUNCE_DELAY_MS * 10 });
    expect(input().value).toBe('nadia.benali@exemple.fr');
    expect(button().hasAttribute('aria-disabled')).toBe(false);
  });

  it('gives up after the timeout and says so', async () => {
    const { fetcher } = service();
    const signup = await mountSignup(fetcher);
    const clock = manualClock(Date.now());
    signup.clock = clock;
    await userEvent.click(button());
    await vi.waitFor(() => {
      expect(clock.pending).toBe(1);
    });
    clock.advance(SIGNUP_TIMEOUT_MS);
    await vi.waitFor(() => {
      expect(live(signup, 'alert')).toContain('n’a pas répondu à temps');
    }, { timeout: ANNOUNCE_DELAY_MS * 10 });
  });
});

describe('<loos-newsletter-signup> lets the page send it', () => {
  it('fires a cancelable loos-subscribe with the address and values; respondWith replaces the request', async () => {
    const { fetcher } = service(201);
    const signup = await mountSignup(fetcher);
    let settle: () => void = () => undefined;
    const details: unknown[] = [];
    signup.addEventListener('loos-subscribe', (event) => {
      details.push(event.detail);
      event.respondWith(new Promise<void>((resolve) => { settle = resolve; }));
    });
    await userEvent.click(button());
    await vi.waitFor(() => {
      expect(details).toEqual([{ email: 'nadia.benali@exemple.fr', values: { courriel: 'nadia.benali@exemple.fr' } }]);
    });
    expect(button().getAttribute('aria-disabled')).toBe('true');
    settle();
    await vi.waitFor(() => {
      expect(live(signup, 'status')).toContain('est inscrite');
    }, { timeout: ANNOUNCE_DELAY_MS * 10 });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('sends nothing and says nothing when the page only cancels the event', async () => {
    const { fetcher } = service(201);
    const signup = await mountSignup(fetcher);
    signup.addEventListener('loos-subscribe', (event) => {
      event.preventDefault();
    });
    await userEvent.click(button());
    // The event is fired as the form is submitted: once the click is done, the element has decided.
    await signup.updateComplete;
    expect(fetcher).not.toHaveBeenCalled();
    expect(statusLine()).toBe('');
    expect(button().hasAttribute('aria-disabled')).toBe(false);
  });
});

describe('<loos-newsletter-signup> refuses what it cannot send safely', () => {
  const markup = (action: string, extra = '') => `<div lang="fr"><loos-newsletter-signup ${extra}><form method="post" action="${action}">
    <loos-field><label for="t-email">Adresse e-mail</label><input id="t-email" name="courriel" type="email" value="nadia@exemple.fr" required></loos-field>
    <p>Consentement. <a href="/donnees-personnelles">Vos données</a></p><button>M’inscrire</button></form></loos-newsletter-signup></div>`;

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['mailto:lettre@loos.fr', 'https:'],
  ])('refuses action="%s" with loos-invalid, and sends nothing when the form is submitted', async (action, reason) => {
    const invalid = captureInvalid();
    const { fetcher } = service(201);
    const signup = await mountElement(markup(action), 'loos-newsletter-signup');
    signup.fetcher = fetcher;
    await vi.waitFor(() => {
      expect(invalid.flatMap((event) => event.detail.problems).map((found) => found.message).join(' ')).toContain(reason);
    });
    expect(invalid.flatMap((event) => event.detail.problems).filter((found) => found.field === 'form[action]')).toHaveLength(1);
    await userEvent.click(button());
    await vi.waitFor(() => {
      expect(live(signup, 'alert')).toContain('n’a pas pu être envoyée');
    }, { timeout: ANNOUNCE_DELAY_MS * 10 });
    expect(fetcher).not.toHaveBeenCalled();
    expect((window as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('reports an unknown encoding and sends as a plain form', async () => {
    const invalid = captureInvalid();
    const { fetcher, calls } = service(201);
    const signup = await mountElement(markup('/lettre', 'encoding="xml"'), 'loos-newsletter-signup');
    signup.fetcher = fetcher;
    await vi.waitFor(() => {
      expect(invalid.flatMap((event) => event.detail.problems).map((found) => found.field)).toContain('encoding');
    });
    await userEvent.click(button());
    await vi.waitFor(() => {
      expect(calls).toHaveLength(1);
    });
    expect(calls[0]!.init.body).toBe('courriel=nadia%40exemple.fr');
  });

  it('says what is missing from the markup, and adds the error summary the form lacks', async () => {
    const invalid = captureInvalid();
    await mountElement('<div lang="fr"><loos-newsletter-signup><form method="post" action="/lettre"><input type="email" name="courriel" aria-label="Adresse e-mail"></form></loos-newsletter-signup></div>', 'loos-newsletter-signup');
    await vi.waitFor(() => {
      expect(invalid.length).toBeGreaterThan(0);
    });
    const messages = invalid.flatMap((event) => event.detail.problems).map((found) => found.message).join('\n');
    expect(messages).toContain('<loos-field>');
    expect(messages).toContain('bouton d’envoi');
    expect(messages).toContain('Données personnelles');
    expect(document.querySelector('form > loos-error-summary')).not.toBeNull();
  });
});
