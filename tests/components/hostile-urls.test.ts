/**
 * The hostile-URL matrix: every hostile spelling of an address below, in every field of every
 * element that renders a link, an image or fetches data. Whatever the spelling, no live `href`,
 * `src` or `cite` carries a scheme other than http(s), mailto or tel, nothing is requested with
 * it, and a refused address is reported with `loos-invalid` naming the field.
 *
 * What a field accepts is its own rule (read in the code, not guessed):
 * - links (notice, card links and image, chart source, contact map, quote cite, tiles, procedure):
 *   `checkUrl` — relative paths, http(s), mailto and tel;
 * - addresses an element requests (`src`, `previous-src`) and the quote's photo: web addresses
 *   only (no mailto/tel), relative or absolute;
 * - the address to share: absolute http(s) only, since it leaves the site.
 * Addresses to other sites are allowed in links (a city links to the State's sites): the test
 * shows they are rendered as written, so the browser's status bar shows their true host.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { manualClock } from '../../src/lib/notices/clock.js';
import type { InputProblem } from '../../src/lib/invalid.js';
import { expectConsoleWarnings } from '../support/console-guard.js';
import { NOW, settle } from './contract.js';

/** How the browser reads a form once it reaches the field: refused by our rules, or the kind of address it is. */
type Kind = 'refused' | 'relative' | 'protocol-relative' | 'absolute' | 'mailto';

interface HostileForm {
  readonly name: string;
  /** As written in HTML (entities are decoded by the parser before the element sees them). */
  readonly value: string;
  /** Its kind written in an attribute. */
  readonly inAttribute: Kind;
  /** Its kind written in JSON data, where no entity is decoded (by default the same). */
  readonly inJson?: Kind;
}

const LONG = `https://www.loos.fr/${'a'.repeat(3000)}`;

const FORMS: readonly HostileForm[] = [
  { name: 'javascript:', value: 'javascript:alert(1)', inAttribute: 'refused' },
  { name: 'javascript: mixed case', value: 'JaVaScRiPt:alert(1)', inAttribute: 'refused' },
  { name: 'javascript: after spaces', value: '   javascript:alert(1)', inAttribute: 'refused' },
  { name: 'javascript: after tab and newline', value: ' \t\njavascript:alert(1)', inAttribute: 'refused' },
  { name: 'tab inside the scheme', value: 'java\tscript:alert(1)', inAttribute: 'refused' },
  { name: 'newline inside the scheme', value: 'java\nscript:alert(1)', inAttribute: 'refused' },
  { name: 'carriage return inside the scheme', value: 'java\rscript:alert(1)', inAttribute: 'refused' },
  { name: 'leading control character', value: '\u0001javascript:alert(1)', inAttribute: 'refused' },
  // Decoded by the HTML parser in an attribute; in JSON the text stays a harmless relative path.
  { name: 'entity &colon;', value: 'javascript&colon;alert(1)', inAttribute: 'refused', inJson: 'relative' },
  { name: 'decimal entity for j', value: '&#106;avascript:alert(1)', inAttribute: 'refused', inJson: 'relative' },
  { name: 'hex entity for the colon', value: 'javascript&#x3A;alert(1)', inAttribute: 'refused', inJson: 'relative' },
  { name: 'entity tab inside the scheme', value: 'jav&#x09;ascript:alert(1)', inAttribute: 'refused', inJson: 'relative' },
  { name: 'percent-encoded colon', value: 'javascript%3Aalert(1)', inAttribute: 'relative' },
  { name: 'javascript: with an https comment', value: 'javascript:alert(1)//https://www.loos.fr', inAttribute: 'refused' },
  { name: 'data: HTML', value: 'data:text/html,<script>alert(1)</script>', inAttribute: 'refused' },
  { name: 'data: SVG in base64', value: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', inAttribute: 'refused' },
  { name: 'vbscript:', value: 'vbscript:msgbox(1)', inAttribute: 'refused' },
  { name: 'blob:', value: 'blob:https://www.loos.fr/6c1d2f0e', inAttribute: 'refused' },
  { name: 'file:', value: 'file:///etc/passwd', inAttribute: 'refused' },
  { name: 'protocol-relative //evil', value: '//evil.example/avis', inAttribute: 'protocol-relative' },
  { name: 'two backslashes', value: '\\\\evil.example/avis', inAttribute: 'refused' },
  { name: 'slash then backslash', value: '/\\evil.example/avis', inAttribute: 'refused' },
  { name: 'userinfo that looks like the city', value: 'https://www.loos.fr@evil.example/avis', inAttribute: 'absolute' },
  { name: 'encoded slash in the userinfo', value: 'https://www.loos.fr%2F@evil.example/avis', inAttribute: 'absolute' },
  { name: 'IDN homograph (Cyrillic o)', value: 'https://www.l\u043eos.fr/avis', inAttribute: 'absolute' },
  { name: 'over 2,048 characters', value: LONG, inAttribute: 'refused' },
  // The HTML parser replaces NUL by U+FFFD in an attribute; JSON keeps it, and the check refuses it.
  { name: 'NUL in the path', value: 'https://www.loos.fr/\u0000avis', inAttribute: 'absolute', inJson: 'refused' },
  { name: 'encoded newline then javascript: in a path', value: 'https://evil.example/%0a%0djavascript:alert(1)', inAttribute: 'absolute' },
  { name: 'mailto:', value: 'mailto:maire@evil.example', inAttribute: 'mailto' },
];

const LINK: readonly Kind[] = ['relative', 'protocol-relative', 'absolute', 'mailto'];
const WEB: readonly Kind[] = ['relative', 'protocol-relative', 'absolute'];
const SHARED: readonly Kind[] = ['absolute'];

interface UrlField {
  readonly name: string;
  readonly accepts: readonly Kind[];
  /** The field as `loos-invalid` names it. */
  readonly report: RegExp;
  /** The element's markup with the address in the field. */
  readonly markup: (value: string) => string;
  /** The address is written in JSON data rather than in an attribute. */
  readonly json?: boolean;
  /** The element requests the address instead of rendering it. */
  readonly fetches?: boolean;
  /** The address is carried inside other links (share links), encoded, not rendered as one. */
  readonly embedded?: boolean;
  /** The address as the element received it, when it is not an attribute of the element itself. */
  readonly read?: (host: Element) => string;
}

/** An attribute value as an author writes it: quotes escaped, entities left for the parser to decode. */
const attr = (value: string) => value.replaceAll('"', '&quot;');
const jsonChild = (data: unknown) => `<script type="application/json">${JSON.stringify(data).replaceAll('<', '\\u003c')}</script>`;
const BUDGET = { year: 2026, stage: 'budget primitif', section: 'fonctionnement', flow: 'dépenses', lines: [{ label: 'Écoles', amount: 1200 }, { label: 'Voirie', amount: 800 }] };
const card = (attributes: string) => `<loos-event-card event-id="fete" event-title="Fête des voisins" start="2026-12-19T15:00" ${attributes}></loos-event-card>`;

const FIELDS: readonly UrlField[] = [
  { name: 'loos-notice href', accepts: LINK, report: /^href$/, markup: (v) => `<loos-notice heading="Travaux" published="2026-03-01" href="${attr(v)}"><p>Rue Pasteur.</p></loos-notice>` },
  { name: 'loos-event-card href', accepts: LINK, report: /^href$/, markup: (v) => card(`href="${attr(v)}"`) },
  { name: 'loos-event-card registration-url', accepts: LINK, report: /registration/i, markup: (v) => card(`registration-url="${attr(v)}"`) },
  { name: 'loos-event-card online-url', accepts: LINK, report: /online/i, markup: (v) => card(`attendance="online" online-url="${attr(v)}"`) },
  { name: 'loos-event-card image-src', accepts: LINK, report: /image/i, markup: (v) => card(`image-src="${attr(v)}" image-alt=""`) },
  { name: 'loos-event-list src', accepts: WEB, report: /^src$/, fetches: true, markup: (v) => `<loos-event-list src="${attr(v)}"></loos-event-list>` },
  { name: 'loos-event-list events[].href', accepts: LINK, report: /href/, json: true, markup: (v) => `<loos-event-list now="2026-12-01T10:00">${jsonChild([{ id: 'a', title: 'Fête', start: '2026-12-19T15:00', href: v }])}</loos-event-list>` },
  { name: 'loos-notice-feed src', accepts: WEB, report: /^src$/, fetches: true, markup: (v) => `<loos-notice-feed src="${attr(v)}"></loos-notice-feed>` },
  { name: 'loos-notice-feed notices[].href', accepts: LINK, report: /href/, json: true, markup: (v) => `<loos-notice-feed>${jsonChild({ notices: [{ id: 'a', level: 'info', heading: 'Travaux', message: 'Rue Pasteur.', published: '2026-03-01', href: v }] })}</loos-notice-feed>` },
  { name: 'loos-budget-chart src', accepts: WEB, report: /^src$/, fetches: true, markup: (v) => `<loos-budget-chart src="${attr(v)}"></loos-budget-chart>` },
  { name: 'loos-budget-chart previous-src', accepts: WEB, report: /^previous-src$/, fetches: true, markup: (v) => `<loos-budget-chart type="comparison" previous-src="${attr(v)}">${jsonChild({ ...BUDGET, source: { text: 'Délibération du 12 mars 2026' } })}</loos-budget-chart>` },
  { name: 'loos-budget-chart source-url', accepts: LINK, report: /^source-url$/, markup: (v) => `<loos-budget-chart source="Délibération du 12 mars 2026" source-url="${attr(v)}">${jsonChild(BUDGET)}</loos-budget-chart>` },
  { name: 'loos-contact-card map-href', accepts: LINK, report: /^map-href$/, markup: (v) => `<loos-contact-card name="Mairie" address="1 place de la République, 59120 Loos" map-href="${attr(v)}"></loos-contact-card>` },
  { name: 'loos-quote cite', accepts: LINK, report: /^cite$/, markup: (v) => `<loos-quote author="Nadia Benali" source="Conseil de quartier" cite="${attr(v)}"><p>Paroles.</p></loos-quote>` },
  { name: 'loos-quote photo', accepts: WEB, report: /^photo$/, markup: (v) => `<loos-quote author="Nadia Benali" photo="${attr(v)}" photo-alt=""><p>Paroles.</p></loos-quote>` },
  { name: 'loos-share url', accepts: SHARED, report: /^url$/, embedded: true, markup: (v) => `<loos-share url="${attr(v)}" share-title="Un nouveau square"></loos-share>` },
  { name: 'loos-service-tiles all-href', accepts: LINK, report: /all-href|allHref/, markup: (v) => `<loos-service-tiles heading="Démarches" all-href="${attr(v)}">${jsonChild([{ label: 'Naissance', href: '/naissance' }])}</loos-service-tiles>` },
  { name: 'loos-service-tiles tiles[].href', accepts: LINK, report: /href/, json: true, markup: (v) => `<loos-service-tiles heading="Démarches">${jsonChild([{ label: 'Naissance', href: v }])}</loos-service-tiles>` },
  // A light-DOM enhancer: the address is the action of the form the page wrote, sent to on submission.
  {
    name: 'loos-newsletter-signup form[action]',
    accepts: WEB,
    report: /^form\[action\]$/,
    read: (host) => host.querySelector('form')?.getAttribute('action') ?? '',
    markup: (v) => `<loos-newsletter-signup><form method="post" action="${attr(v)}"><loos-field><label for="h-email">Adresse e-mail</label><input id="h-email" name="courriel" type="email" required></loos-field><p><a href="/donnees-personnelles">Vos données</a></p><button>M’inscrire</button></form></loos-newsletter-signup>`,
  },
  { name: 'loos-procedure online.href', accepts: LINK, report: /online/, json: true, markup: (v) => `<loos-procedure>${jsonChild({ title: 'Déclarer une naissance', cost: 0, online: { href: v, service: 'Service-Public.fr' } })}</loos-procedure>` },
];

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'data', 'xlink:href'];

/** Every URL-bearing attribute in the page, through every shadow root. */
function liveUrls(root: Document | ShadowRoot = document): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      // The host's own attributes are the input, not what the element renders.
      if (value !== null && !element.localName.startsWith('loos-')) found.push(value);
    }
    if (element.shadowRoot !== null) found.push(...liveUrls(element.shadowRoot));
  }
  return found;
}

const resolve = (address: string) => new URL(address, document.baseURI).href;

let problems: InputProblem[] = [];
const collect = (event: Event) => problems.push(...(event as CustomEvent<{ problems: InputProblem[] }>).detail.problems);
const fetchSpy = vi.fn<typeof fetch>(() => Promise.resolve(new Response('introuvable', { status: 404, statusText: 'Not Found' })));
/** The address of the first request. */
function requested(): string {
  const [input] = fetchSpy.mock.calls[0]!;
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}
const imagePolicy = document.createElement('meta');

beforeAll(() => {
  // Rendered images must not reach other sites from the test page (no third-party request).
  imagePolicy.httpEquiv = 'Content-Security-Policy';
  imagePolicy.content = "img-src 'self'";
  document.head.append(imagePolicy);
});

afterAll(() => {
  imagePolicy.remove();
});

beforeEach(() => {
  problems = [];
  fetchSpy.mockClear();
  vi.stubGlobal('fetch', fetchSpy);
  document.addEventListener('loos-invalid', collect);
  // Refusals are logged with the report; a failed request may be too.
  expectConsoleWarnings(/^<loos-[a-z-]+> : /);
});

afterEach(() => {
  document.removeEventListener('loos-invalid', collect);
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const cases = FIELDS.flatMap((field) =>
  FORMS.map((form) => {
    const kind = field.json === true ? (form.inJson ?? form.inAttribute) : form.inAttribute;
    return { field, form, accepted: field.accepts.includes(kind) };
  }),
);

describe(`hostile addresses: ${FORMS.length} forms × ${FIELDS.length} fields`, () => {
  it.each(cases)('$field.name ← $form.name', async ({ field, form, accepted }) => {
    document.body.innerHTML = field.markup(form.value);
    const host = document.body.firstElementChild as LitElement & { clock?: unknown };
    if ('clock' in host) host.clock = manualClock(NOW);
    await settle(host);

    // The address as the element received it: decoded by the HTML parser, or as written in JSON.
    const attributeName = field.json === true ? undefined : field.name.split(' ')[1];
    const received = field.read?.(host) ?? (attributeName === undefined ? form.value : (host.getAttribute(attributeName) ?? ''));
    const inBrowser = received.replace(/[\t\n\r]/g, '').trim();
    const reported = () => problems.some((found) => field.report.test(found.field));

    if (field.fetches === true) {
      if (accepted) {
        await vi.waitFor(() => {
          expect(fetchSpy).toHaveBeenCalled();
        });
        expect(resolve(requested())).toBe(resolve(inBrowser));
      } else {
        await vi.waitFor(() => {
          expect(reported(), `aucun loos-invalid pour ${field.name}`).toBe(true);
        });
        expect(fetchSpy).not.toHaveBeenCalled();
      }
    } else if (accepted) {
      expect(reported(), JSON.stringify(problems)).toBe(false);
      if (field.embedded === true) expect(liveUrls().some((address) => address.includes(encodeURIComponent(inBrowser)))).toBe(true);
      else expect(liveUrls().map(resolve)).toContain(resolve(inBrowser));
    } else {
      expect(reported(), `aucun loos-invalid pour ${field.name}`).toBe(true);
    }

    for (const address of liveUrls()) {
      expect(SAFE_SCHEMES.has(new URL(address, document.baseURI).protocol), address).toBe(true);
    }
  });
});
