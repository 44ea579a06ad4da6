/**
 * The words of municipal finance shown under a chart, one plain sentence each. The sentences live
 * in the strings tables (`lib/strings/budget.*.ts`), so that each locale ships only its own.
 */

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
}

export type GlossaryKey =
  | 'fonctionnement'
  | 'investissement'
  | 'budget primitif'
  | 'compte administratif'
  | 'autofinancement';

/** The glossary entries, in the order given (only the terms a chart actually uses). */
export function glossaryEntries(keys: readonly GlossaryKey[], strings: { readonly glossary: Readonly<Record<GlossaryKey, GlossaryEntry>> }): GlossaryEntry[] {
  return [...new Set(keys)].map((key) => strings.glossary[key]);
}
