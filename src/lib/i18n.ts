/**
 * Locale of the text an element shows. French is the default and the reference; the English
 * tables prove that the mechanism works and serve partner sites in English.
 * Each domain keeps its strings in `lib/strings/<domain>.ts` as a `{ fr, en }` table.
 */

export type Locale = 'fr' | 'en';
export const DEFAULT_LOCALE: Locale = 'fr';

/** Intl locale tag for a locale. */
export const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A strings table: the same keys in every locale, enforced by the type. */
export type StringsTable<T> = Readonly<Record<Locale, T>>;

/** Reads a `lang` value (`fr`, `fr-BE`, `en-GB`…) as one of our locales, French otherwise. */
export function toLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'en' ? 'en' : DEFAULT_LOCALE;
}

/**
 * The locale that applies to an element: its own `lang` or the closest ancestor's, as the
 * HTML `lang` attribute inherits. Safe on the server, where `closest` may not exist.
 */
export function localeOf(element: Element | undefined): Locale {
  if (element === undefined || typeof element.closest !== 'function') return DEFAULT_LOCALE;
  return toLocale(element.closest('[lang]')?.getAttribute('lang'));
}

/** The language of the data the city publishes (budgets in SCDL, the agenda): French. */
export const DATA_LOCALE: Locale = 'fr';

/**
 * The `lang` a part showing the city's data needs inside a rendering in `locale`: « fr » in an
 * English rendering (a screen reader then reads « Enseignement » with a French voice), nothing in
 * a French one, where it inherits.
 */
export function dataLang(locale: Locale): Locale | undefined {
  return locale === DATA_LOCALE ? undefined : DATA_LOCALE;
}
