import { readFileSync } from 'node:fs';

/** Reads a file of tests/fixtures/budget as text (UTF-8, BOM kept). */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/budget/${name}`, import.meta.url), 'utf8');
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixture(name)) as unknown;
}
