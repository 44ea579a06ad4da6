/**
 * What an author is told about a date the library had to refuse or to interpret: a year that
 * cannot be meant, a local time the spring change skips, one the autumn change plays twice.
 * Short sentences quoting the date as written: this ships with every element that reads dates.
 */
import { wallClock, type ParsedDateTime } from './dates.js';

/**
 * A French sentence for a date that needs one, or `undefined`. `parsed` is what
 * `parseIsoDateTime(raw)` gave: `null` (refused) or a reading that may carry a `fold`.
 */
export function dateNote(raw: unknown, parsed: ParsedDateTime | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const written = raw.trim();
  if (parsed === null) return /^00\d\d-/.test(written) ? `Année ${written.slice(0, 4)} refusée : écrivez-la en entier (20${written.slice(2, 4)} ?).` : undefined;
  if (parsed.fold === 'skipped') {
    const { hour, minute } = wallClock(parsed.date);
    return `${written} n'existe pas à Paris (passage à l'heure d'été) : ${hour}:${String(minute).padStart(2, '0')} est retenue.`;
  }
  return parsed.fold === 'repeated' ? `${written} a lieu deux fois à Paris (retour à l'heure d'hiver) : la première, en +02:00, est retenue.` : undefined;
}
