/**
 * Amounts as people say them and screen readers read them well: « 11,7 millions d'euros » rather
 * than « 11 700 000 € », which speech synthesis often splits into « onze, sept cents, zéro zéro zéro ».
 * From 10 000 to a million, thousands are said with the word « mille » (« 412 mille 500 euros »),
 * which every synthesiser reads as one number, instead of digit groups separated by spaces; below,
 * the figure keeps its French thousands separator (« 1 262 euros »), read as one number too.
 * The compact form (« 28,4 M€ ») is for display next to the full form, never alone.
 */
import { numberFormat } from '../format.js';
import type { Locale } from '../i18n.js';

function decimal(locale: Locale, maximumFractionDigits: number, grouping = false): Intl.NumberFormat {
  return numberFormat({ maximumFractionDigits, useGrouping: grouping }, locale);
}

/** Starts with a vowel sound, so French elides « de » into « d' » (« d'euros », « d'habitants »). */
function elides(word: string): boolean {
  return /^[aeiouyhéèêàâîïôûœ]/i.test(word);
}

interface Scaled {
  /** The number shown, already rounded: `11.7`. */
  readonly value: number;
  readonly scale: 'milliard' | 'million' | 'none';
}

/** Rounds to one decimal in millions or billions, moving up a scale when rounding reaches 1 000. */
function scaled(amount: number): Scaled {
  const absolute = Math.abs(amount);
  const sign = amount < 0 ? -1 : 1;
  if (absolute >= 1e9) return { value: sign * (Math.round(absolute / 1e8) / 10), scale: 'milliard' };
  // 999 999,60 € rounds to a million: say « 1 million », not « 1000 mille ».
  if (Math.round(absolute) < 1e6) return { value: amount, scale: 'none' };
  const millions = Math.round(absolute / 1e5) / 10;
  if (millions >= 1000) return { value: sign, scale: 'milliard' };
  return { value: sign * millions, scale: 'million' };
}

/** French plural rule for « million » and « milliard »: plural from 2 (« 1,5 million », « 2 millions »). */
function frenchScaleWord(value: number, scale: 'milliard' | 'million'): string {
  return Math.abs(value) >= 2 ? `${scale}s` : scale;
}

/** Whole numbers below a million as « 412 mille 500 » in French, « 412,500 » in English. */
function underAMillion(value: number, locale: Locale, maximumFractionDigits: number): string {
  const absolute = Math.abs(value);
  const sign = value < 0 ? (locale === 'fr' ? 'moins ' : 'minus ') : '';
  if (locale === 'en') return sign + decimal('en', maximumFractionDigits, true).format(absolute);
  if (absolute < 10_000) return sign + decimal('fr', maximumFractionDigits, true).format(absolute);
  const rounded = Math.round(absolute);
  const thousands = Math.floor(rounded / 1000);
  const rest = rounded % 1000;
  return `${sign}${thousands} mille${rest === 0 ? '' : ` ${rest}`}`;
}

/**
 * A number with its unit in words, for reading aloud: `numberInWords(11_700_000, 'habitants')`
 * → « 11,7 millions d'habitants »; `numberInWords(22_500, 'habitants')` → « 22 mille 500 habitants ».
 * `unit` is the plural noun; `singular` is used for 0 and 1 in French (« 1 euro », « 0 euro »).
 */
export function numberInWords(
  value: number,
  unit: { plural: string; singular?: string } | undefined,
  locale: Locale = 'fr',
  maximumFractionDigits = 0,
): string {
  if (!Number.isFinite(value)) return '';
  const { value: shown, scale } = scaled(value);
  if (scale !== 'none') {
    const number = decimal(locale, 1).format(Math.abs(shown));
    const minus = shown < 0 ? (locale === 'fr' ? 'moins ' : 'minus ') : '';
    if (locale === 'en') {
      const word = scale === 'milliard' ? 'billion' : 'million';
      return `${minus}${number} ${word}${unit === undefined ? '' : ` ${unit.plural}`}`;
    }
    const word = frenchScaleWord(shown, scale);
    if (unit === undefined) return `${minus}${number} ${word}`;
    return `${minus}${number} ${word} ${elides(unit.plural) ? "d'" : 'de '}${unit.plural}`;
  }
  const number = underAMillion(value, locale, maximumFractionDigits);
  if (unit === undefined) return number;
  const singular = locale === 'fr' ? Math.abs(value) < 2 : Math.abs(value) === 1;
  return `${number} ${singular ? (unit.singular ?? unit.plural) : unit.plural}`;
}

/** The same word in French and English (« 1 euro », « 12 euros »). */
const EURO_UNIT = { plural: 'euros', singular: 'euro' } as const;

/**
 * « 11,7 millions d'euros », « 1 million d'euros », « 1,2 milliard d'euros », « 412 euros »,
 * « 412 mille 500 euros ». Amounts under a million are rounded to the euro unless `cents` is set.
 */
export function amountInWords(amount: number, locale: Locale = 'fr', cents = false): string {
  return numberInWords(amount, EURO_UNIT, locale, cents ? 2 : 0);
}

/** Compact form for display: « 28,4 M€ », « 1,2 Md€ », « 412 500 € » (always paired with the words). */
export function compactAmount(amount: number, locale: Locale = 'fr'): string {
  if (!Number.isFinite(amount)) return '';
  const { value, scale } = scaled(amount);
  const number = decimal(locale, 1, true).format(value);
  if (scale === 'milliard') return locale === 'fr' ? `${number} Md€` : `€${number}bn`;
  if (scale === 'million') return locale === 'fr' ? `${number} M€` : `€${number}m`;
  return numberFormat({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }, locale).format(amount);
}

/** A percentage as words and figures read well: « 24 % », « 12,5 % » (no-break space before %). */
export function percentText(value: number, locale: Locale = 'fr', maximumFractionDigits = 0): string {
  return numberFormat({ style: 'percent', maximumFractionDigits }, locale).format(value / 100);
}

/**
 * A change as words: « en hausse de 12 % », « en baisse de 3,5 % », « stable ». `null` when there
 * is no previous value to compare with (0 or missing).
 */
export function changePercent(current: number, previous: number | undefined): number | null {
  if (previous === undefined || previous === 0 || !Number.isFinite(previous) || !Number.isFinite(current)) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}
