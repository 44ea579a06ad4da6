import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetToScdlCsv, textCell } from '../../../src/lib/budget/csv-export.js';
import { validateBudget, type Budget } from '../../../src/lib/budget/model.js';
import { budgetFromScdl, readCsv, SCDL_COLUMNS } from '../../../src/lib/budget/scdl-csv.js';
import { fixtureJson } from './fixtures.js';

const loos = validateBudget(fixtureJson('loos-2026.json')).budget!;

function roundTrip(budget: Budget): Budget {
  const { budget: back } = budgetFromScdl(budgetToScdlCsv(budget), { by: 'line', section: budget.section, flow: budget.flow });
  return back!;
}

describe('budgetToScdlCsv', () => {
  it('writes every SCDL column, real operations, the stage, year and flow', () => {
    const table = readCsv(budgetToScdlCsv(loos));
    expect(table.header).toEqual([...SCDL_COLUMNS]);
    const first = Object.fromEntries(table.header.map((name, index) => [name, table.records[0]?.cells[index]]));
    expect(first).toMatchObject({
      BGT_NATDEC: 'budget primitif',
      BGT_ANNEE: '2026',
      BGT_OPBUDG: 'réel',
      BGT_CODRD: 'dépense',
      BGT_SECTION: 'fonctionnement',
      BGT_FONCTION: '0',
      BGT_FONCTION_LABEL: 'Services généraux',
      BGT_MTPREV: '6120000',
      // Last year's amount has no SCDL column: BGT_MTBUDGPREC is this year's credit before the decision.
      BGT_MTBUDGPREC: '',
    });
  });

  it('round-trips the illustrative budget through the SCDL reader', () => {
    const back = roundTrip(loos);
    expect(back.lines.map(({ label, amount, code }) => ({ label, amount, code }))).toEqual(loos.lines.map(({ label, amount, code }) => ({ label, amount, code })));
    expect(back).toMatchObject({ year: 2026, stage: 'budget primitif' });
  });

  it('round-trips any labels (quotes, separators, accents) and amounts to the cent (property)', () => {
    const label = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== '' && !/[\r\n\t\f\v\u0085\u2028\u2029\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/.test(text) && text === text.replace(/\s+/g, ' ').trim());
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ label, amount: fc.integer({ min: 0, max: 1e11 }).map((cents) => cents / 100) }), { selector: (line) => line.label.toLowerCase(), minLength: 1, maxLength: 20 }), (lines) => {
        const budget = validateBudget({ year: 2026, stage: 'compte administratif', section: 'investissement', flow: 'recettes', source: 'x', lines }).budget!;
        const back = roundTrip(budget);
        expect(back.lines.map(({ label: text, amount }) => ({ label: text, amount }))).toEqual(budget.lines.map(({ label: text, amount }) => ({ label: text, amount })));
      }),
      { numRuns: 200 },
    );
  });

  it('writes labels that a spreadsheet would run as formulas as text, keeps amounts numeric, and reads them back unchanged', () => {
    const formulas = ['=HYPERLINK("https://evil.example","Cliquez")', '@SUM(1+1)', '+33 320 00 00 00', '-2+3', '=1+1'];
    const budget = validateBudget({
      year: 2026,
      stage: 'compte administratif',
      section: 'fonctionnement',
      flow: 'dépenses',
      source: 'x',
      lines: [...formulas.map((label, index) => ({ label, amount: 100 + index })), { label: 'Annulation', amount: -42.5 }],
    }).budget!;
    const csv = budgetToScdlCsv(budget);
    const { records, header } = readCsv(csv);
    const labelColumn = header.indexOf('BGT_NATURE_LABEL');
    const amountColumn = header.indexOf('BGT_MTREAL');
    const cells = records.map((record) => record.cells[labelColumn] ?? '');
    for (const cell of cells.slice(0, formulas.length)) expect(cell, cell).toMatch(/^'[=+\-@]/);
    expect(records.at(-1)!.cells[amountColumn]).toBe('-42.5');
    expect(roundTrip(budget).lines.map((line) => line.label)).toEqual(budget.lines.map((line) => line.label));
  });

  it('neutralises a leading formula character, tab or carriage return in any text (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string({ maxLength: 20 }), (first, rest) => {
        expect(textCell(first + rest).startsWith("'")).toBe(true);
      }),
    );
    expect(textCell('Écoles')).toBe('Écoles');
  });
});
