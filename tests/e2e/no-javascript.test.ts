/**
 * Residents without JavaScript (an old phone, scripts blocked, a network that drops the module)
 * read examples/cms.html as the HTML the CMS wrote: every element's light DOM must say what the
 * element is about — a notice's level in words, a key figure's value and label, the budget as a
 * table, the agenda as a list of dated events with their place and link — and no box may be left
 * blank waiting for a script that never comes. The same page rendered by the server
 * (`renderHtml`, dist/ssr) shows every element's content before any script, and hydrates without
 * an error. Runs against the built package (`npm run build`).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Page } from 'playwright';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseSpaces } from '../fixtures/ssr/discover.js';
import { pageWithErrors, serveInChromium } from './static-server.js';

type SsrModule = typeof import('../../src/ssr/index.js');

/** What a resident reads in each element of examples/cms.html without JavaScript. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'loos-official-banner': ['Site officiel de la Ville de Loos'],
  'loos-notice': ['Vigilance', 'Travaux rue Georges Potié', 'La rue est fermée à la circulation'],
  'loos-notice-feed': ['Tous les avis en cours', 'loos.fr/avis'],
  'loos-key-figure': ['28,4 M€', 'Dépenses de fonctionnement', '22 500 habitants', 'Population de Loos', '1 850 repas'],
  'loos-budget-chart': ['Enseignement et formation', '6 850 000 €', 'Délibération n° 2026-014'],
  'loos-event-card': ['Marché de Noël', 'Samedi 12 décembre 2026', 'Place de la République'],
  'loos-event-list': ['Conseil municipal', 'Mardi 15 décembre 2026', 'Hôtel de ville', 'Vœux du maire aux habitants', 'La Fileuse'],
  'loos-tone-checker': ['Le vérificateur de ton a besoin de JavaScript'],
  'loos-service-tiles': ['Déclarer une naissance', 'Toutes les démarches'],
  'loos-contact-card': ['Accueil de la mairie', '03 20 00 00 00', "Horaires d'ouverture"],
  'loos-procedure': ['Déclarer une naissance', "Certificat d'accouchement"],
  // The name is an attribute: the server writes it, a page without the server shows the words.
  'loos-quote': ["Le nouveau square, c'est nous qui l'avons dessiné"],
  'loos-share': ['Partager par courriel'],
  // An act's number and dates are attributes: without a script, the link the CMS wrote names the act.
  'loos-act-list': ['Interdiction de stationner rue Pasteur pendant le marché', 'Vote du budget primitif 2026'],
  'loos-act': ['Interdiction de stationner rue Pasteur pendant le marché'],
  // A hosted video loads nothing without a person's request: the transcript is in the page.
  'loos-video': ['Transcription de la vidéo', 'bienvenue à la cérémonie des vœux'],
  // The site frame is the CMS's own HTML: the menu is a visible list, the footer complete.
  'loos-header': ['Ville de Loos', 'Vie pratique', 'Actualités', 'Rechercher sur le site'],
  'loos-breadcrumb': ['Vous êtes ici :', 'Accueil', 'Actualités'],
  'loos-footer': ['Accessibilité : partiellement conforme', 'Mentions légales', 'Données personnelles', 'Gestion des cookies', 'Plan du site', 'Contact'],
  // Nothing to show before a person scrolls.
  'loos-back-to-top': [],
  'loos-field': ['Adresse e-mail', 'Votre message'],
  // Empty until the form is sent with errors: nothing to read before.
  'loos-error-summary': [],
  // A plain form: the required-fields sentence, the label, the consent and its link, the button.
  'loos-newsletter-signup': ['Les champs obligatoires sont indiqués avec *', 'Votre adresse e-mail', 'Vos données personnelles', 'M’inscrire à la lettre'],
  // Native <details>: the questions show, each opens by itself; no « Tout ouvrir » button without a script.
  'loos-accordion': ['Sous quel délai la mairie répond-elle ?', 'Puis-je venir sans rendez-vous ?'],
  'loos-tabs': ['Horaires', 'Du lundi au vendredi', 'Accès', 'Bus 18, arrêt Mairie'],
};

/** The text a person sees in each `loos-*` element, through shadow roots (server-rendered) and CSS generated text. */
async function visibleTextByTag(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const texts: Record<string, string> = {};
    const generated = (element: Element): string =>
      ['::before', '::after']
        .map((pseudo) => getComputedStyle(element, pseudo).content)
        .filter((content) => content !== 'none' && content !== 'normal')
        .join(' ')
        .replace(/"|\\A/g, ' ');
    const visit = (node: Node, parts: string[]): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        const range = document.createRange();
        range.selectNodeContents(node);
        if (range.getClientRects().length > 0) parts.push(node.textContent ?? '');
        return;
      }
      if (!(node instanceof Element) || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      parts.push(generated(node));
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        (assigned.length > 0 ? assigned : [...node.childNodes]).forEach((child) => { visit(child, parts); });
        return;
      }
      (node.shadowRoot ?? node).childNodes.forEach((child) => { visit(child, parts); });
    };
    for (const element of document.querySelectorAll('*')) {
      if (!element.localName.startsWith('loos-') || element.parentElement?.closest('[data-loos-ssr], loos-event-list') !== null) continue;
      const parts: string[] = [];
      visit(element, parts);
      texts[element.localName] = `${texts[element.localName] ?? ''} ${parts.join(' ')}`;
    }
    return texts;
  });
}

/**
 * The server renders the tone checker's form (the tool itself needs a script to analyse text) and
 * dates as the elements write them (« samedi 12 décembre 2026, 10 h – 19 h »).
 */
const EXPECTED_FROM_SERVER: Readonly<Record<string, readonly string[]>> = {
  ...EXPECTED,
  'loos-quote': ["Le nouveau square, c'est nous qui l'avons dessiné", 'Nadia Benali'],
  'loos-tone-checker': ['Texte à vérifier'],
};

function missingTexts(texts: Record<string, string>, expectations: Readonly<Record<string, readonly string[]>>): string[] {
  const missing: string[] = [];
  for (const [tag, expected] of Object.entries(expectations)) {
    const text = normaliseSpaces(texts[tag] ?? '').toLowerCase();
    for (const phrase of expected) if (!text.includes(normaliseSpaces(phrase).toLowerCase())) missing.push(`${tag} : « ${phrase} » absent de « ${text.slice(0, 160)} »`);
  }
  return missing;
}

describe('examples/cms.html without JavaScript', () => {
  let directory: string;

  const site = serveInChromium(async () => {
    for (const path of ['dist/ssr/index.js', 'dist/cdn/loos-ui.css', 'dist/cdn/loos-ui-hydrate.js']) {
      if (!existsSync(path)) throw new Error(`Absent : ${path} — lancez \`npm run build\` avant les tests e2e.`);
    }
    // The server-rendered page sits next to examples/ so that its relative addresses still work.
    const ssr = (await import(pathToFileURL('dist/ssr/index.js').href)) as SsrModule;
    const page = readFileSync('examples/cms.html', 'utf8');
    const body = (/<body[^>]*>([\s\S]*)<\/body>/.exec(page)?.[1] ?? '').replace(/<script type="module"[^>]*><\/script>/g, '');
    const head = (/<head>([\s\S]*?)<\/head>/.exec(page)?.[1] ?? '').replace(/<script type="module"[^>]*><\/script>/g, '');
    directory = mkdtempSync(join(tmpdir(), 'loos-nojs-'));
    mkdirSync(join(directory, 'examples'));
    mkdirSync(join(directory, 'dist/cdn'), { recursive: true });
    copyFileSync('examples/cms.html', join(directory, 'examples/cms.html'));
    copyFileSync('examples/avis.json', join(directory, 'examples/avis.json'));
    // The whole CDN folder: the hydration bundle's on-demand chunks, and the staff tool's module.
    cpSync('dist/cdn', join(directory, 'dist/cdn'), { recursive: true });
    copyFileSync('dist/base.css', join(directory, 'dist/base.css'));
    copyFileSync('dist/site.css', join(directory, 'dist/site.css'));
    // The header draws the theme's logo from a logos/ folder next to site.css.
    cpSync('dist/logos', join(directory, 'dist/logos'), { recursive: true });
    copyFileSync('dist/forms.css', join(directory, 'dist/forms.css'));
    const rendered = await ssr.renderHtml(body);
    const document = (scripts: string) => `<!doctype html>\n<html lang="fr">\n<head>${head}</head>\n<body>${rendered}${scripts}</body>\n</html>\n`;
    writeFileSync(join(directory, 'examples/cms-ssr.html'), document(''));
    writeFileSync(join(directory, 'examples/cms-ssr-hydrated.html'), document('<script type="module" src="../dist/cdn/loos-ui-hydrate.js"></script><script type="module" src="../dist/cdn/loos-tone-checker.js"></script>'));
    return directory;
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('has an expectation for every element the page uses', () => {
    const page = readFileSync('examples/cms.html', 'utf8');
    const tags = [...new Set([...page.matchAll(/<(loos-[a-z-]+)/g)].map((match) => match[1]!))].sort();
    expect(tags).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each([
    ['as the CMS wrote it', 'cms.html', EXPECTED],
    ['rendered by the server', 'cms-ssr.html', EXPECTED_FROM_SERVER],
  ])('shows what every element is about, %s', async (_how, file, expectations) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/examples/${file}`);
    const texts = await visibleTextByTag(page);
    await context.close();
    const missing = missingTexts(texts, expectations);
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('gives the event card and the agenda their links, dates in <time> and no blank reserved box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/examples/cms.html`);
    const card = page.locator('body > main loos-event-card').first();
    expect(await card.getByRole('link', { name: 'Marché de Noël' }).getAttribute('href')).toBe('https://www.loos.fr/agenda/marche-de-noel');
    expect(await card.locator('time').first().getAttribute('datetime')).toBe('2026-12-12T10:00');
    expect(await page.locator('loos-event-list').getByRole('link', { name: 'Conseil municipal' }).count()).toBe(1);
    expect(await page.locator('loos-budget-chart').getByRole('table').count()).toBe(1);
    // No element keeps room for content that only a script would draw.
    const reserved = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('loos-'))
        .filter((element) => !['0px', 'auto'].includes(getComputedStyle(element).minBlockSize) || (element.localName === 'loos-notice' && getComputedStyle(element, '::after').content !== 'none'))
        .map((element) => `${element.localName} (${getComputedStyle(element).minBlockSize})`),
    );
    await context.close();
    expect(reserved).toEqual([]);
  });

  it('does not scroll sideways at 320 px', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/examples/cms.html`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    expect(width).toBeLessThanOrEqual(320);
  });

  it('hydrates the server-rendered page without an error', async () => {
    const { context, page, errors } = await pageWithErrors(site.browser);
    await page.clock.setFixedTime(new Date('2026-11-30T08:00:00+01:00'));
    await page.goto(`${site.url}/examples/cms-ssr-hydrated.html`);
    await page.waitForLoadState('networkidle');
    const notUpgraded = await page.evaluate(() =>
      [...new Set([...document.querySelectorAll('*')].map((element) => element.localName))].filter((name) => name.startsWith('loos-') && customElements.get(name) === undefined),
    );
    const texts = await visibleTextByTag(page);
    await context.close();
    expect(errors, errors.join('\n')).toEqual([]);
    expect(notUpgraded).toEqual([]);
    expect(normaliseSpaces(texts['loos-budget-chart'] ?? '')).toContain('Enseignement et formation');
  });
});
