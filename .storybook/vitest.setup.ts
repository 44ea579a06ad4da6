// Every story is checked for Lit development warnings (see tests/support/lit-warnings.ts) and for
// console warnings: a story that shows invalid data on purpose declares it with
// `parameters: { expectInvalid: true }`; its « données invalides » lines are then expected (and
// required) and not printed. Any other warning, or that line from a story that looks valid,
// fails the story.
import type { TestContext } from 'vitest';
import { failOnUnexpectedConsole, INVALID_DATA_WARNING, silenceLitDevModeNotice } from '../tests/support/console-guard.js';
import { failOnLitWarnings } from '../tests/support/lit-warnings.js';

/** What @storybook/addon-vitest puts on the test context: the composed story being tested. */
interface StoryTestContext extends TestContext {
  readonly story?: { readonly parameters?: { readonly expectInvalid?: unknown } };
}

silenceLitDevModeNotice();
failOnLitWarnings();
failOnUnexpectedConsole((context) => {
  const story = (context as StoryTestContext).story;
  return story?.parameters?.expectInvalid === true ? { pattern: INVALID_DATA_WARNING, required: true, name: context.task.name } : undefined;
});
