/**
 * The English wording of the elements, read from their own strings tables: a docs page that shows
 * one of these fragments outside an explicit `lang="en"` example shows the English rendering.
 * Built from the tables rather than typed by hand, so that a new English sentence is covered too.
 */
import { budgetStringsFr } from '../../src/lib/strings/budget.fr.js';
import { budgetStringsEn } from '../../src/lib/strings/budget.en.js';
import { englishTables } from '../../src/lib/strings/english.js';
import { figureStrings } from '../../src/lib/strings/budget-figure.js';
import { eventStrings, agendaStrings } from '../../src/lib/strings/events.js';
import { noticeFeedStrings, noticeStrings } from '../../src/lib/strings/notices.js';
import { officialBannerStrings } from '../../src/lib/strings/official-banner.js';
import { contactCardStrings, procedureStrings, serviceTilesStrings } from '../../src/lib/strings/services.js';
import { toneStrings } from '../../src/lib/strings/tone.js';

/** Stands for any argument a sentence is built with; the text around it is the fixed wording. */
const HOLE = '\u0001';

/** The fixed pieces of text in a table: string leaves, and the text around the holes of sentence functions. */
function fragmentsOf(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') {
    for (const piece of value.split(HOLE)) into.add(piece.replace(/\s+/g, ' ').trim());
  } else if (typeof value === 'function') {
    try {
      fragmentsOf((value as (...args: unknown[]) => unknown)(HOLE, HOLE, HOLE, HOLE, HOLE, HOLE), into);
    } catch {
      // A sentence that needs structured arguments (a list, a number): its other keys still count.
    }
  } else if (Array.isArray(value)) {
    for (const item of value) fragmentsOf(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) fragmentsOf(item, into);
  }
  return into;
}

/** Worth looking for: a real word of four letters or more, not a lone « of » or a number. */
function distinctive(fragment: string): boolean {
  return /\p{L}{4,}/u.test(fragment) && fragment.length >= 6;
}

const TABLES: readonly (readonly [unknown, unknown])[] = [
  // These English words are a module loaded on demand (`loadLocale`): read from it directly.
  [noticeStrings.fr, englishTables.notices],
  [noticeFeedStrings.fr, englishTables.noticeFeed],
  [eventStrings.fr, englishTables.events],
  [agendaStrings.fr, englishTables.agenda],
  [officialBannerStrings.fr, englishTables.officialBanner],
  [contactCardStrings.fr, contactCardStrings.en],
  [serviceTilesStrings.fr, serviceTilesStrings.en],
  [procedureStrings.fr, procedureStrings.en],
  [toneStrings.fr, toneStrings.en],
  [figureStrings.fr, figureStrings.en],
  [budgetStringsFr, budgetStringsEn],
];

/** Every distinctive English fragment that is not also French wording (« Information » is both). */
export function englishFragments(): string[] {
  const french = new Set<string>();
  const english = new Set<string>();
  for (const [fr, en] of TABLES) {
    fragmentsOf(fr, french);
    fragmentsOf(en, english);
  }
  return [...english].filter((fragment) => distinctive(fragment) && !french.has(fragment));
}
