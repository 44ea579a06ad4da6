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
 * The `lang` a part showing data needs inside a rendering in `locale`: the language the data says
 * it is in (a CAP `<language>`, a schema.org `inLanguage`, a tagged JSON-LD value), else the
 * city's French. Nothing when it is the rendering's own language, where it inherits: « fr » on
 * « Enseignement » in an English rendering, « en-GB » on an English alert in a French one
 * (WCAG 3.1.2: a screen reader then reads each part with the right voice).
 */
export function partLang(locale: Locale, language: string = DATA_LOCALE): string | undefined {
  return language.toLowerCase().split('-')[0] === locale ? undefined : language;
}
