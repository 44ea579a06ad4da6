/**
 * Golden outputs: every example in every channel, written to readable files under
 * tests/fixtures/channels/<example>/ (reviewed by reading them; `vitest -u` rewrites them).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileNames, summaryTable } from '../../../src/channels/cli-core.js';
import { toChannels } from '../../../src/channels/to-channels.js';
import { OUTPUT_CHANNELS } from '../../../src/channels/types.js';
import { checkText } from '../../../src/tone/engine.js';
import { EXAMPLES, FIXTURES, brand, content } from './fixtures.js';

describe.each(EXAMPLES)('$name in every channel', ({ name, file, options }) => {
  const result = toChannels(content(file), { brand, ...options });

  it('writes every channel with no problem in the content or the configuration', () => {
    expect(result.problems).toEqual([]);
    expect(result.outputs.map((o) => o.channel)).toEqual([...OUTPUT_CHANNELS]);
  });

  it.each([...OUTPUT_CHANNELS])('matches the reviewed %s output', async (channel) => {
    const output = result.outputs.find((o) => o.channel === channel);
    expect(output).toBeDefined();
    for (const [fileName, text] of Object.entries(fileNames(output!))) {
      await expect(text).toMatchFileSnapshot(`${FIXTURES}${name}/${fileName}`);
    }
  });

  it('keeps every channel within its hard limit, with no tone error', () => {
    for (const output of result.outputs) {
      expect(output.overLimit, output.channel).toBe(false);
      const errors = checkText(output.text, { channel: output.channel }).filter((f) => f.severity === 'error');
      expect(errors, output.channel).toEqual([]);
    }
  });

  it('matches the reviewed summary table', async () => {
    await expect(summaryTable(result.outputs)).toMatchFileSnapshot(`${FIXTURES}${name}/summary.md`);
  });

  it('gives byte-identical outputs for the same content and configuration', () => {
    expect(JSON.stringify(toChannels(content(file), { brand, ...options }))).toBe(JSON.stringify(result));
  });
});

describe('docs/channels.md', () => {
  it('shows the road closure and the New Year wishes ceremony exactly as the module writes them', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/channels.md', import.meta.url)), 'utf8');
    for (const { name, file, options } of EXAMPLES.filter((example) => example.name !== 'investment')) {
      const result = toChannels(content(file), { brand, ...options });
      for (const output of result.outputs) {
        for (const [fileName, text] of Object.entries(fileNames(output))) {
          // The press release's HTML and the event's newsletter HTML are files beside the doc, not in it.
          if (fileName === 'press.html' || (fileName === 'newsletter.html' && name !== 'road-closure')) continue;
          expect(doc, `${name}/${fileName}`).toContain(text.trimEnd());
        }
      }
    }
  });
});
