/** What the accordion checks in the `<details>` group the CMS wrote. */
import { problem, type InputProblem } from '../invalid.js';

/**
 * Problems of a group of `count` sections, `exclusive` when they share a `name` (the browser then
 * keeps only one open, so « Tout ouvrir » could not keep its word).
 */
export function accordionProblems(count: number, exclusive: boolean): InputProblem[] {
  if (count === 0) return [problem('details', 'L’accordéon ne contient aucune section <details> : il n’y a rien à ouvrir.')];
  if (exclusive) {
    return [problem('name', 'Les sections de l’accordéon portent un attribut name : le navigateur n’en laisse qu’une ouverte, le bouton « Tout ouvrir » n’est donc pas ajouté.')];
  }
  return [];
}
