/**
 * Reads a key figure written as text in the page. Its own module, loaded on demand: only a key
 * figure whose value is its text (not a `value` attribute) needs the French amount reader, and the
 * element shows that text while this module arrives.
 */
import { parseFrenchAmount } from './french-amount.js';

/**
 * The figure as written in the page, for a key figure whose value is its text rather than an
 * attribute (`<loos-key-figure>28,4 M€ <span slot="label">…</span>`): « 28,4 M€ » gives
 * 28 400 000 euros, « 12,5 % » a percentage, « 22 500 habitants » a count of inhabitants.
 * `undefined` when the text does not start with a number (the element then reports `value`).
 */
export function figureFromText(text: string): { readonly value: number; readonly unit: string } | undefined {
  const written = text.replace(/\s+/g, ' ').trim();
  const euros = parseFrenchAmount(written);
  if (euros.ok && /€|euro|\beur\b/i.test(written)) return { value: euros.value, unit: 'EUR' };
  const match = /^([−+-]?\d[\d\s\u00a0\u202f.,]*?)\s*([^\d\s].*)?$/.exec(written);
  if (match === null) return undefined;
  const number = parseFrenchAmount(match[1] ?? '');
  if (!number.ok) return undefined;
  return { value: number.value, unit: (match[2] ?? '').trim() };
}
