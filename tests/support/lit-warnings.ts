/**
 * Lit's development build warns about mistakes it can see at run time (an update scheduled from
 * `updated()`, a class field shadowing a reactive property…). It records every warning in
 * `globalThis.litIssuedWarnings`, even when a test has silenced `console.warn`, so this check
 * reads that set: any warning other than the dev-mode notice fails the test that caused it.
 */
import { afterEach, beforeEach } from 'vitest';

const ALLOWED = ['lit.dev/msg/dev-mode'];

function issued(): string[] {
  const warnings = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  return warnings === undefined ? [] : [...warnings].filter((warning) => !ALLOWED.some((allowed) => warning.includes(allowed)));
}

let before = 0;

export function failOnLitWarnings(): void {
  beforeEach(() => {
    before = issued().length;
  });
  afterEach(() => {
    const fresh = issued().slice(before);
    if (fresh.length > 0) throw new Error(`Avertissement de Lit en mode développement :\n${fresh.join('\n')}`);
  });
}
