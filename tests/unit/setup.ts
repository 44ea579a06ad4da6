import { failOnUnexpectedConsole, silenceLitDevModeNotice } from '../support/console-guard.js';

// Expected warnings are captured and asserted by the tests that cause them; any other fails.
silenceLitDevModeNotice();
failOnUnexpectedConsole();
