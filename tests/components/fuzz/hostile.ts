/**
 * Hostile input shared by the property-based suites: text that tries to run script (each
 * payload sets a window sentinel if it ever runs), and values of every type.
 */
import fc from 'fast-check';

/** Set by any payload that runs; checked after every generated case. */
export const SENTINEL = '__loosPwned';

export function sentinelTripped(): boolean {
  return (window as unknown as Record<string, unknown>)[SENTINEL] !== undefined;
}

const RUN = `window.${SENTINEL}=1`;

/** Script-injection payloads in the forms a CMS field or a feed could carry them. */
export const INJECTIONS: readonly string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"></svg>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `</script><script>${RUN}</script>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `javascript:${RUN}`,
  `<a href="javascript:${RUN}">x</a>`,
  `<details open ontoggle="${RUN}">`,
  `\${${RUN}}`,
  `{{constructor.constructor('${RUN}')()}}`,
  `<style>@import 'javascript:${RUN}'</style>`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `<!--<script>${RUN}</script>-->`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
];

/** Text a person could type, plus payloads, control characters, RTL marks and long runs. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u202Eevil', '\u0000', '\uFEFF', '\uD800', 'NaN', '-1', '1e309', '  ', '') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'é', '<', '&', '9'), fc.integer({ min: 100, max: 3000 })).map(([unit, n]) => unit.repeat(n)) },
);

/** Any value a script could assign to a property. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(Number.NaN, Infinity, -1, 0, 3, null, undefined, true, Symbol('x'), () => 1, new Date(Number.NaN), new Date(0), new URL('https://www.ville-loos.fr/')),
);
