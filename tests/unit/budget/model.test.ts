import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBudget } from '../../../src/lib/budget/model.js';
import { fixtureJson } from './fixtures.js';

const base = {
  year: 2026,
  stage: 'budget primitif',
  section: 'fonctionnement',
  flow: 'dépenses',
  source: { text: 'Délibération n° 1', url: 'https://example.org/d1' },
};

describe('validateBudget', () => {
  it('accepts the illustrative JSON fixture without any problem', () => {
    const { budget, problems } = validateBudget(fixtureJson('loos-2026.json'));
    expect(problems).toEqual([]);
    expect(budget?.lines).toHaveLength(9);
    expect(budget?.population).toBe(22_500);
  });

  it('ignores and names non-numeric, non-finite and missing amounts', () => {
    const { budget, problems } = validateBudget({
      ...base,
      lines: [{ label: 'Écoles', amount: 10 }, { label: 'Culture', amount: 'beaucoup' }, { label: 'Sport', amount: Number.NaN }, { label: 'Voirie' }],
    });
    expect(budget?.lines.map((line) => line.label)).toEqual(['Écoles']);
    expect(problems.filter((item) => item.ignored === true).map((item) => item.field)).toEqual(['lines[1]', 'lines[2]', 'lines[3]']);
  });

  it('keeps negative amounts (reductions, reversals) at every stage', () => {
    const lines = [{ label: 'Réduction', amount: -100 }];
    expect(validateBudget({ ...base, lines }).budget?.lines).toHaveLength(1);
    expect(validateBudget({ ...base, stage: 'décision modificative', lines }).budget?.lines).toHaveLength(1);
  });

  it('reports duplicate labels but keeps both lines', () => {
    const { budget, problems } = validateBudget({ ...base, lines: [{ label: 'Écoles', amount: 1 }, { label: 'écoles', amount: 2 }] });
    expect(budget?.lines).toHaveLength(2);
    expect(problems[0]?.message).toContain('apparaît deux fois');
  });

  it('reports a declared total that does not match the sum of the lines', () => {
    const { problems } = validateBudget({ ...base, total: 100, lines: [{ label: 'A', amount: 60 }, { label: 'B', amount: 30 }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('total');
  });

  it('accepts a total that matches to the cent despite floating-point sums', () => {
    const { problems } = validateBudget({ ...base, total: 0.3, lines: [{ label: 'A', amount: 0.1 }, { label: 'B', amount: 0.2 }] });
    expect(problems).toEqual([]);
  });

  it('reports codes that are not function or nature codes', () => {
    const { budget, problems } = validateBudget({ ...base, lines: [{ label: 'A', amount: 1, code: '<script>' }] });
    expect(budget?.lines[0]?.code).toBeUndefined();
    expect(problems[0]?.field).toBe('lines[0].code');
  });

  it('refuses a javascript: source URL but keeps the source text', () => {
    const { budget, problems } = validateBudget({ ...base, source: { text: 'Délibération', url: 'javascript:alert(1)' }, lines: [] });
    expect(budget?.source).toEqual({ text: 'Délibération' });
    expect(problems[0]?.field).toBe('source.url');
  });

  it('falls back on defaults with a problem for an unknown stage, section or flow', () => {
    const { budget, problems } = validateBudget({ ...base, stage: 'budget rêvé', section: 'x', flow: 'y', lines: [] });
    expect(budget).toMatchObject({ stage: 'budget primitif', section: 'fonctionnement', flow: 'dépenses' });
    expect(problems.map((item) => item.field)).toEqual(['stage', 'section', 'flow']);
  });

  it('asks for the source when it is missing', () => {
    const { problems } = validateBudget({ ...base, source: undefined, lines: [] });
    expect(problems.map((item) => item.field)).toEqual(['source']);
  });

  it('returns no budget, with a French message, for input that is not a budget', () => {
    for (const input of [null, 42, 'budget', [], { lines: 'x' }]) {
      const result = validateBudget(input);
      expect(result.budget).toBeNull();
      expect(result.problems[0]?.message).toMatch(/budget|lignes/i);
    }
  });

  it('never throws and never returns a non-finite amount, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.record({ label: fc.anything(), amount: fc.anything(), previous: fc.anything(), code: fc.anything() }, { requiredKeys: [] })), (anything, lines) => {
        expect(() => validateBudget(anything)).not.toThrow();
        const { budget } = validateBudget({ ...base, lines });
        for (const line of budget?.lines ?? []) {
          expect(Number.isFinite(line.amount)).toBe(true);
          expect(Number.isFinite(line.amount)).toBe(true);
          expect(line.label.trim()).not.toBe('');
        }
      }),
    );
  });
});
