/** Helpers shared by the element tests: put markup in the page, and collect `loos-invalid` reports. */
import axe from 'axe-core';
import { render } from 'lit';
import { composeStory } from 'storybook/preview-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { THEMES } from '../../.storybook/themes.js';
import '../../dist/tokens/tokens.css';
import { expectConsoleWarnings } from '../support/console-guard.js';
import type { LoosInvalidEvent } from '../../src/events/invalid.js';

/**
 * Replaces the page body with `markup` and returns the first `tag` element once it has rendered.
 * The tag name gives the element its precise type through `HTMLElementTagNameMap`.
 */
export async function mountElement<K extends keyof HTMLElementTagNameMap>(markup: string, tag: K): Promise<HTMLElementTagNameMap[K]> {
  document.body.innerHTML = markup;
  const element = document.querySelector(tag);
  if (element === null) throw new Error(`<${tag}> absent du balisage de test`);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/**
 * Expects the elements' « données invalides » console line (tests/support/console-guard.ts) and
 * returns the `loos-invalid` events fired from now on.
 */
export function captureInvalid(): LoosInvalidEvent[] {
  expectConsoleWarnings();
  const events: LoosInvalidEvent[] = [];
  document.addEventListener('loos-invalid', (event) => events.push(event));
  return events;
}

/**
 * Renders a story of the catalogue, with `args` over its own, and returns its `tag` element once
 * rendered: element tests check the very markup the catalogue shows instead of a copy of it.
 */
export async function mountStory<K extends keyof HTMLElementTagNameMap, Args>(
  story: StoryObj<Args>,
  meta: Meta<Args>,
  tag: K,
  args: Partial<Args> = {},
): Promise<HTMLElementTagNameMap[K]> {
  // Our stories' args are interfaces, which composeStory's generic `Args` (an index type) refuses.
  const composed = composeStory(story as StoryObj, meta as Meta);
  // A new container each time: Lit keeps its place in a container that was rendered into.
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  render(composed(args), container);
  const element = document.querySelector(tag);
  if (element === null) throw new Error(`<${tag}> absent de la story ${composed.storyName}`);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** The themes every element is checked in, as the catalogue lists them. */
export const THEME_NAMES = THEMES.map((theme) => theme.value);

/**
 * The axe violations of the page (WCAG 2.2 A/AA and best practices), each as « rule target », on the
 * themed surface a page paints. `region` is left out: a test page has no landmarks around the element.
 */
export async function axeViolations(): Promise<string[]> {
  document.body.style.background = 'var(--loos-color-surface)';
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}
