/**
 * Strings tables whose English is loaded on demand. French, the language of nearly every page,
 * ships with the elements; the English words of the notices, the agenda and the official banner
 * are one module (english.ts) that `loadLocale('en')` downloads the first time an element is in
 * an English context. Until it is here, a table's `en` is its French: the element renders in
 * French for that moment, then again in English (as the budget chart does with budget.en.ts).
 * Code that formats English text outside an element (tests, a Node script) awaits
 * `loadLocale('en')` first.
 */
import type { Locale } from '../i18n.js';
import type { AgendaStrings, EventStrings } from './events.js';
import type { NoticeFeedStrings, NoticeStrings } from './notices.js';
import type { OfficialBannerStrings } from './official-banner.js';

/** The tables english.ts fills in. */
export interface EnglishTables {
  readonly notices: NoticeStrings;
  readonly noticeFeed: NoticeFeedStrings;
  readonly events: EventStrings;
  readonly agenda: AgendaStrings;
  readonly officialBanner: OfficialBannerStrings;
}

type TableKey = keyof EnglishTables;

/** Every table made by `lazyTable`, with its key (a module loaded twice makes its table twice). */
const tables: [TableKey, { en: unknown }][] = [];
let english: EnglishTables | undefined;
let loading: Promise<void> | undefined;

/**
 * The `{ fr, en }` table of `key`: its English is its French until `loadLocale('en')` has resolved.
 * Called as `/* @__PURE__ *\/ lazyTable(…)`, so that a bundle leaves out the tables its elements
 * do not use (a page with notices alone does not carry the feed's words).
 */
export function lazyTable<Key extends TableKey>(key: Key, fr: EnglishTables[Key]): Readonly<Record<Locale, EnglishTables[Key]>> {
  const table = { fr, en: english?.[key] ?? fr };
  tables.push([key, table]);
  return table;
}

/** Downloads the words of `locale` once (French is always here); the tables then answer in it. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'fr') return Promise.resolve();
  loading ??= import('./english.js').then(({ englishTables }) => {
    english = englishTables;
    for (const [key, table] of tables) table.en = englishTables[key];
  });
  return loading;
}
