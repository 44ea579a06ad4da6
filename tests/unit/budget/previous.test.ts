// Issue 11, point 3: a year-on-year change comes only from a second budget, the previous year's,
// matched line by line; never from BGT_MTBUDGPREC, and never invented where a line has no match.
import { describe, expect, it } from 'vitest';
import { budgetFromText } from '../../../src/lib/budget/load.js';
import { linesOf, validateBudget } from '../../../src/lib/budget/model.js';
import { compareWithPrevious, groupingOf, withPrevious } from '../../../src/lib/budget/previous.js';
import { budgetFromScdl } from '../../../src/lib/budget/scdl-csv.js';
import { budgetSummary } from '../../../src/lib/budget/summary.js';
import { budgetView } from '../../../src/lib/budget/view.js';
import { fixture } from './fixtures.js';

const current = budgetFromScdl(fixture('commune-ca-2025-nature.csv'));

describe('comparison with the previous year’s budget', () => {
  it('matches the previous year’s SCDL file by chapter, read with the same grouping', () => {
    const by = groupingOf(current.budget);
    expect(by).toBe('chapter');
    const previous = budgetFromText(fixture('commune-ca-2024-nature.csv'), { ...(by === undefined ? {} : { by }) }, budgetFromScdl);
    const { budget, problems } = compareWithPrevious(current, previous);
    expect(budget?.previousYear).toBe(2024);
    const expenses = linesOf(budget!, 'fonctionnement', 'dépenses');
    expect(expenses.find((line) => line.code === '012')).toMatchObject({ amount: 399_890, previous: 385_000 });
    expect(expenses.find((line) => line.code === '011')).toMatchObject({ amount: 81_520.3, previous: 49_600 });
    // 014 is not in the 2024 file: no previous amount, so no change is shown for it.
    expect(expenses.find((line) => line.code === '014')?.previous).toBeUndefined();
    expect(problems.filter((item) => item.field === 'previous')).toEqual([]);
  });

  it('says the largest change since the previous budget’s year', () => {
    const previous = budgetFromScdl(fixture('commune-ca-2024-nature.csv'), { by: 'chapter' });
    const { budget } = compareWithPrevious(current, previous);
    const summary = budgetSummary(budget!, budgetView(budget!)).replace(/[\u00a0\u202f]/g, ' ');
    expect(summary).toContain('La plus forte évolution depuis 2024 est celle du poste 011 Charges à caractère général : en hausse de 64 %.');
  });

  it('matches JSON lines by label when they have no code, and replaces any previous given before', () => {
    const base = { year: 2026, stage: 'budget primitif', section: 'fonctionnement', flow: 'dépenses', source: 'x' };
    const now = validateBudget({ ...base, lines: [{ label: 'Écoles', amount: 110, previous: 1 }, { label: 'Piscine', amount: 50 }] }).budget!;
    const before = validateBudget({ ...base, year: 2025, lines: [{ label: 'écoles', amount: 100 }, { label: 'Voirie', amount: 30 }] }).budget!;
    const { budget, problems } = withPrevious(now, before);
    expect(budget.lines.map((line) => line.previous)).toEqual([100, undefined]);
    expect(problems).toEqual([]);
  });

  it('reports a previous budget that matches nothing, or that is not earlier', () => {
    const base = { stage: 'budget primitif', section: 'fonctionnement', flow: 'dépenses', source: 'x' };
    const now = validateBudget({ ...base, year: 2026, lines: [{ label: 'Écoles', amount: 110 }] }).budget!;
    const other = validateBudget({ ...base, year: 2026, lines: [{ label: 'Voirie', amount: 30 }] }).budget!;
    const messages = withPrevious(now, other).problems.map((item) => item.message);
    expect(messages).toEqual([
      'Le budget de comparaison est de 2026 : il devrait précéder 2026.',
      'Aucun poste du budget 2026 ne correspond à ceux de 2026 (mêmes codes ou mêmes libellés attendus) : pas de comparaison.',
    ]);
  });

  it('names the previous budget’s own problems as such, without asking it for a source', () => {
    const previous = budgetFromText('{"year": 2024, "stage": "compte administratif", "section": "fonctionnement", "flow": "dépenses", "lines": [{"label": "012 Charges de personnel et frais assimilés", "amount": "beaucoup"}]}');
    const { problems } = compareWithPrevious(current, previous);
    const own = problems.filter((item) => item.field.startsWith('previous.'));
    expect(own.map((item) => item.message)).toEqual(['Budget de comparaison : Le montant de « 012 Charges de personnel et frais assimilés » n\'est pas un nombre fini.']);
  });
});
