/**
 * The opening hours of the national directory of public administration (« Annuaire de
 * l'administration », Service-Public.fr, republished on data.gouv.fr): each service has a
 * `plage_ouverture` list, sometimes as JSON text inside the record. One entry covers a run of
 * days (`nom_jour_debut` to `nom_jour_fin`, « Lundi » to « Vendredi ») with numbered hour ranges
 * (`valeur_heure_debut_1`/`valeur_heure_fin_1`, `_2`… as « 08:30:00 », empty when unused) and a
 * free `commentaire`.
 */
import { readLabel, weekdayIndex, type Report } from './fields.js';
import { makeRange, normaliseRanges, type TimeRange } from './time-ranges.js';

/** The directory numbers its ranges from 1; more than a few would be a broken record. */
const MAX_RANGES = 6;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The days an entry covers, Monday = 0, wrapping past Sunday (« Samedi » to « Lundi »). */
function daysOf(entry: Record<string, unknown>, field: string, report: Report): number[] {
  const first = weekdayIndex(entry.nom_jour_debut);
  const last = text(entry.nom_jour_fin) === '' ? first : weekdayIndex(entry.nom_jour_fin);
  if (first === undefined || last === undefined) {
    report(field, 'Jour inconnu dans nom_jour_debut ou nom_jour_fin (Lundi à Dimanche) : cette plage est ignorée.', entry);
    return [];
  }
  const days = [first];
  for (let day = first; day !== last; ) days.push((day = (day + 1) % 7));
  return days;
}

function rangesOf(entry: Record<string, unknown>, field: string, report: Report): TimeRange[] {
  const ranges: TimeRange[] = [];
  for (let n = 1; n <= MAX_RANGES; n++) {
    const start = text(entry[`valeur_heure_debut_${n}`]);
    const end = text(entry[`valeur_heure_fin_${n}`]);
    if (start === '' && end === '') continue;
    const range = makeRange(start, end);
    if (range === undefined) report(`${field}.valeur_heure_debut_${n}`, 'Plage horaire incomplète ou illisible (début et fin « 08:30:00 », la fin après le début) : elle est ignorée.', { start, end });
    else ranges.push(range);
  }
  return ranges;
}

/** The usual week and the comments of a `plage_ouverture` value (array or JSON text). */
export function readDirectoryHours(value: unknown, report: Report): { weekly: TimeRange[][]; comments: string[] } {
  const weekly: TimeRange[][] = [[], [], [], [], [], [], []];
  const comments: string[] = [];
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      list = undefined;
    }
  }
  if (!Array.isArray(list)) {
    report('plage_ouverture', 'plage_ouverture doit être une liste de plages (ou son texte JSON) : aucun horaire n’est connu.', value);
    return { weekly, comments };
  }
  list.slice(0, 50).forEach((entry: unknown, index) => {
    const field = `plage_ouverture[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      report(field, 'Chaque plage doit être un objet de l’annuaire (nom_jour_debut, valeur_heure_debut_1…).', entry);
      return;
    }
    const record = entry as Record<string, unknown>;
    const ranges = rangesOf(record, field, report);
    for (const day of daysOf(record, field, report)) weekly[day] = normaliseRanges([...(weekly[day] ?? []), ...ranges]);
    const comment = readLabel(record.commentaire, `${field}.commentaire`, report, 500);
    if (comment !== undefined && !comments.includes(comment)) comments.push(comment);
  });
  return { weekly, comments };
}
