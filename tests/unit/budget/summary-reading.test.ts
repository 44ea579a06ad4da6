import { describe, expect, it } from 'vitest';
import { validateBudget } from '../../../src/lib/budget/model.js';
import { budgetSummary } from '../../../src/lib/budget/summary.js';
import { budgetView } from '../../../src/lib/budget/view.js';
import { budgetStringsFr, loadBudgetStrings } from '../../../src/lib/strings/budget.js';
import { budgetOf } from '../../fixtures/budget/synthetic.js';

const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const budget = validateBudget(
  budgetOf([
    { label: 'CCAS', amount: 3_000_000, previous: 2_900_000 },
    { label: 'SDIS du Nord', amount: 2_000_000, previous: 1_950_000 },
    { label: 'Île-de-France Mobilités', amount: 1_500_000, previous: 1_000_000 },
    { label: 'Entretien de la voirie', amount: 1_000_000, previous: 990_000 },
  ]),
).budget!;

describe('budgetSummary reads labels as written', () => {
  it('keeps acronyms and proper names, and lowers only a common first word', () => {
    const summary = nbsp(budgetSummary(budget, budgetView(budget), budgetStringsFr));
    expect(summary).toContain('Les plus grands postes sont CCAS (40 %), SDIS du Nord (27 %) et Île-de-France Mobilités (20 %).');
    expect(summary).not.toMatch(/cCAS|sDIS|île-de-France/);
  });

  it('names the largest change without needing an article (« du poste »)', () => {
    const summary = nbsp(budgetSummary(budget, budgetView(budget), budgetStringsFr));
    expect(summary).toContain('La plus forte évolution depuis 2025 est celle du poste Île-de-France Mobilités : en hausse de 50 %.');
  });

  it('lowers the first word of an ordinary label inside the sentence', () => {
    const ordinary = validateBudget({ ...budget, lines: [{ label: 'Entretien de la voirie', amount: 2 }, { label: 'Culture', amount: 1 }] }).budget!;
    expect(nbsp(budgetSummary(ordinary, budgetView(ordinary), budgetStringsFr))).toContain('entretien de la voirie (67 %) et culture (33 %)');
  });

  it('does the same in English', async () => {
    const summary = nbsp(budgetSummary(budget, budgetView(budget), await loadBudgetStrings('en')));
    expect(summary).toContain('CCAS (40%)');
    expect(summary).toContain('is that of Île-de-France Mobilités');
  });
});
