/** Helpers shared by the element tests: put markup in the page, and collect `loos-invalid` reports. */
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
