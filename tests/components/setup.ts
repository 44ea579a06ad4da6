import { failOnUnexpectedConsole, silenceLitDevModeNotice } from '../support/console-guard.js';
import { failOnLitWarnings } from '../support/lit-warnings.js';

// The Vitest browser page is `<html lang="en">`; our elements follow the page language, and
// French is the language of the city's pages, so tests run in a French page unless they say otherwise.
document.documentElement.lang = 'fr';

// No element may make Lit warn in development mode (an update scheduled from `updated()`…).
failOnLitWarnings();

// Expected warnings are captured and asserted by the tests that cause them; any other fails.
silenceLitDevModeNotice();
failOnUnexpectedConsole();
