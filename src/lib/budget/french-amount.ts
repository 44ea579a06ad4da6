/**
 * Amounts as people write them in a French spreadsheet or a council report: « 1 234 567,89 € »,
 * « 6 850 000 », « 28,4 M€ », « 680 k€ », « 1,2 Md€ », « −12 000 € ». Pure: no DOM, no Intl, so
 * the server, the budget table and the key figure read a cell the same way.
 */

/** The multipliers a French amount can end with, longest first (« Md€ » before « M€ »). */
const MULTIPLIERS: readonly (readonly [RegExp, number])[] = [
  [/(?:mds?|milliards?)$/i, 1e9],
  [/(?:m|millions?)$/i, 1e6],
  [/(?:k|milliers?)$/i, 1e3],
];

/** Every kind of space a spreadsheet or Intl puts between digit groups (normal, no-break, narrow no-break, thin). */
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;

/** An unreadable cell: what a table shows for « no value », as opposed to a typing mistake. */
const EMPTY_MARKS = /^(?:|[-–—]|n\.?\s?c\.?|n\.?\s?d\.?|néant)$/i;

export type AmountReading = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly empty: boolean };

/** Whether a cell says « nothing here » (blank, a dash, « n.c. », « néant »). */
export function isEmptyAmount(text: string): boolean {
  return EMPTY_MARKS.test(text.replace(SPACES, ' ').trim());
}

/**
 * Reads one amount in euros. `{ ok: false, empty: true }` for a cell that says « nothing »,
 * `{ ok: false, empty: false }` for text that is not an amount (« 12 abc », « 1,2,3 »).
 */
export function parseFrenchAmount(text: string): AmountReading {
  if (isEmptyAmount(text)) return { ok: false, empty: true };
  let rest = text.replace(SPACES, '').replace(/[−‒–]/g, '-');
  rest = rest.replace(/(?:d['’])?(?:€|eur(?:os?)?)$/i, '');
  let multiplier = 1;
  for (const [pattern, factor] of MULTIPLIERS) {
    if (pattern.test(rest)) {
      rest = rest.replace(pattern, '');
      multiplier = factor;
      break;
    }
  }
  rest = rest.replace(/(?:€|eur(?:os?)?)$/i, '');
  const number = readNumber(rest);
  return number === undefined ? { ok: false, empty: false } : { ok: true, value: roundCents(number * multiplier) };
}

/** Digits with a French decimal comma; dots are thousands separators when they group by three, else a decimal point. */
function readNumber(text: string): number | undefined {
  const match = /^([+-]?)(\d[\d.,]*)$/.exec(text);
  if (match === null) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  let digits = match[2] ?? '';
  if (digits.includes(',')) {
    if ((digits.match(/,/g) ?? []).length > 1) return undefined;
    if (digits.includes('.') && !/^\d{1,3}(?:\.\d{3})+,/.test(digits)) return undefined;
    digits = digits.replaceAll('.', '').replace(',', '.');
  } else if (/^\d{1,3}(?:\.\d{3})+$/.test(digits)) {
    digits = digits.replaceAll('.', '');
  } else if ((digits.match(/\./g) ?? []).length > 1) {
    return undefined;
  }
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return undefined;
  const value = Number(digits);
  return Number.isFinite(value) ? sign * value : undefined;
}

/** « 28,4 M€ » is 28 400 000, not 28 399 999.999999996. */
function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
