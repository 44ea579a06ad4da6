/**
 * Every `console.warn` and `console.error` a test causes is either expected by that test or a
 * failure: the test log stays free of warnings nobody reads, and a new warning (an element that
 * starts to complain about valid input) fails the test that caused it instead of scrolling by.
 *
 * A test that expects warnings says so with `expectConsoleWarnings()` (captureInvalid does it for
 * the « données invalides » reports) and may assert on the lines it returns. A test that spies on
 * the console itself (`vi.spyOn(console, 'warn')…`) handles what it catches.
 */
import { afterEach, beforeEach, vi, type TestContext } from 'vitest';

/** The one line every element logs with its `loos-invalid` event (src/controllers/invalid.ts). */
export const INVALID_DATA_WARNING = /^<loos-[a-z-]+> : données invalides \(/;

let recorded: string[] = [];
let allowed: RegExp | undefined;

function text(args: readonly unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');
}

/**
 * Declares that the current test expects warnings matching `pattern` (by default the elements'
 * « données invalides » line), and returns the list of warnings logged so far and from now on.
 * Any other warning or error still fails the test.
 */
export function expectConsoleWarnings(pattern: RegExp = INVALID_DATA_WARNING): readonly string[] {
  allowed = pattern;
  return recorded;
}

/** Lit's development build announces itself once per page; the tests know, and skip the notice. */
export function silenceLitDevModeNotice(): void {
  const issued = ((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set());
  issued.add('dev-mode');
}

/**
 * What a whole test declares up front instead of calling `expectConsoleWarnings()` inside it: a
 * story says `parameters: { expectInvalid: true }` (see .storybook/vitest.setup.ts). Read after
 * the test, when the story is known. `required` makes the declaration a promise: the test fails
 * when none of the expected warnings came, so a story of invalid data that stops showing any is
 * noticed too.
 */
export interface DeclaredWarnings {
  readonly pattern: RegExp;
  readonly required: boolean;
  /** How to name the test in a message (a story's title). */
  readonly name: string;
}

export function failOnUnexpectedConsole(declared?: (context: TestContext) => DeclaredWarnings | undefined): void {
  beforeEach(() => {
    recorded = [];
    allowed = undefined;
    for (const level of ['warn', 'error'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        recorded.push(`${level === 'warn' ? '' : 'console.error : '}${text(args)}`);
      });
    }
  });
  afterEach((context) => {
    const declaration = declared?.(context);
    const lines = recorded;
    const unexpected = lines.filter((line) => !(allowed?.test(line) ?? false) && !(declaration?.pattern.test(line) ?? false));
    recorded = [];
    allowed = undefined;
    if (unexpected.length > 0) {
      throw new Error(`Avertissement inattendu dans la console (expectConsoleWarnings() s'il est voulu) :\n${unexpected.join('\n')}`);
    }
    if (declaration?.required === true && !lines.some((line) => declaration.pattern.test(line))) {
      throw new Error(`« ${declaration.name} » déclare des données invalides, mais aucun avertissement n'est venu : retirez la déclaration ou rendez les données invalides.`);
    }
  });
}
