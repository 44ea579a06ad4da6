/// <reference types="vite/client" />
/**
 * The list of every element with a minimal markup for each, and the helpers the contract suites use
 * to mount and read them. A new element gets every contract test by adding one line to ELEMENTS.
 */
import type { LitElement } from 'lit';
import '../../src/index.js';
import { manualClock } from '../../src/lib/notices/clock.js';
import '../../src/styles/forms.css';
import '../../src/styles/site.css';
import budget from '../fixtures/budget/loos-2026.json?raw';
import { accordionMarkup, breadcrumbMarkup, footerMarkup, headerMarkup } from '../fixtures/site/markup.js';

export const NOW = Date.parse('2026-03-14T10:00:00+01:00');
const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;
const attr = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export interface ElementContract {
  readonly tag: string;
  /** The element with `text` in one of its texts a person reads. */
  readonly markup: (text: string) => string;
  /** Whether it takes `heading-level`. */
  readonly headingLevel: boolean;
  /**
   * Controls that disappear once used (a dismiss button, a button that no longer applies), pressed
   * in turn with the element mounted with `extra` attributes: focus must land somewhere named.
   */
  readonly vanishing?: { readonly extra: string; readonly controls: readonly RegExp[] };
  /** False for an element that shows no text of the author's (its words are its own): `text` goes in an attribute. */
  readonly showsAuthorText?: false;
  /** A light-DOM enhancer that writes no words of its own (tabs name themselves from the page's headings). */
  readonly wordless?: boolean;
}

/** Text written in the page's markup (a light-DOM enhancer's label), escaped as a server would. */
const text = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

export const ELEMENTS: readonly ElementContract[] = [
  { tag: 'loos-official-banner', headingLevel: false, markup: (text) => `<loos-official-banner organisation="${attr(text)}"></loos-official-banner>` },
  { tag: 'loos-notice', headingLevel: true, vanishing: { extra: 'dismissible notice-id="contract"', controls: [/^Masquer cet avis/] }, markup: (text) => `<loos-notice heading="${attr(text)}" published="2026-03-01"><p>Message</p></loos-notice>` },
  {
    tag: 'loos-notice-feed',
    headingLevel: true,
    vanishing: { extra: 'dismissible', controls: [/^Masquer cet avis/] },
    markup: (text) => `<loos-notice-feed>${json({ notices: [{ id: 'a', level: 'warning', heading: text, message: 'Message', published: '2026-03-01' }] })}</loos-notice-feed>`,
  },
  { tag: 'loos-event-card', headingLevel: true, markup: (text) => `<loos-event-card event-id="a" event-title="${attr(text)}" start="2026-12-19T15:00" location="Salle Fernand-Nuyttens"></loos-event-card>` },
  {
    tag: 'loos-event-list',
    headingLevel: true,
    markup: (text) => `<loos-event-list now="2026-12-01T10:00:00+01:00">${json([
        { id: 'a', title: text, start: '2026-12-19T15:00', location: 'Salle des fêtes' },
        { id: 'b', title: 'Vœux du maire', start: '2027-01-08T18:30', location: 'Hôtel de ville' },
      ])}</loos-event-list>`,
  },
  {
    tag: 'loos-budget-chart',
    headingLevel: true,
    vanishing: { extra: '', controls: [/^Détail des autres postes/, /^Revenir à l’ensemble/] },
    markup: (text) => `<loos-budget-chart heading="${attr(text)}"><script type="application/json">${budget.replaceAll('<', '\\u003c')}</script></loos-budget-chart>`,
  },
  { tag: 'loos-key-figure', headingLevel: false, markup: (text) => `<loos-key-figure value="28400000" unit="EUR" label="${attr(text)}" previous="27000000"></loos-key-figure>` },
  { tag: 'loos-tone-checker', headingLevel: false, markup: (text) => `<loos-tone-checker value="${attr(text)}"></loos-tone-checker>` },
  { tag: 'loos-contact-card', headingLevel: true, markup: (text) => `<loos-contact-card name="${attr(text)}" phone="0320000000"></loos-contact-card>` },
  { tag: 'loos-service-tiles', headingLevel: true, markup: (text) => `<loos-service-tiles heading="${attr(text)}" all-href="/demarches">${json([{ label: 'Déclarer une naissance', href: '/naissance' }])}</loos-service-tiles>` },
  { tag: 'loos-quote', headingLevel: false, markup: (text) => `<loos-quote author="${attr(text)}" author-role="habitante" cite="https://www.loos.fr/conseil"><p>Paroles</p></loos-quote>` },
  { tag: 'loos-share', headingLevel: false, markup: (text) => `<loos-share url="https://www.loos.fr/actualites/square" share-title="${attr(text)}"></loos-share>` },
  {
    tag: 'loos-act',
    headingLevel: true,
    markup: (text) => `<loos-act type="Arrêté" number="2026-014" signed="2026-03-02" published="2026-03-04" document="/actes/2026-014.pdf" format="PDF" size="245760" act-title="${attr(text)}"></loos-act>`,
  },
  {
    tag: 'loos-act-list',
    headingLevel: true,
    markup: (text) => `<loos-act-list>${json([
        { type: 'Arrêté', number: '2026-014', title: text, signed: '2026-03-02', published: '2026-03-04', document: { href: '/actes/2026-014.pdf', format: 'PDF', size: 245760 } },
        { type: 'Délibération', number: 'D2026-03', title: 'Budget primitif 2026', signed: '2026-03-26', published: '2026-03-30', document: '/actes/d2026-03.pdf', category: 'Finances' },
      ])}</loos-act-list>`,
  },
  // The transcript is written open here: a <details> summary in the page takes its focus ring from base.css, which these pages do not load.
  {
    tag: 'loos-video',
    headingLevel: false,
    markup: (text) => `<loos-video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" video-title="${attr(text)}"><div slot="transcript"><p>Transcription : texte.</p></div></loos-video>`,
  },
  { tag: 'loos-procedure', headingLevel: true, markup: (text) => `<loos-procedure>${json({ title: text, cost: 0, updated: '2026-12-01' })}</loos-procedure>` },
  // The site frame's light-DOM enhancers: the author's text is in the native HTML they wrap.
  { tag: 'loos-header', headingLevel: false, markup: (text) => `<loos-header>${headerMarkup({ entries: [text, 'Agenda'] })}</loos-header>` },
  { tag: 'loos-breadcrumb', headingLevel: false, vanishing: { extra: '', controls: [/Afficher tout le chemin/] }, markup: (text) => `<loos-breadcrumb>${breadcrumbMarkup(['Accueil', 'Vie pratique', 'Déchets', text])}</loos-breadcrumb>` },
  { tag: 'loos-footer', headingLevel: false, markup: (text) => `<loos-footer accessibility="partiellement">${footerMarkup({ name: text })}</loos-footer>` },
  {
    tag: 'loos-accordion',
    headingLevel: false,
    markup: (words) => `<loos-accordion>${accordionMarkup([{ question: words, answer: 'Sous 5 jours ouvrés.' }, { question: 'Sans rendez-vous ?', answer: 'Oui.' }])}</loos-accordion>`,
  },
  { tag: 'loos-back-to-top', headingLevel: false, showsAuthorText: false, markup: () => '<loos-back-to-top></loos-back-to-top>' },
  { tag: 'loos-field', headingLevel: false, markup: (words) => `<loos-field max-length="200"><label for="contract-message">${text(words)}</label><textarea id="contract-message" name="message" class="loos-textarea"></textarea></loos-field>` },
  {
    tag: 'loos-error-summary',
    headingLevel: false,
    markup: (words) => `<form action="/contact"><loos-error-summary><ul class="loos-error-summary__list"><li><a href="#contract-name">${text(words)}</a></li></ul></loos-error-summary>
      <loos-field><label for="contract-name">Nom</label><input id="contract-name" name="nom" class="loos-input" required aria-invalid="true"></loos-field></form>`,
  },
  {
    tag: 'loos-newsletter-signup',
    headingLevel: false,
    // As the server returns a form sent without JavaScript: the summary's title is in the page's language.
    markup: (words) => `<loos-newsletter-signup><form class="loos-form" method="post" action="/lettre/inscription">
      <loos-error-summary><ul class="loos-error-summary__list"><li><a href="#contract-email">Saisissez une adresse e-mail valide.</a></li></ul></loos-error-summary>
      <p class="loos-required-note">Les champs obligatoires sont indiqués avec *</p>
      <loos-field><label class="loos-field__label" for="contract-email">${text(words)}</label><input class="loos-input" id="contract-email" name="courriel" type="email" autocomplete="email" required></loos-field>
      <p class="loos-newsletter__consent">Votre adresse ne sert qu’à la lettre. <a href="/donnees-personnelles">Vos données personnelles</a></p>
      <button class="loos-button">M’inscrire</button></form></loos-newsletter-signup>`,
  },
  {
    tag: 'loos-tabs',
    headingLevel: false,
    wordless: true,
    markup: (words) => `<loos-tabs><section><h2>${text(words)}</h2><p>Du lundi au vendredi.</p></section><section><h2>Accès</h2><p>Bus 18.</p></section></loos-tabs>`,
  },
];

/** Mounts the element in a French page part, its clock (if any) fixed, and waits for it to settle. */
export async function mount(contract: ElementContract, text = 'Texte de la ville', extra = ''): Promise<LitElement> {
  document.body.innerHTML = `<div lang="fr">${contract.markup(text).replace(`<${contract.tag}`, `<${contract.tag} ${extra}`)}</div>`;
  const element = document.querySelector<LitElement & { clock?: unknown }>(contract.tag)!;
  if ('clock' in element) element.clock = manualClock(NOW);
  await settle(element);
  return element;
}

export async function settle(element: LitElement): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

export const shadowText = (element: Element): string => {
  const texts: string[] = [];
  const walk = (root: Element | ShadowRoot) => {
    // What a slot shows is what is assigned to it (the light DOM a light-DOM enhancer wraps).
    const assigned = root instanceof HTMLSlotElement ? root.assignedNodes() : [];
    for (const node of [...assigned, ...root.childNodes]) {
      if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
      if (node instanceof HTMLTextAreaElement) texts.push(node.value);
      // What a slot shows is what a person reads: a light-DOM enhancer's words are all slotted.
      if (node instanceof HTMLSlotElement) for (const slotted of node.assignedElements({ flatten: true })) walk(slotted);
      if (node instanceof Element) {
        walk(node);
        if (node.shadowRoot !== null) walk(node.shadowRoot);
      }
    }
  };
  walk(element.shadowRoot!);
  return texts.join(' ').replace(/\s+/g, ' ');
};

/** The first match in the element's shadow root or in those of the elements it renders (a feed's notices). */
export function deepQuery(element: Element, selector: string): Element | null {
  const root = element.shadowRoot;
  if (root === null) return null;
  const found = root.querySelector(selector);
  if (found !== null) return found;
  for (const child of root.querySelectorAll('*')) {
    const inner = deepQuery(child, selector);
    if (inner !== null) return inner;
  }
  return null;
}

/**
 * WCAG 1.4.12 text spacing as a person's bookmarklet or extension applies it: line height 1.5,
 * paragraphs 2 em apart, letters 0.12 em and words 0.16 em. Applied in the page and in every shadow
 * root under `element` (styles of the page do not cross them), so that what elements render follows.
 */
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

/** Text spacing set on the page only, as a person's style sheet does: it reaches shadow roots by inheritance alone. */
export function applyTextSpacingToPage(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function applyTextSpacing(element: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const walk = (node: Element) => {
    if (node.shadowRoot !== null) {
      node.shadowRoot.adoptedStyleSheets = [...node.shadowRoot.adoptedStyleSheets, sheet];
      for (const child of node.shadowRoot.querySelectorAll('*')) walk(child);
    }
    for (const child of node.children) walk(child);
  };
  walk(element);
}

/** Removes what applyTextSpacing() added to the page (elements are thrown away between tests). */
export function removeTextSpacing(): void {
  document.adoptedStyleSheets = [];
}

/**
 * How many CSS pixels `element`, or anything it renders, sticks out past the inline end of `frame`.
 * A part that scrolls on its own (a wide data table in an `overflow: auto` region, which WCAG 1.4.10
 * allows) counts by its own box, not by its content; text only for assistive technology counts not.
 */
export function overflowPast(frame: Element, element: Element): number {
  const limit = frame.getBoundingClientRect().right;
  let worst = Math.max(0, element.getBoundingClientRect().right - limit);
  const clips = (node: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(node).overflowX);
  const walk = (root: ParentNode) => {
    for (const child of root.children) {
      const box = child.getBoundingClientRect();
      if (box.width > 1) worst = Math.max(worst, box.right - limit);
      if (clips(child)) continue;
      if (child.shadowRoot !== null) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (element.shadowRoot !== null) walk(element.shadowRoot);
  walk(element);
  return worst;
}
