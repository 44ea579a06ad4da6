/** Every data reader declared « never throws » keeps its word on very deep or very big data. */
import { describe, expect, it } from 'vitest';
import { budgetFromData, budgetFromText } from '../../../src/lib/budget/load.js';
import { budgetFromScdl } from '../../../src/lib/budget/scdl-csv.js';
import { eventsFromSchemaOrg } from '../../../src/lib/events/schema-org.js';
import { eventsFromData, eventsFromJsonText } from '../../../src/lib/events/sources.js';
import { JSON_LIMITS, jsonShapeProblem, parseBoundedJson } from '../../../src/lib/json-limits.js';
import { parseJsonFeed } from '../../../src/lib/notices/json-feed.js';

const LEVELS = 20_000;
const deepArray = (inner: string) => '['.repeat(LEVELS) + inner + ']'.repeat(LEVELS);
const deepObject = (inner: string) => '{"a":'.repeat(LEVELS) + inner + '}'.repeat(LEVELS);
const event = (key: string, value: string) =>
  `{"@context":"https://schema.org","@type":"Event","name":"Bal","startDate":"2026-05-01","${key}":${value}}`;
const TOO_DEEP = `Les données sont imbriquées sur plus de ${JSON_LIMITS.maxDepth} niveaux : elles ne sont pas lues.`;

describe('bounded JSON', () => {
  it('refuses depth beyond the bound, and says so', () => {
    expect(parseBoundedJson(deepArray('1'))).toEqual({ refused: TOO_DEEP });
    expect(parseBoundedJson('[[1]]')).toEqual({ value: [[1]] });
  });

  it('refuses too many values and too long a text', () => {
    expect(jsonShapeProblem(Array.from({ length: JSON_LIMITS.maxValues + 1 }, () => 0))).toContain('plus de');
    expect(parseBoundedJson(' '.repeat(JSON_LIMITS.maxLength + 1))).toEqual({ refused: expect.stringContaining('dépassent') as string });
  });

  it('walks a cyclic property value once', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(jsonShapeProblem(cyclic)).toBeUndefined();
  });
});

describe('event readers on 20,000 levels of JSON-LD', () => {
  it.each([
    ['a name', event('name', deepArray('"x"'))],
    ['a description', event('description', deepArray('1'))],
    ['a location', event('location', deepObject('1'))],
    ['a chain of sub-events', '{"@type":"Event","name":"A","startDate":"2026-05-01","subEvent":'.repeat(LEVELS) + '1' + '}'.repeat(LEVELS)],
  ])('report %s nested too deep instead of throwing', (_what, text) => {
    for (const read of [() => eventsFromSchemaOrg(text), () => eventsFromJsonText(text), () => eventsFromData(JSON.parse(text))]) {
      const result = read();
      expect(result.events).toEqual([]);
      expect(result.problems.map((p) => p.message)).toContain(TOO_DEEP);
    }
  });
});

describe('feed and budget readers on deep data', () => {
  it('the notice feed reports it', () => {
    const result = parseJsonFeed(`{"notices":${deepArray('1')}}`);
    expect(result.readable).toBe(false);
    expect(result.problems[0]?.message).toBe(TOO_DEEP);
  });

  it('the budget reports it, from text and from a property', () => {
    const text = `{"year":2026,"lines":${deepArray('1')}}`;
    expect(budgetFromText(text).problems[0]?.message).toBe(TOO_DEEP);
    expect(budgetFromData(JSON.parse(text)).problems[0]?.message).toBe(TOO_DEEP);
  });

  it('the SCDL reader refuses a text beyond 5 MB without reading it', () => {
    const result = budgetFromScdl('a;b\n'.repeat(1_300_000));
    expect(result.budget).toBeNull();
    expect(result.problems[0]?.message).toContain('dépassent 5000000 caractères');
  });
});
