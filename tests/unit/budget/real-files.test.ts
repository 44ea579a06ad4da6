// Budgets as communes and départements really publish them: synthetic
// files with the structure the TOTEM converters write — chapter in BGT_CONTNAT, account in
// BGT_NATURE, empty sections, signed outturns, empty amounts, several budgets in one file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesOf, sumAmounts, validateBudget, type Budget } from '../../../src/lib/budget/model.js';
import { budgetFromScdl, SCDL_COLUMNS } from '../../../src/lib/budget/scdl-csv.js';
import { budgetSummary } from '../../../src/lib/budget/summary.js';
import { budgetBalance, budgetView } from '../../../src/lib/budget/view.js';
import { fixture } from './fixtures.js';

const commune = fixture('commune-ca-2025-nature.csv');
const departement = fixture('departement-2026-budgets.csv');
const dm = fixture('commune-dm2-2026.csv');
const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const total = (budget: Budget | null, section: 'fonctionnement' | 'investissement', flow: 'dépenses' | 'recettes'): number =>
  sumAmounts(linesOf(budget!, section, flow).map((line) => line.amount));

type Row = Partial<Record<(typeof SCDL_COLUMNS)[number], string>>;
function csv(rows: Row[]): string {
  const base: Row = { BGT_NATDEC: 'compte administratif', BGT_ANNEE: '2025', BGT_SIRET: '21590999900017', BGT_NOM: 'Commune', BGT_OPBUDG: 'réel', BGT_CODRD: 'dépense' };
  return [SCDL_COLUMNS.join(';'), ...rows.map((row) => SCDL_COLUMNS.map((column) => ({ ...base, ...row })[column] ?? '').join(';'))].join('\n');
}

describe('1. rows without BGT_SECTION', () => {
  it('infers the section from the account, so the balance is the commune’s real result', () => {
    const { budget } = budgetFromScdl(commune, { by: 'chapter' });
    expect(total(budget, 'fonctionnement', 'recettes')).toBe(1_095_996.17);
    expect(total(budget, 'fonctionnement', 'dépenses')).toBe(574_165.74);
    const operating = budgetBalance(budget!).find((balance) => balance.section === 'fonctionnement');
    expect(operating?.difference).toBe(521_830.43);
    expect(total(budget, 'investissement', 'recettes')).toBe(313_500);
    expect(total(budget, 'investissement', 'dépenses')).toBe(273_650.25);
  });

  it('says once, with a count, that sections were inferred', () => {
    const { problems } = budgetFromScdl(commune);
    const inferred = problems.filter((item) => item.message.includes('section déduite'));
    expect(inferred).toHaveLength(1);
    expect(inferred[0]?.message).toMatch(/^16 lignes sans section reconnue/);
    expect(inferred[0]?.ignored).toBeUndefined();
  });

  it('drops only a row whose section cannot be known, naming its account, label and amount', () => {
    const ignored = budgetFromScdl(commune).problems.filter((item) => item.ignored === true);
    expect(ignored).toHaveLength(1);
    expect(nbsp(ignored[0]!.message)).toBe('Ligne 30 : section absente et impossible à déduire pour le compte 4721 (Recettes à classer ou à régulariser), 150,00 € ; ligne ignorée.');
  });

  it.each([
    ['002', '002', 'recette', 'fonctionnement'],
    ['001', '001', 'dépense', 'investissement'],
    ['024', '024', 'recette', 'investissement'],
    ['013', '6419', 'recette', 'fonctionnement'],
    ['10', '10222', 'recette', 'investissement'],
    ['204', '2041582', 'dépense', 'investissement'],
    ['74', '', 'recette', 'fonctionnement'],
  ])('chapter %s, account « %s », %s → %s', (chapter, account, flow, section) => {
    const { budget } = budgetFromScdl(csv([{ BGT_CONTNAT: chapter, BGT_NATURE: account, BGT_CODRD: flow, BGT_MTREAL: '10' }]), { by: 'chapter' });
    expect(budget?.lines[0]?.section).toBe(section);
  });
});

describe('2. negative realised amounts', () => {
  it('keeps a reversal (negative interest accrual) in the totals', () => {
    const { budget, problems } = budgetFromScdl(commune, { by: 'line' });
    expect(linesOf(budget!, 'fonctionnement', 'dépenses').find((line) => line.code === '66112')?.amount).toBe(-1234.56);
    expect(problems.some((item) => item.message.includes('négatif'))).toBe(false);
  });

  it('keeps a negative line of a compte administratif given as JSON', () => {
    const { budget, problems } = validateBudget({ year: 2025, stage: 'compte administratif', section: 'fonctionnement', flow: 'dépenses', source: 'x', lines: [{ label: 'Charges financières', amount: 12_480 }, { label: 'Rattachement des intérêts', amount: -1234.56 }] });
    expect(budget?.lines).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('totals the same by function, by chapter and by account, whatever the file (property)', () => {
    const row = fc.record({
      BGT_FONCTION: fc.constantFrom('', '01', '020', '212', '311', '95'),
      BGT_CONTNAT: fc.constantFrom('011', '012', '65', '66', ''),
      BGT_NATURE: fc.constantFrom('60612', '6411', '6574', '66112', '66111'),
      BGT_MTREAL: fc.integer({ min: -5_000_000, max: 50_000_000 }).map((cents) => (cents / 100).toFixed(2).replace('.', ',')),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const text = csv(rows.map((item) => ({ ...item, BGT_SECTION: 'fonctionnement' })));
        const expected = sumAmounts(rows.map((item) => Number(item.BGT_MTREAL.replace(',', '.'))));
        for (const by of ['function', 'chapter', 'line'] as const) {
          expect(total(budgetFromScdl(text, { by }).budget, 'fonctionnement', 'dépenses')).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('3. BGT_MTBUDGPREC is not last year', () => {
  it('never turns the credit voted before a decision into a year-on-year change', () => {
    const { budget } = budgetFromScdl(dm, { by: 'chapter' });
    expect(budget?.lines.every((line) => line.previous === undefined)).toBe(true);
    const summary = budgetSummary(budget!, budgetView(budget!));
    expect(summary).not.toMatch(/hausse|baisse|nouveau poste|évolution/);
  });
});

describe('4. grouping chosen from the data', () => {
  it('groups a commune voting by nature by chapter, with the nomenclature’s labels', () => {
    const { budget } = budgetFromScdl(commune);
    expect(budget?.classification).toBe('nature');
    const expenses = linesOf(budget!, 'fonctionnement', 'dépenses').map((line) => line.label);
    expect(expenses).toEqual([
      '011 Charges à caractère général',
      '012 Charges de personnel et frais assimilés',
      '014 Atténuations de produits',
      '65 Autres charges de gestion courante',
      '66 Charges financières',
      '67 Charges exceptionnelles',
    ]);
    expect(linesOf(budget!, 'fonctionnement', 'recettes').map((line) => line.label)).toContain('73 Impôts et taxes');
    expect(budgetSummary(budget!, budgetView(budget!))).not.toContain('non ventil');
  });

  it('groups a file with meaningful functions by function, « 01 » as « Opérations non ventilables »', () => {
    const { budget } = budgetFromScdl(departement);
    expect(budget?.classification).toBe('fonction');
    const expenses = linesOf(budget!, 'fonctionnement', 'dépenses');
    expect(expenses.find((line) => line.code === '01')?.label).toBe('Opérations non ventilables');
    expect(expenses.find((line) => line.code === '0')?.label).toBe('Services généraux');
    expect(expenses.find((line) => line.code === '0')?.amount).toBe(38_500_000);
  });

  it('does not take functions that are all « 01 » for a functional vote', () => {
    const text = csv([
      { BGT_FONCTION: '01', BGT_CONTNAT: '012', BGT_NATURE: '6411', BGT_SECTION: 'fonctionnement', BGT_MTREAL: '100' },
      { BGT_FONCTION: '01', BGT_CONTNAT: '011', BGT_NATURE: '60612', BGT_SECTION: 'fonctionnement', BGT_MTREAL: '50' },
    ]);
    expect(budgetFromScdl(text).budget?.lines.map((line) => line.label)).toEqual(['012 Charges de personnel et frais assimilés', '011 Charges à caractère général']);
  });
});

describe('5. chapter and account columns', () => {
  it('groups by the chapter in BGT_CONTNAT and lists accounts from BGT_NATURE with their labels', () => {
    const byChapter = budgetFromScdl(commune, { by: 'chapter' }).budget!;
    expect(linesOf(byChapter, 'fonctionnement', 'dépenses').find((line) => line.code === '012')?.amount).toBe(399_890);
    const byLine = budgetFromScdl(commune, { by: 'line' });
    const staff = linesOf(byLine.budget!, 'fonctionnement', 'dépenses').find((line) => line.code === '6411');
    expect(staff).toMatchObject({ label: 'Personnel titulaire', group: '012 Charges de personnel et frais assimilés', amount: 301_250 });
    expect(byLine.problems.some((item) => item.message.includes('en double'))).toBe(false);
  });

  it('gives one line per account, summed over functions, never a « libellé en double »', () => {
    const { budget, problems } = budgetFromScdl(departement, { by: 'line' });
    expect(linesOf(budget!, 'fonctionnement', 'dépenses').filter((line) => line.code === '6411')).toEqual([
      expect.objectContaining({ label: 'Personnel titulaire', amount: 79_750_000 }),
    ]);
    expect(problems.some((item) => item.message.includes('en double'))).toBe(false);
  });

  it('also reads files written as the schema’s prose has it (account in BGT_CONTNAT, chapter in BGT_NATURE)', () => {
    const text = csv([
      { BGT_CONTNAT: '6411', BGT_CONTNAT_LABEL: 'Personnel titulaire', BGT_NATURE: '012', BGT_NATURE_LABEL: 'Charges de personnel', BGT_SECTION: 'fonctionnement', BGT_MTREAL: '100' },
      { BGT_CONTNAT: '6451', BGT_CONTNAT_LABEL: 'Cotisations', BGT_NATURE: '012', BGT_NATURE_LABEL: 'Charges de personnel', BGT_SECTION: 'fonctionnement', BGT_MTREAL: '50' },
    ]);
    expect(budgetFromScdl(text, { by: 'chapter' }).budget?.lines.map((line) => [line.code, line.label, line.amount])).toEqual([['012', '012 Charges de personnel', 150]]);
  });
});

describe('6. messages', () => {
  it('reads an empty realised amount as 0, not as « non numérique »', () => {
    const { budget, problems } = budgetFromScdl(commune, { by: 'line' });
    expect(linesOf(budget!, 'fonctionnement', 'dépenses').find((line) => line.code === '673')?.amount).toBe(0);
    expect(problems.some((item) => item.message.includes('non numérique'))).toBe(false);
  });

  it('counts rows left in « Non ventilé » in one message, not one per row', () => {
    const text = csv(Array.from({ length: 40 }, (_, index): Row => ({ BGT_FONCTION: index % 2 === 0 ? '212' : '311', BGT_CONTNAT: '011', BGT_NATURE: '6068', BGT_SECTION: 'fonctionnement', BGT_MTREAL: '1' })).concat([{ BGT_CONTNAT: '011', BGT_NATURE: '6068', BGT_SECTION: 'fonctionnement', BGT_MTREAL: '1' }]));
    const messages = budgetFromScdl(text).problems.map((item) => item.message);
    expect(messages).toEqual(['1 ligne sans code de fonction : montant compté dans « Non ventilé ».']);
  });

  it('names the decision in the summary: « Décision modificative n° 2 de 2026 »', () => {
    const { budget } = budgetFromScdl(dm.replace(/décision modificative/g, 'décision modificative n° 2'));
    expect(budget?.decisionNumber).toBe(2);
    expect(nbsp(budgetSummary(budget!, budgetView(budget!)))).toMatch(/^Décision modificative n° 2 de 2026 : /);
  });

  it('never says « 0 euro … (100 %) »', () => {
    const budget = validateBudget({ year: 2026, stage: 'budget primitif', section: 'investissement', flow: 'recettes', source: 'x', lines: [{ label: 'Emprunts', amount: 0 }, { label: 'Subventions', amount: 0 }] }).budget!;
    const summary = budgetSummary(budget, budgetView(budget));
    expect(summary).toBe('Budget primitif 2026 : aucun montant en recettes d\'investissement.');
    const single = validateBudget({ ...budget, lines: [{ label: 'Emprunts', amount: 2500 }] }).budget!;
    expect(budgetSummary(single, budgetView(single))).not.toContain('%');
  });
});

describe('7. several budgets in one file', () => {
  it('shows the main budget by default and names the others', () => {
    const { budget, problems } = budgetFromScdl(departement);
    expect(budget?.siret).toBe('22590999900011');
    expect(total(budget, 'fonctionnement', 'dépenses')).toBe(338_950_000);
    const note = problems.find((item) => item.field === 'budget');
    expect(note?.message).toContain('3 budgets');
    expect(note?.message).toContain('« Budget annexe du laboratoire départemental » (SIRET 22590999900029), 3 lignes');
    expect(note?.message).toContain('« Budget annexe du parc routier »');
  });

  it('shows the budget asked for, by SIRET or by name', () => {
    expect(budgetFromScdl(departement, { budget: '22590999900029' }).budget?.name).toBe('Budget annexe du laboratoire départemental');
    const parc = budgetFromScdl(departement, { budget: 'budget annexe du parc routier' }).budget;
    expect(total(parc, 'investissement', 'dépenses')).toBe(900_000);
  });

  it('says so when the budget asked for is not in the file, and shows the main one', () => {
    const { budget, problems } = budgetFromScdl(departement, { budget: 'Budget annexe de l’eau' });
    expect(budget?.siret).toBe('22590999900011');
    expect(problems[0]?.message).toContain('Aucun budget « Budget annexe de l’eau »');
    const single = budgetFromScdl(dm, { budget: 'Budget annexe de l’eau' });
    expect(single.problems.map((item) => item.message)).toContain('Aucun budget « Budget annexe de l’eau » dans ce fichier : le seul budget du fichier est affiché.');
  });

  it('tells the main budget from annexes by a budget-type column when there is one', () => {
    const header = `${SCDL_COLUMNS.join(';')};BGT_TYPBUDG`;
    const row = (name: string, type: string, amount: string): string =>
      SCDL_COLUMNS.map((column) => ({ BGT_NATDEC: 'budget primitif', BGT_ANNEE: '2026', BGT_SIRET: '21590999900017', BGT_NOM: name, BGT_CONTNAT: '011', BGT_NATURE: '6068', BGT_SECTION: 'fonctionnement', BGT_OPBUDG: 'réel', BGT_CODRD: 'dépense', BGT_MTPREV: amount } as Row)[column] ?? '').join(';') + `;${type}`;
    const text = [header, row('Commune', 'annexe', '5'), row('Commune', 'annexe', '5'), row('Commune', 'principal', '7')].join('\n');
    expect(budgetFromScdl(text).budget?.lines[0]?.amount).toBe(7);
  });
});
