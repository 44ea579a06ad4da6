/** The mandatory mentions of a French public site's footer, read from what the CMS wrote. */
import { problem, type InputProblem } from '../invalid.js';

/** The three compliance levels of the RGAA statement, as the `accessibility` attribute writes them. */
export const ACCESSIBILITY_LEVELS = ['non', 'partiellement', 'totalement'] as const;
export type AccessibilityLevel = (typeof ACCESSIBILITY_LEVELS)[number];

/**
 * The level written by the author. Anything else is reported and read as « non conforme »: the law
 * (article 47 of law 2005-102) says a site that has not been audited is not compliant, so a missing
 * or mistyped level must never claim more than that.
 */
export function readAccessibilityLevel(value: unknown): { level: AccessibilityLevel; problems: readonly InputProblem[] } {
  const written = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (ACCESSIBILITY_LEVELS.includes(written as AccessibilityLevel)) return { level: written as AccessibilityLevel, problems: [] };
  return {
    level: 'non',
    problems: [problem('accessibility', 'L’attribut accessibility doit valoir « non », « partiellement » ou « totalement » (le niveau de la déclaration d’accessibilité) : « non conforme » est affiché en attendant.', value)],
  };
}

/** Links every footer of the city's sites must carry, as a person reads them. */
export const MANDATORY_MENTIONS = ['Mentions légales', 'Données personnelles', 'Gestion des cookies', 'Plan du site', 'Contact'] as const;

/** Lower case, no accents, single spaces: « Données  personnelles » and « donnees personnelles » match. */
const normalise = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** One problem per mandatory mention no link text contains. */
export function missingMentions(linkTexts: readonly string[]): InputProblem[] {
  const texts = linkTexts.map(normalise);
  return MANDATORY_MENTIONS.filter((mention) => !texts.some((text) => text.includes(normalise(mention)))).map((mention) =>
    problem('mentions', `Le pied de page n’a pas de lien « ${mention} » : c’est une mention obligatoire d’un site public.`, mention),
  );
}
