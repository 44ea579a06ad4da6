import { describe, expect, it } from 'vitest';
import { budgetFromScdl, readCsv, readScdlRows, SCDL_COLUMNS } from '../../../src/lib/budget/scdl-csv.js';
import { linesOf, parseDecimal } from '../../../src/lib/budget/model.js';
import { fixture } from './fixtures.js';

const HEADER = SCDL_COLUMNS.join(';');

/** One SCDL row with sensible defaults, as an object of column → value. */
function scdlRow(values: Partial<Record<(typeof SCDL_COLUMNS)[number], string>>): Record<string, string> {
  return {
    BGT_NATDEC: 'budget primitif',
    BGT_ANNEE: '2026',
    BGT_SIRET: '00000000000000',
    BGT_NOM: 'Commune',
    BGT_SECTION: 'fonctionnement',
    BGT_OPBUDG: 'réel',
    BGT_CODRD: 'dépense',
    ...values,
  };
}

function csv(rows: Record<string, string>[], separator = ';', columns: readonly string[] = SCDL_COLUMNS): string {
  const cell = (value: string): string => (value.includes(separator) || value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value);
  return [columns.join(separator), ...rows.map((row) => columns.map((column) => cell(row[column] ?? '')).join(separator))].join('\n');
}

describe('readCsv', () => {
  it('detects « ; » and « , » separators from the header', () => {
    expect(readCsv('a;b;c\n1;2;3').delimiter).toBe(';');
    expect(readCsv('a,b,c\n1,2,3').delimiter).toBe(',');
  });

  it('reads quoted fields holding separators, doubled quotes and line breaks, and keeps line numbers', () => {
    const table = readCsv('a;b\r\n"x;y";"il a dit ""oui"""\r\n"deux\nlignes";z\r\n');
    expect(table.records.map((record) => record.cells)).toEqual([
      ['x;y', 'il a dit "oui"'],
      ['deux\nlignes', 'z'],
    ]);
    expect(table.records.map((record) => record.line)).toEqual([2, 3]);
  });

  it('ignores a UTF-8 BOM and blank lines', () => {
    const table = readCsv('\ufeffBGT_ANNEE;b\n\n2026;x\n\n');
    expect(table.header).toEqual(['BGT_ANNEE', 'b']);
    expect(table.records).toHaveLength(1);
  });
});

describe('parseDecimal', () => {
  it.each([
    ['1234,56', 1234.56],
    ['1 234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1234.56', 1234.56],
    ['-12,5', -12.5],
    ['45 000 €', 45000],
  ])('%s → %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', 'abc', 'douze mille', 'Infinity', 'NaN', '1,2,3', '12abc'])('refuses « %s »', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });
});

describe('readScdlRows', () => {
  it('reads the illustrative fixture with its BOM and « ; », keeping real operations only', () => {
    const result = readScdlRows(fixture('loos-2026-scdl.csv'));
    expect(result.problems).toEqual([]);
    expect(result.orderRows).toBe(4);
    // This file puts accounts in BGT_CONTNAT and chapters in BGT_NATURE, as the schema's prose says.
    expect(result.rows[0]).toMatchObject({ stage: 'budget primitif', year: 2026, section: 'fonctionnement', flow: 'dépenses', amount: 3_672_000, account: '6411', chapter: '012' });
  });

  it('reads the same data with « , » separators and decimal points', () => {
    const rows = [scdlRow({ BGT_FONCTION: '212', BGT_CONTNAT_LABEL: 'Écoles, cantines', BGT_MTPREV: '1500.5' })];
    const result = readScdlRows(csv(rows, ','));
    expect(result.problems).toEqual([]);
    expect(result.rows[0]?.amount).toBe(1500.5);
    expect(result.rows[0]?.chapterLabel).toBe('Écoles, cantines');
  });

  it('accepts the older codes 0/1 for real/order and D/R for the flow', () => {
    const rows = [
      scdlRow({ BGT_OPBUDG: '0', BGT_CODRD: 'R', BGT_MTPREV: '10' }),
      scdlRow({ BGT_OPBUDG: '1', BGT_CODRD: 'D', BGT_MTPREV: '20' }),
    ];
    const result = readScdlRows(csv(rows));
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.flow).toBe('recettes');
    expect(result.orderRows).toBe(1);
  });

  it('works without the optional columns (no function, no previous amount)', () => {
    const columns = ['BGT_NATDEC', 'BGT_ANNEE', 'BGT_SECTION', 'BGT_OPBUDG', 'BGT_CODRD', 'BGT_NATURE', 'BGT_NATURE_LABEL', 'BGT_MTPREV'];
    const result = readScdlRows(csv([scdlRow({ BGT_NATURE: '012', BGT_NATURE_LABEL: 'Charges de personnel', BGT_MTPREV: '100' })], ';', columns));
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({ account: '012', amount: 100, fonction: '' });
    expect(budgetFromScdl(csv([scdlRow({ BGT_NATURE: '012', BGT_NATURE_LABEL: 'Charges de personnel', BGT_MTPREV: '100' })], ';', columns), { by: 'chapter' }).budget?.lines[0]?.code).toBe('012');
  });

  it('uses BGT_MTREAL for a compte administratif', () => {
    const result = readScdlRows(csv([scdlRow({ BGT_NATDEC: 'compte administratif', BGT_MTREAL: '95', BGT_MTPREV: '100' })]));
    expect(result.rows[0]?.amount).toBe(95);
  });

  it('lists every bad row of the bad-rows fixture with its line number and never throws', () => {
    const result = readScdlRows(fixture('bad-rows.csv'));
    const ignored = result.problems.filter((item) => item.ignored === true);
    expect(ignored.map((item) => item.field)).toEqual(['ligne 3', 'ligne 7']);
    expect(ignored[0]?.message).toContain('douze mille');
    expect(ignored[1]?.message).toContain('Infinity');
    // A negative amount is a reduction, kept in the totals.
    expect(result.rows.map((row) => row.amount)).toEqual([1_234_567.5, -5000, 45_000]);
  });

  it('says which columns are missing when the file is not SCDL', () => {
    const result = readScdlRows('nom;montant\nÉcoles;12');
    expect(result.rows).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/BGT_NATDEC.*BGT_ANNEE/);
  });

  it('reports a row with the wrong number of cells', () => {
    const text = `${HEADER}\nbudget primitif;2026`;
    expect(readScdlRows(text).problems[0]).toMatchObject({ field: 'ligne 2', ignored: true });
  });
});

describe('budgetFromScdl', () => {
  it('aggregates the illustrative budget by M57 function, matching the JSON fixture', () => {
    const { budget, problems } = budgetFromScdl(fixture('loos-2026-scdl.csv'), { source: { text: 'Délibération' } });
    expect(problems).toEqual([]);
    const lines = linesOf(budget!, 'fonctionnement', 'dépenses');
    expect(lines.map((line) => [line.code, line.label, line.amount])).toEqual([
      ['0', 'Services généraux', 6_120_000],
      ['1', 'Sécurité', 1_240_000],
      ['2', 'Enseignement et formation', 6_850_000],
      ['3', 'Culture, sport et jeunesse', 4_310_000],
      ['4', 'Santé et action sociale', 3_180_000],
      ['5', 'Aménagement et habitat', 2_960_000],
      ['6', 'Action économique', 420_000],
      ['7', 'Environnement', 2_640_000],
      ['8', 'Transports', 680_000],
    ]);
    // BGT_MTBUDGPREC is this year's credit before the decision: never a previous year's amount.
    expect(lines.every((line) => line.previous === undefined)).toBe(true);
  });

  it('keeps every section and flow for balance charts, without order operations', () => {
    const { budget } = budgetFromScdl(fixture('loos-2026-scdl.csv'), { by: 'chapter' });
    const receipts = linesOf(budget!, 'fonctionnement', 'recettes');
    expect(receipts.map((line) => line.label)).toContain('73 Impôts et taxes');
    expect(linesOf(budget!, 'investissement', 'recettes').map((line) => line.code)).not.toContain('021');
  });

  it('counts rows with an unknown function in « Non ventilé » and says so', () => {
    const { budget, problems } = budgetFromScdl(fixture('bad-rows.csv'));
    expect(budget?.lines.map((line) => line.label)).toEqual(['Enseignement et formation', 'Santé et action sociale', 'Non ventilé']);
    expect(problems.map((item) => item.message)).toContain('1 ligne avec un code de fonction inconnu en M57 (95) : montant compté dans « Non ventilé ».');
  });

  it('ignores rows of another year mixed into the file', () => {
    const text = csv([scdlRow({ BGT_FONCTION: '2', BGT_MTPREV: '10' }), scdlRow({ BGT_ANNEE: '2025', BGT_FONCTION: '2', BGT_MTPREV: '99' })]);
    const { budget, problems } = budgetFromScdl(text);
    expect(budget?.lines[0]?.amount).toBe(10);
    expect(problems.filter((item) => item.ignored === true)).toHaveLength(1);
  });
});
