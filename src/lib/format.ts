/** Numbers and dates through `Intl`, in French by default and in the city's time zone. */
import { CITY_TIME_ZONE, wallClock } from './dates.js';
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from './i18n.js';

const numberFormatters = new Map<string, Intl.NumberFormat>();
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, key: string, create: () => F): F {
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A number formatter (cached: creating `Intl` objects is the slow part of formatting). */
export function numberFormat(options: Intl.NumberFormatOptions = {}, locale: Locale = DEFAULT_LOCALE): Intl.NumberFormat {
  return cached(numberFormatters, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], options));
}

/** A date formatter in `Europe/Paris` unless `options.timeZone` says otherwise (cached). */
export function dateFormat(options: Intl.DateTimeFormatOptions = {}, locale: Locale = DEFAULT_LOCALE): Intl.DateTimeFormat {
  const withZone = { timeZone: CITY_TIME_ZONE, ...options };
  return cached(dateFormatters, `${locale}|${JSON.stringify(withZone)}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], withZone));
}

/**
 * The day of the month as French writes it: the first day is an ordinal, « 1er décembre »
 * (`Intl` writes « 1 décembre »); every other day, and every day in English, as given.
 */
export function dayOfMonth(day: string, locale: Locale = DEFAULT_LOCALE): string {
  return locale === 'fr' && day === '1' ? '1er' : day;
}

/**
 * A date through `Intl` in the city's time zone, with French typography: « lundi 1er décembre »,
 * « 1er décembre 2026 ». Every element writes its dates through this function or `dayOfMonth`.
 */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions, locale: Locale = DEFAULT_LOCALE): string {
  const formatter = dateFormat(options, locale);
  if (locale !== 'fr' || options.day === undefined) return formatter.format(date);
  return formatter
    .formatToParts(date)
    .map((part) => (part.type === 'day' ? dayOfMonth(part.value, locale) : part.value))
    .join('');
}

/** « 14 décembre 2026 », « 1er décembre 2026 » — a date as people read it in running text. */
export function formatLongDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return formatDate(date, { day: 'numeric', month: 'long', year: 'numeric' }, locale);
}

/** « 12 500 » with the French narrow no-break space as thousands separator. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, locale: Locale = DEFAULT_LOCALE): string {
  return numberFormat(options, locale).format(value);
}

/** A count in running text: « 1 262 lignes », « 12 événements » (thousands grouped, no decimals). */
export function formatCount(count: number, locale: Locale = DEFAULT_LOCALE): string {
  return formatNumber(count, { maximumFractionDigits: 0 }, locale);
}

/** A price: « 1 500 € », « 18,50 € », « 18,50 $CA » (cents only when there are some). */
export function formatMoney(amount: number, currency = 'EUR', locale: Locale = DEFAULT_LOCALE): string {
  const cents = !Number.isInteger(amount);
  return formatNumber(amount, { style: 'currency', currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 }, locale);
}

const NBSP = '\u00a0';

/**
 * A time of day in the city, the same in every element: « 9 h », « 9 h 30 » in French typography
 * (no-break spaces, so that « 9 » and « h » never part at a line end), « 09:30 » in English.
 */
export function formatTimeOfDay(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  const { hour, minute } = wallClock(date);
  const minutes = String(minute).padStart(2, '0');
  if (locale === 'fr') return minute === 0 ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${minutes}`;
  return `${String(hour).padStart(2, '0')}:${minutes}`;
}
