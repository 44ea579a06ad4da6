/**
 * « Télécharger les données (CSV) »: the lines a chart shows, written in SCDL Budget columns so that
 * a journalist's spreadsheet and the national validators read the same file, and so that
 * `budgetFromScdl(csv, { by: 'line' })` gives the same lines back (tested as a round trip).
 * Comma separator and decimal point as the schema expects; a BOM so that spreadsheets read accents.
 */
import type { Budget, BudgetFlow, BudgetLine, BudgetSection } from './model.js';
import { SCDL_COLUMNS, type ScdlColumn } from './scdl-columns.js';

/**
 * A text cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+…`, `-…`, or
 * a leading tab or carriage return) starts with an apostrophe instead, as OWASP advises: the
 * spreadsheet shows it as text. Amounts are written by `amountCell`, never through here, so a
 * negative amount stays a number. The library's SCDL reader removes the apostrophe again.
 */
export function textCell(value: string): string {
  // Apostrophes already there are counted too, so that the reader's removal of one gives the value back.
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n;]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An amount with a decimal point and no grouping: `1234567.8`. */
function amountCell(value: number | undefined): string {
  return value === undefined ? '' : String(Math.round(value * 100) / 100);
}

export interface ExportLine extends BudgetLine {
  readonly section?: BudgetSection;
  readonly flow?: BudgetFlow;
}

export function budgetToScdlCsv(budget: Budget, lines: readonly ExportLine[] = budget.lines): string {
  const actual = budget.stage === 'compte administratif' || budget.stage === 'compte financier unique';
  const classification = budget.classification ?? 'compte';
  const rows = lines.map((line) => {
    const row: Partial<Record<ScdlColumn, string>> = {
      BGT_NATDEC: textCell(budget.stage),
      BGT_ANNEE: Number.isFinite(budget.year) ? String(budget.year) : '',
      BGT_SIRET: budget.siret ?? '',
      BGT_NOM: textCell(budget.name ?? ''),
      BGT_SECTION: line.section ?? budget.section,
      BGT_OPBUDG: 'réel',
      BGT_CODRD: (line.flow ?? budget.flow) === 'dépenses' ? 'dépense' : 'recette',
      [actual ? 'BGT_MTREAL' : 'BGT_MTPREV']: amountCell(line.amount),
    };
    // Each code in its column as the TOTEM converters write them: chapter in BGT_CONTNAT, account
    // in BGT_NATURE. `previous` (last year) has no SCDL column: BGT_MTBUDGPREC means something else.
    if (classification === 'fonction') {
      row.BGT_FONCTION = line.code ?? '';
      row.BGT_FONCTION_LABEL = textCell(line.label);
    } else if (classification === 'nature') {
      row.BGT_CONTNAT = line.code ?? '';
      row.BGT_CONTNAT_LABEL = textCell(line.label);
    } else {
      row.BGT_NATURE = line.code ?? '';
      row.BGT_NATURE_LABEL = textCell(line.label);
      if (line.group !== undefined) row.BGT_CONTNAT_LABEL = textCell(line.group);
    }
    return SCDL_COLUMNS.map((column) => quote(row[column] ?? '')).join(',');
  });
  return `\ufeff${[SCDL_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
