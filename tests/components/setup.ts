import { afterEach, vi } from 'vitest';
import { failOnUnexpectedConsole, silenceLitDevModeNotice } from '../support/console-guard.js';
import { failOnLitWarnings } from '../support/lit-warnings.js';

// The Vitest browser page is `<html lang="en">`; our elements follow the page language, and
// French is the language of the city's pages, so tests run in a French page unless they say otherwise.
document.documentElement.lang = 'fr';

// No element may make Lit warn in development mode (an update scheduled from `updated()`…).
failOnLitWarnings();

// One cleanup for every element test: an empty French page in the default theme, no mock or
// stubbed global left, no sentinel of a hostile-text test left behind.
afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.lang = 'fr';
  document.documentElement.removeAttribute('data-loos-theme');
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (window as { pwned?: boolean }).pwned;
});

// Expected warnings are captured and asserted by the tests that cause them; any other fails.
silenceLitDevModeNotice();
failOnUnexpectedConsole();
