/**
 * Lit's development build warns about mistakes it can see at run time (an update scheduled from
 * `updated()`, a class field shadowing a reactive property…). It records every warning in
 * `globalThis.litIssuedWarnings`, even when a test has silenced `console.warn`, so this check
 * reads that set: any warning other than the dev-mode notice fails the test that caused it.
 * A warning Lit gives while the page loads (« Multiple versions of Lit loaded », when a second
 * copy of lit-html is imported) fails the first test of the file: no test caused it, but a page
 * with two copies of Lit renders templates of one copy wrongly with the other.
 */
import { afterEach, beforeEach } from 'vitest';

// The dev-mode notice, by its link or by the code `silenceLitDevModeNotice` records in its place.
const ALLOWED = ['dev-mode'];

function issued(): string[] {
  const warnings = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  return warnings === undefined ? [] : [...warnings].filter((warning) => !ALLOWED.some((allowed) => warning.includes(allowed)));
}

/** How many warnings were issued before the running test; none counted yet before the first one. */
let before: number | undefined;

export function failOnLitWarnings(): void {
  beforeEach(() => {
    before = before === undefined ? 0 : issued().length;
  });
  afterEach(() => {
    const fresh = issued().slice(before);
    if (fresh.length > 0) throw new Error(`Avertissement de Lit en mode développement :\n${fresh.join('\n')}`);
  });
}
