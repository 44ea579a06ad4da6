import { readFileSync } from 'node:fs';

/** A file of tests/fixtures/notices as text. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/notices/${name}`, import.meta.url), 'utf8');
}

/** 14 March 2026, 10:00 in Loos: the « now » the fixtures are written for. */
export const FIXTURE_NOW = Date.parse('2026-03-14T10:00:00+01:00');
