import { describe, expect, it } from 'vitest';
import { validateBudget, type Budget } from '../../../src/lib/budget/model.js';
import { changeInWords, budgetSummary } from '../../../src/lib/budget/summary.js';
import { budgetBalance, budgetView } from '../../../src/lib/budget/view.js';
import { budgetFromScdl } from '../../../src/lib/budget/scdl-csv.js';
import { loadBudgetStrings } from '../../../src/lib/strings/budget.js';
import { fixture, fixtureJson } from './fixtures.js';

const loos = validateBudget(fixtureJson('loos-2026.json')).budget!;
const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('budgetView', () => {
  it('sorts by amount and folds the smallest lines into « Autres » beyond max-categories', () => {
    const view = budgetView(loos, { maxCategories: 8 });
    expect(view.items).toHaveLength(8);
    expect(view.items[0]?.label).toBe('Enseignement et formation');
    const others = view.items.at(-1);
    expect(others?.label).toBe('Autres');
    expect(others?.members?.map((line) => line.label)).toEqual(['Transports', 'Action économique']);
    expect(others?.amount).toBe(1_100_000);
  });

  it('gives shares that add up to exactly 100', () => {
    const view = budgetView(loos, { maxCategories: 3 });
    expect(view.items.reduce((sum, item) => sum + item.share, 0)).toBe(100);
  });

  it('shows every line when there are no more than max-categories', () => {
    expect(budgetView(loos, { maxCategories: 20 }).items).toHaveLength(9);
  });

  it('computes the balance of each section with the self-financing', () => {
    const { budget } = budgetFromScdl(fixture('loos-2026-scdl.csv'), { by: 'chapter' });
    const [operating, capital] = budgetBalance(budget!);
    expect(operating).toMatchObject({ section: 'fonctionnement', receipts: 31_600_000, spending: 28_400_000, difference: 3_200_000 });
    expect(capital).toMatchObject({ section: 'investissement', receipts: 6_700_000, spending: 9_800_000, difference: -3_100_000 });
  });
});

describe('budgetSummary', () => {
  it('states the total, per inhabitant, the three largest items and the largest change', () => {
    const summary = nbsp(budgetSummary(loos, budgetView(loos)));
    expect(summary).toBe(
      "Budget primitif 2026 : 28,4 millions d'euros de dépenses de fonctionnement (soit 1 262 euros par habitant). " +
        'Les plus grands postes sont enseignement et formation (24 %), services généraux (22 %) et culture, sport et jeunesse (15 %). ' +
        'La plus forte évolution depuis 2025 est celle du poste Environnement : en hausse de 11 %.',
    );
  });

  it('has an English version', async () => {
    expect(budgetSummary(loos, budgetView(loos), await loadBudgetStrings('en'))).toMatch(/^Initial budget 2026: 28\.4 million euros of operating spending/);
  });

  it('says there is nothing to show for an empty budget', () => {
    const empty: Budget = { ...loos, lines: [] };
    expect(budgetSummary(empty, budgetView(empty))).toBe('Aucune donnée à afficher.');
  });

  it('describes changes in words', () => {
    expect(nbsp(changeInWords(12.4))).toBe('en hausse de 12 %');
    expect(nbsp(changeInWords(-3.46))).toBe('en baisse de 3,5 %');
    expect(changeInWords(0.2)).toBe('stable');
  });
});
