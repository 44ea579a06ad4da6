import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LoosNotice } from '../../src/components/notice/notice.js';
import { manualClock, type ManualClock } from '../../src/lib/notices/clock.js';
import { DISMISSAL_PREFIX, forgetPageDismissals } from '../../src/lib/notices/dismissals.js';
import { captureInvalid } from './support.js';

/** 14 March 2026, 10:00 in Loos. */
const NOW = Date.parse('2026-03-14T10:00:00+01:00');

async function mount(markup: string, clock: ManualClock = manualClock(NOW)): Promise<LoosNotice> {
  document.body.innerHTML = markup;
  const notice = document.querySelector('loos-notice')!;
  notice.clock = clock;
  await notice.updateComplete;
  return notice;
}

const section = (notice: LoosNotice) => notice.shadowRoot!.querySelector('section');
/** The polite region (`status`), or the assertive one (`alert`) that alerts are announced in. */
const liveRegion = (notice: LoosNotice, role: 'status' | 'alert' = 'status') => notice.shadowRoot!.querySelector<HTMLElement>(`[role=${role}]`)!;
const text = (notice: LoosNotice) => (section(notice)?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  localStorage.clear();
  forgetPageDismissals();
});

describe('<loos-notice> content', () => {
  it('shows the level in words, the heading, the message, the source and the date in French', async () => {
    const notice = await mount(`<loos-notice level="warning" heading="Route fermée" published="2026-03-14T08:30" expires="2026-03-16">
      <p>L’avenue est fermée jusqu’à lundi.</p></loos-notice>`);
    expect(text(notice)).toBe(
      'Vigilance Route fermée Communiqué officiel · Ville de Loos · Publié le 14 mars 2026 à 8 h 30 · Valable jusqu’au 16 mars 2026',
    );
    expect(notice.innerText).toContain('L’avenue est fermée jusqu’à lundi.');
    expect(section(notice)!.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(section(notice)!.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-14T07:30:00.000Z');
  });

  it('writes the first of the month as « 1er », like the event card', async () => {
    const notice = await mount(`<loos-notice level="info" heading="Marché de Noël" published="2026-03-01T09:00" expires="2026-04-01">
      <p>Le marché ouvre.</p></loos-notice>`);
    expect(text(notice)).toContain('Publié le 1er mars 2026 à 9 h');
    expect(text(notice)).toContain('Valable jusqu’au 1er avril 2026');
  });

  it.each([
    ['info', 'Information'],
    ['warning', 'Vigilance'],
    ['alert', 'Alerte'],
  ])('names the %s region after its level and heading', async (level, word) => {
    const notice = await mount(`<loos-notice level="${level}" heading="Tempête"><p>Texte</p></loos-notice>`);
    const region = section(notice)!;
    const name = region
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => notice.shadowRoot!.getElementById(id)!.textContent.trim())
      .join(' ');
    expect(name).toBe(`${word} Tempête`);
    expect(region.querySelector('h2')!.textContent).toBe('Tempête');
  });

  it('uses the source given and the heading level asked for', async () => {
    const notice = await mount('<loos-notice heading="T" source="Préfecture du Nord" heading-level="3"><p>M</p></loos-notice>');
    expect(text(notice)).toContain('Préfecture du Nord');
    expect(section(notice)!.querySelector('h3')).not.toBeNull();
  });

  it('links to more information with a name that says which notice', async () => {
    const notice = await mount('<loos-notice heading="Tempête" href="https://www.ville-loos.fr/tempete"><p>M</p></loos-notice>');
    const link = section(notice)!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.ville-loos.fr/tempete');
    expect(link.textContent.replace(/\s+/g, ' ').trim()).toBe('En savoir plus : Tempête');
  });

  it('keeps hostile text as text', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const notice = await mount('<loos-notice></loos-notice>');
    notice.heading = '<img src=x onerror="window.__loosNoticeHacked = true">';
    notice.textContent = '<img src=x onerror="window.__loosNoticeHacked = true">';
    await notice.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(notice.shadowRoot!.querySelector('img')).toBeNull();
    expect(notice.querySelector('img')).toBeNull();
    expect(text(notice)).toContain('<img src=x');
    expect((window as { __loosNoticeHacked?: boolean }).__loosNoticeHacked).toBeUndefined();
  });

  it('speaks English inside an English page', async () => {
    document.body.innerHTML = '<div lang="en"><loos-notice level="alert" heading="Storm" published="2026-03-14T08:30"><p>M</p></loos-notice></div>';
    const notice = document.querySelector('loos-notice')!;
    notice.clock = manualClock(NOW);
    await notice.updateComplete;
    expect(text(notice)).toContain('Alert Storm Official notice · City of Loos · Published on 14 March 2026 at 08:30');
  });
});

describe('<loos-notice> links', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('does not render the link %j and reports it', async (href) => {
    const invalid = captureInvalid();
    document.body.innerHTML = '<loos-notice heading="T"><p>M</p></loos-notice>';
    const notice = document.querySelector('loos-notice')!;
    notice.clock = manualClock(NOW);
    notice.href = href;
    await notice.updateComplete;
    expect(notice.shadowRoot!.querySelector('a')).toBeNull();
    expect(text(notice)).toContain('T');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.detail.problems[0]!.field).toBe('href');
  });

  it.each(['https://a.fr', 'http://a.fr', 'mailto:mairie@ville-loos.fr', 'tel:+33320000000', '/travaux', '#details'])(
    'renders the link %j',
    async (href) => {
      const notice = await mount(`<loos-notice heading="T" href="${href}"><p>M</p></loos-notice>`);
      expect(notice.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(href);
    },
  );
});

describe('<loos-notice> dismissal', () => {
  it.each([['{Enter}'], [' ']])('is dismissed from the keyboard (%s) and remembered', async (key) => {
    const notice = await mount('<loos-notice level="info" heading="Coupure d’eau" dismissible notice-id="eau" published="2026-03-14"><p>M</p></loos-notice>');
    const dismissed: { noticeId: string | undefined; remembered: boolean }[] = [];
    notice.addEventListener('loos-dismiss', (event) => dismissed.push(event.detail));
    await userEvent.tab();
    const button = notice.shadowRoot!.activeElement as HTMLButtonElement;
    expect(button.textContent.replace(/\s+/g, ' ').trim()).toBe('Masquer cet avis : Coupure d’eau');
    await userEvent.keyboard(key);
    await notice.updateComplete;
    expect(section(notice)).toBeNull();
    expect(notice.visible).toBe(false);
    expect(dismissed).toEqual([{ noticeId: 'eau', remembered: true }]);
    expect(localStorage.getItem(`${DISMISSAL_PREFIX}eau@2026-03-13T23:00:00.000Z`)).not.toBeNull();
  });

  it('stays dismissed after a reload, and shows again when re-published', async () => {
    const markup = (published: string) =>
      `<loos-notice level="warning" heading="T" dismissible notice-id="route" published="${published}"><p>M</p></loos-notice>`;
    let notice = await mount(markup('2026-03-14T08:00'));
    notice.shadowRoot!.querySelector('button')!.click();
    forgetPageDismissals(); // a reload forgets everything but storage
    notice = await mount(markup('2026-03-14T08:00'));
    expect(section(notice)).toBeNull();
    notice = await mount(markup('2026-03-14T09:00'));
    expect(section(notice)).not.toBeNull();
  });

  it('holds for the page only, without an error, when storage fails', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota dépassé', 'QuotaExceededError');
    });
    const errors: unknown[] = [];
    window.addEventListener('error', (event) => errors.push(event.error));
    const markup = '<loos-notice heading="T" dismissible notice-id="n"><p>M</p></loos-notice>';
    let notice = await mount(markup);
    const dismissed: boolean[] = [];
    notice.addEventListener('loos-dismiss', (event) => dismissed.push(event.detail.remembered));
    notice.shadowRoot!.querySelector('button')!.click();
    await notice.updateComplete;
    expect(section(notice)).toBeNull();
    expect(dismissed).toEqual([false]);
    notice = await mount(markup); // same page: still hidden
    expect(section(notice)).toBeNull();
    forgetPageDismissals(); // a reload: it shows again
    notice = await mount(markup);
    expect(section(notice)).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('never lets an alert be dismissed, and reports the request', async () => {
    const invalid = captureInvalid();
    const notice = await mount('<loos-notice level="alert" heading="Évacuation" dismissible notice-id="x"><p>M</p></loos-notice>');
    expect(notice.shadowRoot!.querySelector('button')).toBeNull();
    expect(invalid[0]!.detail.problems.map((p) => p.field)).toEqual(['dismissible']);
  });
});

describe('<loos-notice> publication and expiry (controlled clock)', () => {
  it('is not shown once expired, even for a date-only expiry that ended yesterday', async () => {
    const notice = await mount('<loos-notice heading="T" expires="2026-03-13"><p>M</p></loos-notice>');
    expect(section(notice)).toBeNull();
  });

  it('disappears at the end of its expiry day in Paris and fires loos-expire at that moment', async () => {
    const clock = manualClock(NOW);
    const notice = await mount('<loos-notice heading="T" notice-id="n" expires="2026-03-14"><p>M</p></loos-notice>', clock);
    const expired: number[] = [];
    notice.addEventListener('loos-expire', () => expired.push(clock.now()));
    clock.set(Date.parse('2026-03-14T23:59:59.999+01:00'));
    await notice.updateComplete;
    expect(section(notice)).not.toBeNull();
    clock.advance(1);
    await notice.updateComplete;
    expect(section(notice)).toBeNull();
    expect(expired).toEqual([Date.parse('2026-03-15T00:00:00+01:00')]);
  });

  it('appears at its publication time, not before, and is then announced once', async () => {
    const clock = manualClock(NOW);
    const notice = await mount('<loos-notice level="alert" heading="Fuite de gaz" published="2026-03-14T11:00"><p>M</p></loos-notice>', clock);
    expect(section(notice)).toBeNull();
    clock.advance(60 * 60_000 - 1);
    await notice.updateComplete;
    expect(section(notice)).toBeNull();
    clock.advance(1);
    await notice.updateComplete;
    expect(section(notice)).not.toBeNull();
    await expect.poll(() => liveRegion(notice, 'alert').textContent).toBe('Alerte : Fuite de gaz');
    expect(liveRegion(notice, 'status').textContent).toBe('');
  });

  it('waits in steps for a publication months away (setTimeout cannot wait that long)', async () => {
    const clock = manualClock(NOW);
    const notice = await mount('<loos-notice heading="T" published="2026-09-01"><p>M</p></loos-notice>', clock);
    clock.advance(2 ** 31 - 1);
    await notice.updateComplete;
    expect(section(notice)).toBeNull();
    expect(clock.pending).toBe(1);
    clock.set(Date.parse('2026-09-01T00:00:00+02:00'));
    await notice.updateComplete;
    expect(section(notice)).not.toBeNull();
  });

  it('stops its timer when removed from the page', async () => {
    const clock = manualClock(NOW);
    const notice = await mount('<loos-notice heading="T" expires="2026-03-20"><p>M</p></loos-notice>', clock);
    expect(clock.pending).toBe(1);
    notice.remove();
    expect(clock.pending).toBe(0);
  });
});

describe('<loos-notice> announcements', () => {
  it('is a labelled region, not announced, when present while the page loads', async () => {
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const notice = await mount('<loos-notice level="alert" heading="Tempête"><p>M</p></loos-notice>');
    expect(section(notice)!.getAttribute('aria-labelledby')).toBe('level heading');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(liveRegion(notice, 'alert').textContent).toBe('');
  });

  it('is announced once, politely, when added after the page has loaded — never twice', async () => {
    const notice = await mount('<loos-notice level="warning" heading="Route fermée"><p>M</p></loos-notice>');
    const region = liveRegion(notice);
    expect(region.getAttribute('role')).toBe('status');
    const writes: string[] = [];
    new MutationObserver(() => writes.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
    await expect.poll(() => region.textContent).toBe('Vigilance : Route fermée');
    notice.heading = 'Route fermée (mise à jour)';
    await notice.updateComplete;
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    wrapper.append(notice); // moved in the page
    await notice.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(writes.filter((value) => value !== '')).toEqual(['Vigilance : Route fermée']);
  });

  it('is not announced when its container announces it (announce="off")', async () => {
    const notice = await mount('<loos-notice announce="off" heading="T"><p>M</p></loos-notice>');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(liveRegion(notice).textContent).toBe('');
  });
});

describe('<loos-notice> invalid input', () => {
  it('reports a missing heading and an unknown level once, and still shows the message', async () => {
    const invalid = captureInvalid();
    const notice = await mount('<loos-notice level="rouge"><p>Message</p></loos-notice>');
    notice.source = 'Mairie';
    await notice.updateComplete;
    expect(text(notice)).toContain('Information');
    expect(notice.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).toBe('Message');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.detail.problems.map((p) => p.field)).toEqual(['level', 'heading']);
  });

  it('reports unreadable dates and a heading level out of range', async () => {
    const invalid = captureInvalid();
    await mount('<loos-notice heading="T" published="hier" expires="2026-02-30" heading-level="9"><p>M</p></loos-notice>');
    expect(invalid[0]!.detail.problems.map((p) => p.field)).toEqual(['published', 'expires', 'heading-level']);
  });

  it('reports a heading level as the author wrote it', async () => {
    const invalid = captureInvalid();
    await mount('<loos-notice heading="T" heading-level="abc"><p>M</p></loos-notice>');
    expect(invalid[0]!.detail.problems).toEqual([expect.objectContaining({ field: 'heading-level', value: 'abc' })]);
  });
});

describe('<loos-notice> layout', () => {
  it('fits a 320 px wide screen with a 1,000-character message', async () => {
    const long = 'Travaux '.repeat(125);
    document.body.innerHTML = `<div style="inline-size:320px"><loos-notice heading="Un titre assez long pour passer à la ligne" dismissible notice-id="x" href="/x"><p>${long}</p></loos-notice></div>`;
    const notice = document.querySelector('loos-notice')!;
    notice.clock = manualClock(NOW);
    await notice.updateComplete;
    expect(notice.scrollWidth).toBeLessThanOrEqual(320);
    expect(section(notice)!.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});
