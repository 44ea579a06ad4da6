/**
 * What an author is told about a date the library had to refuse or to interpret: a year that
 * cannot be meant, a local time the spring change skips, one the autumn change plays twice.
 * Kept apart from `dates.ts` so the calendar arithmetic does not depend on formatting.
 */
import { wallClock, type ParsedDateTime } from './dates.js';
import { formatLongDate } from './format.js';

const EARLY_YEAR = /^\s*(00(\d\d))-/;
const LOCAL_TIME = /[T ](\d{2}:\d{2})/i;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * A French sentence for a date that needs one, or `undefined`. `parsed` is what
 * `parseIsoDateTime(raw)` gave: `null` (refused) or a reading that may carry a `fold`.
 */
export function dateNote(raw: unknown, parsed: ParsedDateTime | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  if (parsed === null) {
    const early = EARLY_YEAR.exec(raw);
    if (early === null) return undefined;
    return `L'année ${early[1] ?? ''} est refusée : une année écrite avec deux zéros devant est sans doute une faute de frappe. Écrivez l'année en entier (par exemple 20${early[2] ?? ''}).`;
  }
  if (parsed.fold === undefined) return undefined;
  const written = LOCAL_TIME.exec(raw)?.[1] ?? '';
  const day = formatLongDate(parsed.date);
  if (parsed.fold === 'skipped') {
    const { hour, minute } = wallClock(parsed.date);
    return `Le ${day} à ${written} n'existe pas à l'heure de Paris (passage à l'heure d'été) : l'heure retenue est ${twoDigits(hour)}:${twoDigits(minute)}. Écrivez l'heure voulue avec son décalage (par exemple +02:00).`;
  }
  return `Le ${day} à ${written} a lieu deux fois à l'heure de Paris (retour à l'heure d'hiver) : la première, en heure d'été, est retenue. Ajoutez le décalage pour lever le doute (+02:00 la première fois, +01:00 la seconde).`;
}
