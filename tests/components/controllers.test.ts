/// <reference types="vite/client" />
import { html, LitElement } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { AnnouncerController } from '../../src/controllers/announcer.js';
import { WakeUpController } from '../../src/controllers/clock.js';
import { CustomStatesController } from '../../src/controllers/custom-states.js';
import { DataSourceController } from '../../src/controllers/data-source.js';
import { DATA_SOURCES } from '../../src/lib/data-sources.js';
import { InvalidController } from '../../src/controllers/invalid.js';
import { LocaleController } from '../../src/controllers/locale.js';
import type { LoosInvalidEvent } from '../../src/events/invalid.js';
import { problem, type InputProblem } from '../../src/lib/invalid.js';
import { manualClock, type Clock } from '../../src/lib/notices/clock.js';

/** A bare element using every controller, as an element of the library does. */
class ControllerHost extends LitElement {
  clock: Clock = manualClock(0);
  wakes = 0;
  renders = 0;
  readonly locale = new LocaleController(this);
  readonly invalid = new InvalidController(this);
  readonly announcer = new AnnouncerController(this);
  readonly wakeUp = new WakeUpController(this, () => this.clock, () => {
    this.wakes += 1;
  });
  readonly data = new DataSourceController(this, DATA_SOURCES['loos-event-list']);
  readonly states = new CustomStatesController(this, () => (this.data.loading ? ['loading'] : []));
  problems: readonly InputProblem[] = [];

  protected override willUpdate(): void {
    this.invalid.problems = this.problems;
  }

  protected override render() {
    this.renders += 1;
    return html`<p>${this.locale.value}</p>${this.announcer.regions()}`;
  }
}
customElements.define('test-controller-host', ControllerHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-controller-host': ControllerHost;
  }
}

async function mount(markup = '<test-controller-host></test-controller-host>'): Promise<ControllerHost> {
  document.body.innerHTML = markup;
  const host = document.querySelector('test-controller-host')!;
  await host.updateComplete;
  return host;
}

/** A request that never answers until it is aborted. */
const hanging = vi.fn((_url: unknown, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => {
      reject(new DOMException('Aborted', 'AbortError'));
    });
  }),
);

describe('LocaleController', () => {
  it('reads the closest lang and follows its changes, on the element or any ancestor', async () => {
    const host = await mount('<div lang="en"><section><test-controller-host></test-controller-host></section></div>');
    expect(host.locale.value).toBe('en');
    document.querySelector('div')!.lang = 'fr-BE';
    await vi.waitFor(() => {
      expect(host.shadowRoot!.querySelector('p')!.textContent).toBe('fr');
    });
    host.lang = 'en-GB';
    await vi.waitFor(() => {
      expect(host.locale.value).toBe('en');
    });
  });

  it('watches the page with one observer, however many elements there are', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    await mount('<test-controller-host></test-controller-host>'.repeat(50));
    // Only roots not watched before are observed: at most the document, once.
    expect(observe.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('stops following once the element has left the page', async () => {
    const host = await mount('<div lang="fr"><test-controller-host></test-controller-host></div>');
    const div = document.querySelector('div')!;
    host.remove();
    const renders = host.renders;
    div.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.renders).toBe(renders);
  });
});

describe('InvalidController', () => {
  it('reports each distinct set of problems once, after the update', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reports: LoosInvalidEvent[] = [];
    document.addEventListener('loos-invalid', (event) => reports.push(event));
    const host = await mount();
    host.problems = [problem('src', 'Adresse refusée.', 'javascript:x')];
    host.requestUpdate();
    await host.updateComplete;
    host.requestUpdate();
    await host.updateComplete;
    expect(reports).toHaveLength(1);
    expect(reports[0]!.detail).toEqual({ element: 'test-controller-host', problems: [{ field: 'src', message: 'Adresse refusée.', value: 'javascript:x' }] });
    host.problems = [problem('max', 'Nombre invalide.')];
    host.requestUpdate();
    await host.updateComplete;
    expect(reports).toHaveLength(2);
    expect(console.warn).toHaveBeenCalledTimes(2);
  });
});

describe('WakeUpController', () => {
  it('wakes the host at the instant asked, on its clock, once', async () => {
    const host = await mount();
    const clock = manualClock(1_000);
    host.clock = clock;
    host.wakeUp.wakeAt(5_000);
    clock.advance(3_999);
    expect(host.wakes).toBe(0);
    clock.advance(1);
    expect(host.wakes).toBe(1);
    clock.advance(10_000);
    expect(host.wakes).toBe(1);
  });

  it('reaches an instant further than a timer can wait in steps', async () => {
    const host = await mount();
    const clock = manualClock(0);
    host.clock = clock;
    const farAway = 60 * 24 * 3600 * 1000; // 60 days
    host.wakeUp.wakeAt(farAway);
    clock.advance(2 ** 31 - 1);
    expect(host.wakes).toBe(0);
    expect(clock.pending).toBe(1);
    clock.set(farAway);
    expect(host.wakes).toBe(1);
  });

  it('forgets its wake-up when the host leaves the page', async () => {
    const host = await mount();
    const clock = manualClock(0);
    host.clock = clock;
    host.wakeUp.wakeAt(1_000);
    host.remove();
    expect(clock.pending).toBe(0);
  });
});

describe('AnnouncerController', () => {
  const region = (host: ControllerHost, role: 'status' | 'alert') => host.shadowRoot!.querySelector(`[role=${role}]`)!;

  it('renders empty regions first, then says the text once, politely or assertively, then clears it', async () => {
    vi.useFakeTimers();
    try {
      const host = await mount();
      host.announcer.announce('Avis masqué.');
      await host.updateComplete;
      expect(region(host, 'status').textContent).toBe('');
      vi.advanceTimersByTime(150);
      await host.updateComplete;
      expect(region(host, 'status').textContent).toBe('Avis masqué.');
      expect(region(host, 'alert').textContent).toBe('');
      vi.advanceTimersByTime(10_000);
      await host.updateComplete;
      expect(region(host, 'status').textContent).toBe('');
      host.announcer.announce('Alerte : crue', 'assertive');
      vi.advanceTimersByTime(150);
      await host.updateComplete;
      expect(region(host, 'alert').textContent).toBe('Alerte : crue');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says only the last of announcements made in a row', async () => {
    vi.useFakeTimers();
    try {
      const host = await mount();
      const said: string[] = [];
      new MutationObserver(() => said.push(region(host, 'status').textContent)).observe(host.shadowRoot!, { subtree: true, characterData: true, childList: true });
      host.announcer.announce('1 remarque', 'polite', 1200);
      vi.advanceTimersByTime(600);
      host.announcer.announce(() => '2 remarques', 'polite', 1200);
      vi.advanceTimersByTime(1200);
      await host.updateComplete;
      await Promise.resolve();
      expect(said.filter((text) => text !== '')).toEqual(['2 remarques']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('DataSourceController', () => {
  it('reads the data child the element declares', async () => {
    const host = await mount('<test-controller-host><script type="application/ld+json">[{"@type":"Event"}]</script></test-controller-host>');
    expect(host.data.childText).toEqual({ type: 'application/ld+json', text: '[{"@type":"Event"}]' });
  });

  it('aborts the request under way when another starts, and gives the old one no answer', async () => {
    const host = await mount();
    const first = host.data.fetch('/a.json', { fetch: hanging });
    expect(host.data.loading).toBe(true);
    const second = host.data.fetch('/b.json', { fetch: () => Promise.resolve(new Response('[]')) });
    expect(await first).toBeUndefined();
    expect(await second).toMatchObject({ ok: true, body: '[]' });
    expect(host.data.loading).toBe(false);
  });

  it('aborts the request when the element leaves the page', async () => {
    const host = await mount();
    const pending = host.data.fetch('/a.json', { fetch: hanging });
    host.remove();
    expect(await pending).toBeUndefined();
  });

  it('gives up after the shared timeout, with a French message naming the data', async () => {
    const host = await mount();
    const clock = manualClock(0);
    hanging.mockClear();
    const pending = host.data.fetch('/agenda.json', { fetch: hanging, clock });
    // The fetching code loads with the first request: the timer starts when the request goes out.
    await vi.waitFor(() => {
      expect(hanging).toHaveBeenCalledTimes(1);
    });
    clock.advance(10_000);
    expect(await pending).toMatchObject({ ok: false, failure: 'timeout', message: "Le serveur de l'agenda n'a pas répondu en 10 secondes." });
  });
});

describe('CustomStatesController', () => {
  it('shows the element’s states to page CSS, in step with each update, out of the author’s reach', async () => {
    const host = await mount();
    expect(host.matches(':state(loading)')).toBe(false);
    const pending = host.data.fetch('/a.json', { fetch: hanging });
    await host.updateComplete;
    expect(host.matches(':state(loading)')).toBe(true);
    host.removeAttribute('state');
    host.setAttribute('class', 'loading');
    expect(host.matches(':state(loading)')).toBe(true);
    host.data.abort();
    await pending;
    await host.updateComplete;
    expect(host.matches(':state(loading)')).toBe(false);
  });

  it('gives up quietly when a page script took the element’s internals first', async () => {
    document.body.innerHTML = '<div></div>';
    const host = document.createElement('test-controller-host');
    host.attachInternals();
    document.body.append(host);
    await host.updateComplete;
    const pending = host.data.fetch('/a.json', { fetch: hanging });
    await host.updateComplete;
    expect(host.matches(':state(loading)')).toBe(false);
    host.data.abort();
    await pending;
  });
});
