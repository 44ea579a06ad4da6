/**
 * Words whose accent is often dropped on a capital (« l’Etat », « A partir de ») or in a
 * line typed in capitals (« COMMUNIQUE »). The Académie française and the Imprimerie
 * nationale both ask for accents on capitals (« État », « À »). Keys are the words without
 * accents, in lower case; values the right spelling. Plurals in « -s » are found too.
 */
const WORDS =
  'à état église épisode école écoles établissement électricité énergie économie éducation événement évènement étude été élection élu équipe également ' +
  'étape étudiant évaluation éclairage écologie édition égout évacuation équipement épicerie élément épreuve étage écran émission communiqué arrêté ' +
  'réunion séance sécurité déviation numéro préfecture général générale délibération réglementation fête fermée réservée déchèterie déchetterie ' +
  'médiathèque théâtre cérémonie férié activité téléphone réseau rénovation créée intérêt accès zéro coupée déjà prévu prévue annulée reportée très ' +
  'après vélo écrit espèces';

export const ACCENTED: ReadonlyMap<string, string> = new Map(
  WORDS.trim().split(' ').map((word) => [word.normalize('NFD').replace(/\p{M}/gu, ''), word]),
);

/** The accented spelling of `word` (any case), or undefined when it needs none or is unknown. */
export function accented(word: string): string | undefined {
  const lower = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const found = ACCENTED.get(lower) ?? (lower.endsWith('s') ? ACCENTED.get(lower.slice(0, -1))?.concat('s') : undefined);
  return found === undefined || found === word.toLowerCase() ? undefined : found;
}
