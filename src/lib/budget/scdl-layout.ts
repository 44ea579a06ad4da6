/**
 * Which SCDL column holds the chapter and which the account. The converters from TOTEM XML copy
 * TOTEM's `ContNat` (the chapter, « 012 ») into `BGT_CONTNAT` and its `Nature` (the account,
 * « 6411 ») into `BGT_NATURE`, with the labels to match; the schema's prose describes the
 * reverse, and some files follow it. An account is at least as long as its chapter (« 73 » and
 * « 73111 », « 012 » and « 6411 »), so the column whose codes are longer on more rows holds the
 * accounts; on a tie, the converters' layout.
 */
import type { ScdlColumn } from './scdl-columns.js';

export interface ColumnLayout {
  readonly chapter: ScdlColumn;
  readonly chapterLabel: ScdlColumn;
  readonly account: ScdlColumn;
  readonly accountLabel: ScdlColumn;
}

const CONVERTERS: ColumnLayout = { chapter: 'BGT_CONTNAT', chapterLabel: 'BGT_CONTNAT_LABEL', account: 'BGT_NATURE', accountLabel: 'BGT_NATURE_LABEL' };
const SCHEMA_PROSE: ColumnLayout = { chapter: 'BGT_NATURE', chapterLabel: 'BGT_NATURE_LABEL', account: 'BGT_CONTNAT', accountLabel: 'BGT_CONTNAT_LABEL' };

/** `codes`: for each row, `[BGT_CONTNAT, BGT_NATURE]`. */
export function columnLayout(codes: readonly (readonly [string, string])[]): ColumnLayout {
  let votes = 0;
  for (const [contnat, nature] of codes) {
    if (contnat === '' || nature === '') continue;
    votes += Math.sign(contnat.length - nature.length);
  }
  return votes > 0 ? SCHEMA_PROSE : CONVERTERS;
}
