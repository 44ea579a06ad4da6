/**
 * Property-based attack on every parser, in Node: whatever the text or value, each one returns a
 * result with its problems listed and never throws (1,000 generated inputs each).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetFromData, budgetFromText } from '../../src/lib/budget/load.js';
import { budgetFromScdl, readCsv } from '../../src/lib/budget/scdl-csv.js';
import { eventsFromSchemaOrg } from '../../src/lib/events/schema-org.js';
import { eventsFromData, eventsFromJsonText } from '../../src/lib/events/sources.js';
import { parseCap } from '../../src/lib/notices/cap.js';
import { parseFeed } from '../../src/lib/notices/detect.js';
import { parseJsonFeed } from '../../src/lib/notices/json-feed.js';
import { readXml } from '../../src/lib/notices/xml.js';
import { analyse } from '../../src/tone/index.js';

const RUNS = 1000;

/** Structured-looking text: fragments of JSON, JSON-LD, CSV, XML glued together, nested or not. */
const fragments = fc
  .array(
    fc.oneof(
      fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '"@type":"Event"', '"@graph":', '"name":', '"startDate":"2026-05-01"', '"notices":', '"lines":', '"year":2026'),
      fc.constantFrom('<alert>', '</alert>', '<info>', '&x;', '&amp;', '<![CDATA[', ']]>', '<!DOCTYPE a [', '<?xml?>'),
      fc.constantFrom('BGT_NATDEC;BGT_ANNEE;BGT_MTREAL\n', ';', '\n', '"', '=SUM(1)', '-1,5', '0000'),
      fc.string({ maxLength: 10 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
const nested = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(depth));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fragments, nested);
const anyInput = fc.oneof(anyText, fc.anything({ maxDepth: 4 }));

/** Parsers of text get text; the others get any value (text included). */
const PARSERS: readonly [string, (input: unknown) => { problems: readonly unknown[] }][] = [
  ['parseFeed', (input) => parseFeed(input, null)],
  ['parseCap', (input) => parseCap(input)],
  ['parseJsonFeed', (input) => parseJsonFeed(input)],
  ['readXml', (input) => readXml(input)],
  ['eventsFromSchemaOrg', (input) => eventsFromSchemaOrg(input)],
  ['eventsFromData', (input) => eventsFromData(input)],
  ['eventsFromJsonText', (input) => eventsFromJsonText(input as string)],
  ['budgetFromData', (input) => budgetFromData(input)],
  ['budgetFromText', (input) => budgetFromText(input as string, {}, budgetFromScdl)],
  ['budgetFromScdl', (input) => budgetFromScdl(input as string)],
  ['readCsv', (input) => ({ problems: [], ...readCsv(input as string) })],
  ['analyse (loos-tone)', (input) => analyse(input)],
];

const TEXT_ONLY = new Set(['parseFeed', 'eventsFromJsonText', 'budgetFromText', 'budgetFromScdl', 'readCsv']);

describe.each(PARSERS)('%s under generated input', (name, parse) => {
  it(`never throws and lists its problems, over ${RUNS} inputs`, () => {
    fc.assert(
      fc.property(TEXT_ONLY.has(name) ? anyText : anyInput, (input) => {
        const result = parse(input);
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
