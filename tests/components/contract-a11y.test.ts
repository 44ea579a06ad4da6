/**
 * What every element promises a person beyond what axe sees, checked for all of them from the one
 * list of tests/components/contract.ts: no sideways scrolling at 320 CSS px (WCAG 1.4.10), with
 * 200 % text (1.4.4) or a person's own text spacing applied inside shadow roots (1.4.12), a visible
 * focus on every part Tab reaches (2.4.7), controls still drawn in forced colours (1.4.11), focus
 * never dropped to the top of the page when a control disappears (2.4.3), and at most one landmark.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../dist/tokens/tokens.css';
// The site kit's enhancers are styled by the page's sheet, as a site loads it.
import '../../src/styles/forms.css';
import { applyTextSpacing, applyTextSpacingToPage, ELEMENTS, mount, overflowPast, removeTextSpacing, settle, type ElementContract } from './contract.js';

const NARROW = 320;

afterEach(async () => {
  removeTextSpacing();
  document.documentElement.style.fontSize = '';
  document.body.innerHTML = '';
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'none' }] });
});

/** The element in a 320 px wide column, between two page buttons (where Tab starts and ends). */
async function mountNarrow(contract: ElementContract, extra = '') {
  const element = await mount(contract, 'Texte de la ville', extra);
  const frame = element.parentElement!;
  frame.style.inlineSize = `${NARROW}px`;
  frame.insertAdjacentHTML('beforebegin', '<button id="before">avant</button>');
  frame.insertAdjacentHTML('afterend', '<button id="after">après</button>');
  await settle(element);
  return { element, frame };
}

/** The element focus is on, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Every part Tab reaches inside the element, in order, each described by `inspect` while it has
 * focus (at most 80 stops, so that a trap fails the test instead of hanging it).
 */
async function tabThrough<T>(inspect: (part: Element) => T): Promise<T[]> {
  document.querySelector<HTMLElement>('#before')!.focus();
  const reached: T[] = [];
  for (let step = 0; step < 80; step++) {
    await userEvent.tab();
    const active = deepActive();
    if (active === null || active.id === 'after') return reached;
    reached.push(inspect(active));
  }
  throw new Error('Tab ne sort pas de l’élément');
}

/** Whether the focused part shows a ring (outline or shadow), on itself or on the item it points to (a listbox). */
function showsFocus(part: Element): boolean {
  const ring = (target: Element) => {
    const style = getComputedStyle(target);
    return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  };
  const active = part.getAttribute('aria-activedescendant');
  const pointed = active === null ? null : (part.getRootNode() as ShadowRoot).getElementById(active);
  return ring(part) || (pointed !== null && ring(pointed));
}

/** Whether a control still has a drawn edge when forced colours remove its background: a border, an outline or an underline. */
function hasVisibleEdge(part: Element): boolean {
  const style = getComputedStyle(part);
  const border = ['Top', 'Right', 'Bottom', 'Left'].some(
    (side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
  );
  return border || style.outlineStyle !== 'none' || style.textDecorationLine.includes('underline');
}

const describeName = (part: Element) => `${part.tagName.toLowerCase()} « ${part.textContent.replace(/\s+/g, ' ').trim().slice(0, 40)} »`;

/** Landmarks in the element's own shadow root (nested elements answer for theirs). */
function ownRegions(element: Element): Element[] {
  const root = element.shadowRoot!;
  return [...root.querySelectorAll('[role=region], section[aria-label], section[aria-labelledby], [role=navigation], nav, aside, [role=complementary], form[aria-label], form[aria-labelledby]')].filter(
    (node) => node.getAttribute('role') !== 'none' && node.getAttribute('role') !== 'presentation',
  );
}

describe.each(ELEMENTS)('<$tag> reflow and text spacing', (contract) => {
  it('fits 320 CSS px: nothing sticks out and nothing scrolls sideways', async () => {
    const { element, frame } = await mountNarrow(contract);
    expect(overflowPast(frame, element)).toBeLessThanOrEqual(0.5);
    expect(frame.scrollWidth).toBeLessThanOrEqual(NARROW);
  });

  it('fits 320 CSS px with WCAG 1.4.12 text spacing applied inside its shadow roots', async () => {
    const { element, frame } = await mountNarrow(contract);
    applyTextSpacing(element);
    expect(overflowPast(frame, element)).toBeLessThanOrEqual(0.5);
    expect(frame.scrollWidth).toBeLessThanOrEqual(NARROW);
  });

  it('fits 320 CSS px with text at 200 %', async () => {
    document.documentElement.style.fontSize = '200%';
    const { element, frame } = await mountNarrow(contract);
    expect(overflowPast(frame, element)).toBeLessThanOrEqual(0.5);
  });
});

/**
 * Text a person reads inside the element's shadow roots (and those of the elements it renders),
 * with the computed style it ends up with: rendered, not for assistive technology only.
 */
function readableTexts(element: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      if (child.shadowRoot !== null) walk(child.shadowRoot);
      const ownText = [...child.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (ownText && child.getClientRects().length > 0 && child.closest('.visually-hidden, [aria-hidden="true"] svg') === null) found.push(child);
    }
  };
  walk(element.shadowRoot!);
  return found;
}

describe.each(ELEMENTS)('<$tag> a person’s own text spacing', (contract) => {
  it('follows letter and word spacing, and the line height of its running text, set on the page (WCAG 1.4.12)', async () => {
    const { element } = await mountNarrow(contract);
    applyTextSpacingToPage();
    // Spacing inherits as lengths computed on the host: a part may not reset it to less.
    const host = getComputedStyle(element);
    const hostSize = Number.parseFloat(host.fontSize);
    const ignored = readableTexts(element).flatMap((text) => {
      const style = getComputedStyle(text);
      const size = Number.parseFloat(style.fontSize);
      const wrong: string[] = [];
      if (Number.parseFloat(style.letterSpacing) < Number.parseFloat(host.letterSpacing) - 0.1) wrong.push(`letter-spacing ${style.letterSpacing}`);
      if (Number.parseFloat(style.wordSpacing) < Number.parseFloat(host.wordSpacing) - 0.1) wrong.push(`word-spacing ${style.wordSpacing}`);
      // Running text follows the line height. Display text (headings, large figures) keeps its own
      // tight but relative one: its lines are never closer than the page's own lines (1.5 × the
      // host's size), and CSS cannot tell a page's 1.5 from a person's 1.5 to loosen it further.
      const display = text.closest('h2, h3, h4, h5, h6') !== null || size >= 1.25 * hostSize;
      const lineHeight = Number.parseFloat(style.lineHeight);
      if (!display && lineHeight < 1.5 * size - 0.1) wrong.push(`line-height ${style.lineHeight}`);
      if (display && lineHeight < Number.parseFloat(host.lineHeight) - 0.5) wrong.push(`line-height ${style.lineHeight} < ${host.lineHeight}`);
      return wrong.length === 0 ? [] : [`${describeName(text)} : ${wrong.join(', ')}`];
    });
    expect(ignored).toEqual([]);
    expect(clippedParts(element)).toEqual([]);
  });

  it('clips nothing under a person’s text spacing: no box with hidden overflow is too small for its text', async () => {
    const { element } = await mountNarrow(contract);
    applyTextSpacing(element);
    expect(clippedParts(element)).toEqual([]);
  });
});

/** Parts whose hidden overflow is too small for their text (what text spacing must never cause). */
function clippedParts(element: Element): string[] {
  const clipped: string[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll<HTMLElement>('*')) {
      if (child.shadowRoot !== null) walk(child.shadowRoot);
      if (child.closest('.visually-hidden') !== null || child.matches('textarea, select, input')) continue;
      const style = getComputedStyle(child);
      if (['hidden', 'clip'].includes(style.overflowY) && child.scrollHeight > child.clientHeight + 1) clipped.push(describeName(child));
    }
  };
  walk(element.shadowRoot!);
  return clipped;
}

describe.each(ELEMENTS)('<$tag> focus and forced colours', (contract) => {
  it.each([['default colours', 'none'], ['forced colours', 'active']] as const)('shows a visible focus on every part Tab reaches (%s)', async (_, forced) => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: forced }] });
    await mountNarrow(contract);
    const invisible = await tabThrough((part) => (showsFocus(part) ? '' : describeName(part)));
    expect(invisible.filter((name) => name !== '')).toEqual([]);
  });

  it('keeps an edge (border, outline or underline) on every control in forced colours', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    await mountNarrow(contract);
    const control = 'button, input, select, textarea, summary, [role=listbox], [role=button]';
    const edgeless = await tabThrough((part) => (part.matches(control) && !hasVisibleEdge(part) ? describeName(part) : ''));
    expect(edgeless.filter((name) => name !== '')).toEqual([]);
  });

  it('is one landmark region at most', async () => {
    const { element } = await mountNarrow(contract);
    expect(ownRegions(element).length).toBeLessThanOrEqual(1);
  });
});

describe.each(ELEMENTS.filter((contract) => contract.vanishing !== undefined))('<$tag> focus when a control disappears', (contract) => {
  it('never drops focus to <body>: it lands on a part of the element', async () => {
    const { element } = await mountNarrow(contract, contract.vanishing!.extra);
    for (const label of contract.vanishing!.controls) {
      const control = (await tabThrough((part) => part)).find((part) => label.test(part.textContent.trim()));
      expect(control, `${String(label)} atteint au clavier`).toBeDefined();
      (control as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      await settle(element);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(document.activeElement).not.toBe(document.body);
      expect(element === document.activeElement || element.contains(document.activeElement) || element.shadowRoot!.activeElement !== null).toBe(true);
    }
  });
});
