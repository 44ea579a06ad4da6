import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrenchAmount } from '../../../src/lib/budget/french-amount.js';
import { budgetFromTable, type TableCells } from '../../../src/lib/budget/html-table.js';
import { validateBudget } from '../../../src/lib/budget/model.js';

describe('parseFrenchAmount', () => {
  it.each([
    ['1 234 567,89 €', 1234567.89],
    ['1\u202f234\u202f567,89\u00a0€', 1234567.89],
    ['6 850 000', 6850000],
    ['28,4 M€', 28400000],
    ['28,4 millions d’euros', 28400000],
    ['680 k€', 680000],
    ['1,2 Md€', 1200000000],
    ['−12 000 €', -12000],
    ['1.234.567,89', 1234567.89],
    ['12,5', 12.5],
    ['3 000 EUR', 3000],
  ])('reads « %s » as %d euros', (text, value) => {
    expect(parseFrenchAmount(text)).toEqual({ ok: true, value });
  });

  it.each(['', ' ', '-', '—', 'n.c.', 'néant'])('says « %s » is an empty cell', (text) => {
    expect(parseFrenchAmount(text)).toEqual({ ok: false, empty: true });
  });

  it.each(['12 abc', '1,2,3', 'douze', '€', 'NaN', '1.2.3', '12,5.3'])('refuses « %s », which is not an amount', (text) => {
    expect(parseFrenchAmount(text)).toEqual({ ok: false, empty: false });
  });

  it('reads back every amount Intl writes in French', () => {
    const format = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        expect(parseFrenchAmount(format.format(cents / 100))).toEqual({ ok: true, value: cents / 100 });
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseFrenchAmount(text)));
  });
});

const table = (rows: string[][], head: string[] = ['Politique', 'Montant 2026'], caption = 'Dépenses de fonctionnement du budget primitif 2026'): TableCells => ({
  caption,
  head,
  rows: rows.map((cells) => ({ cells })),
});

describe('budgetFromTable', () => {
  it('reads label and amount columns, and the year, stage, section and flow from the caption and header', () => {
    const read = budgetFromTable(table([['Enseignement', '6 850 000 €'], ['Culture', '4,31 M€']]));
    expect(read.problems).toEqual([]);
    expect(read.heading).toBe('Dépenses de fonctionnement du budget primitif 2026');
    expect(read.data).toEqual({
      year: 2026,
      stage: 'budget primitif',
      section: 'fonctionnement',
      flow: 'dépenses',
      lines: [
        { label: 'Enseignement', amount: 6850000 },
        { label: 'Culture', amount: 4310000 },
      ],
    });
  });

  it('takes the latest year of the header as the amount and an earlier one as the previous year, in any column order', () => {
    const read = budgetFromTable(table([['Enseignement', '6 610 000', '6 850 000']], ['Politique', '2025', '2026'], 'Recettes d’investissement'));
    expect(read.data).toMatchObject({ year: 2026, section: 'investissement', flow: 'recettes', lines: [{ label: 'Enseignement', amount: 6850000, previous: 6610000 }] });
  });

  it('takes the third column as the previous year when the header names no year', () => {
    const read = budgetFromTable(table([['Sécurité', '1 240 000', '1 150 000']], ['Poste', 'Montant', 'Année précédente'], 'Budget 2026'));
    expect(read.data).toMatchObject({ year: 2026, lines: [{ label: 'Sécurité', amount: 1240000, previous: 1150000 }] });
  });

  it('reads a total row as the declared total, which the budget then checks', () => {
    const read = budgetFromTable(table([['A', '100'], ['B', '200'], ['Total', '400']]));
    expect(read.data.total).toBe(400);
    expect(read.data.lines).toHaveLength(2);
    const checked = validateBudget({ ...read.data, source: 'Délibération n° 1' });
    expect(checked.problems.map((p) => p.field)).toContain('total');
  });

  it('reports a bad amount cell and the row it leaves out, naming the row and the value, never dropping it silently', () => {
    const read = budgetFromTable(table([['Enseignement', '6 850 000'], ['Culture', 'quatre millions'], ['Sport', '']]));
    expect(read.data.lines).toEqual([{ label: 'Enseignement', amount: 6850000 }]);
    expect(read.problems).toEqual([
      expect.objectContaining({ field: 'table.lignes[2].montant', value: 'quatre millions', ignored: true, message: expect.stringContaining('« Culture » a un montant illisible') as unknown }),
      expect.objectContaining({ field: 'table.lignes[3].montant', ignored: true, message: expect.stringContaining('« Sport » n’a pas de montant') as unknown }),
    ]);
  });

  it('keeps a line whose previous amount is unreadable, and says its change is not shown', () => {
    const read = budgetFromTable(table([['Culture', '4 310 000', 'beaucoup']], ['Politique', '2026', '2025']));
    expect(read.data.lines).toEqual([{ label: 'Culture', amount: 4310000 }]);
    expect(read.problems).toEqual([expect.objectContaining({ field: 'table.lignes[1].précédent', value: 'beaucoup' })]);
  });

  it('reports a row without a label and a table without rows', () => {
    expect(budgetFromTable(table([['', '12']])).problems[0]).toMatchObject({ field: 'table.lignes[1].libellé', ignored: true });
    expect(budgetFromTable(table([])).problems[0]).toMatchObject({ field: 'table' });
  });

  it('lets data-* attributes of the table and the element’s section and flow fill what the caption does not say', () => {
    const read = budgetFromTable({ ...table([['A', '1']], ['Poste', 'Montant'], 'Le budget'), attributes: { year: '2027', stage: 'compte administratif' } }, { section: 'investissement', flow: 'recettes' });
    expect(read.data).toMatchObject({ year: 2027, stage: 'compte administratif', section: 'investissement', flow: 'recettes' });
  });

  it('leaves a table without year or stage to the budget checks, which report them in French', () => {
    const read = budgetFromTable(table([['A', '1']], ['Poste', 'Montant'], 'Nos dépenses'));
    const fields = validateBudget({ ...read.data, source: 'x' }).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['year', 'stage', 'section']));
  });

  it('never throws on any table', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { maxLength: 4 }), { maxLength: 6 }), fc.array(fc.string(), { maxLength: 4 }), fc.option(fc.string(), { nil: undefined }), (rows, head, caption) => {
        const read = budgetFromTable({ head, rows: rows.map((cells) => ({ cells })), ...(caption === undefined ? {} : { caption }) });
        expect(Array.isArray(read.data.lines)).toBe(true);
      }),
    );
  });
});
