/**
 * Property-based attack on every element, in Chromium: hostile text in what a person reads,
 * and values of any type in any property. After each case: no exception, no script ran, and the
 * element shows something or says why not (`loos-invalid`). The elements are shared out between
 * several test files (`elements-N.fuzz.test.ts`) so that the two CI workers run them side by side.
 */
import fc from 'fast-check';
import type { LitElement } from 'lit';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ELEMENTS, mount, settle, shadowText } from '../contract.js';
import { anyValue, hostileText, sentinelTripped } from './hostile.js';

/**
 * Runs per element and per CI run (at least 1,000). fast-check draws a new seed each run, so
 * successive runs explore new cases; docs/contributing.md, « Tests d'attaque », says how to run a
 * deeper attack locally.
 */
export const FUZZ_RUNS = Number(import.meta.env.VITE_FUZZ_RUNS ?? 1000);

/** Injected services and what the element sets itself: not author input. */
const NOT_INPUT = new Set(['clock', 'fetcher', 'dismissals', 'view', 'state', 'src', 'previousSrc']);

function inputProperties(element: LitElement): string[] {
  const properties = (element.constructor as typeof LitElement).elementProperties;
  return [...properties.keys()].filter((key): key is string => typeof key === 'string' && !NOT_INPUT.has(key) && properties.get(key)?.state !== true);
}

/** Attacks the elements of ELEMENTS whose position is `share` modulo `shares`. */
export function attackElements(share: number, shares: number): void {
  const timings: Record<string, number> = {};

  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  afterAll(() => {
    // The time each element's suite took, for the CI log (not an assertion: timing belongs in bench/).
    console.info('fuzz: ms per element', timings);
  });

  describe.each(ELEMENTS.filter((_, index) => index % shares === share))('$tag under generated input', (contract) => {
    it(`keeps its promises over ${FUZZ_RUNS} cases`, { timeout: 600_000 }, async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const probe = await mount(contract);
      const properties = inputProperties(probe);
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(
          hostileText,
          // An enhancer that takes everything from the page's markup has no property to attack.
          properties.length === 0 ? fc.constant([]) : fc.array(fc.tuple(fc.constantFrom(...properties), anyValue), { maxLength: 3 }),
          async (text, assignments) => {
            let reported = false;
            const onInvalid = () => {
              reported = true;
            };
            document.addEventListener('loos-invalid', onInvalid);
            try {
              const element = await mount(contract, text);
              for (const [name, value] of assignments) (element as unknown as Record<string, unknown>)[name] = value;
              await settle(element);
              expect(sentinelTripped()).toBe(false);
              const shown = shadowText(element).trim() !== '' || element.shadowRoot!.querySelector('textarea, select, input, svg, table') !== null;
              expect(shown || reported).toBe(true);
            } finally {
              document.removeEventListener('loos-invalid', onInvalid);
            }
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
      timings[contract.tag] = Math.round(performance.now() - started);
    });
  });
}
