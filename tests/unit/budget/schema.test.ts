import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGET_CLASSIFICATIONS, BUDGET_FLOWS, BUDGET_SECTIONS, BUDGET_STAGES } from '../../../src/lib/budget/model.js';
import { fixtureJson } from './fixtures.js';

interface Schema {
  required: string[];
  properties: Record<string, { enum?: string[] }>;
  $defs: { line: { required: string[]; properties: Record<string, unknown> } };
}

const schema = JSON.parse(readFileSync(new URL('../../../schemas/budget.schema.json', import.meta.url), 'utf8')) as Schema;

describe('schemas/budget.schema.json', () => {
  it('lists the same stages, sections, flows and classifications as the model', () => {
    expect(schema.properties.stage?.enum).toEqual([...BUDGET_STAGES]);
    expect(schema.properties.section?.enum).toEqual([...BUDGET_SECTIONS]);
    expect(schema.properties.flow?.enum).toEqual([...BUDGET_FLOWS]);
    expect(schema.properties.classification?.enum).toEqual([...BUDGET_CLASSIFICATIONS]);
  });

  it('describes every property of the illustrative fixture and of its lines', () => {
    const budget = fixtureJson('loos-2026.json') as Record<string, unknown> & { lines: Record<string, unknown>[] };
    for (const key of Object.keys(budget)) expect(schema.properties, key).toHaveProperty(key);
    for (const key of schema.required) expect(budget, key).toHaveProperty(key);
    for (const line of budget.lines) for (const key of Object.keys(line)) expect(schema.$defs.line.properties, key).toHaveProperty(key);
  });
});
