/** The words of municipal finance, explained in one plain sentence each (shown under a chart). */
import type { Locale } from '../i18n.js';

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
}

export type GlossaryKey =
  | 'fonctionnement'
  | 'investissement'
  | 'budget primitif'
  | 'compte administratif'
  | 'autofinancement';

const GLOSSARY: Readonly<Record<Locale, Readonly<Record<GlossaryKey, GlossaryEntry>>>> = {
  fr: {
    fonctionnement: {
      term: 'Section de fonctionnement',
      definition: 'Les dépenses et recettes de tous les jours : salaires, entretien, énergie, subventions aux associations, impôts locaux et dotations de l’État.',
    },
    investissement: {
      term: 'Section d’investissement',
      definition: 'Ce qui construit ou transforme durablement la ville : écoles, voirie, équipements sportifs, et les emprunts qui les financent.',
    },
    'budget primitif': {
      term: 'Budget primitif',
      definition: 'Le budget prévu pour l’année et voté par le conseil municipal avant le 15 avril (avant le 30 avril les années d’élection).',
    },
    'compte administratif': {
      term: 'Compte administratif',
      definition: 'Le bilan de l’année écoulée : ce qui a réellement été dépensé et encaissé. Il est peu à peu remplacé par le compte financier unique.',
    },
    autofinancement: {
      term: 'Autofinancement',
      definition: 'Ce qui reste des recettes de fonctionnement une fois les dépenses de fonctionnement payées, et qui finance l’investissement sans emprunter.',
    },
  },
  en: {
    fonctionnement: { term: 'Operating section', definition: 'Day-to-day spending and revenue: salaries, upkeep, energy, grants to associations, local taxes and State grants.' },
    investissement: { term: 'Capital section', definition: 'What builds or lastingly changes the town: schools, roads, sports facilities, and the loans that fund them.' },
    'budget primitif': { term: 'Initial budget', definition: 'The budget planned for the year and voted by the town council before 15 April.' },
    'compte administratif': { term: 'Outturn account', definition: 'The record of the past year: what was actually spent and received.' },
    autofinancement: { term: 'Self-financing', definition: 'What is left of operating revenue once operating spending is paid, which funds investment without borrowing.' },
  },
};

/** The glossary entries, in the order given (only the terms a chart actually uses). */
export function glossaryEntries(keys: readonly GlossaryKey[], locale: Locale = 'fr'): GlossaryEntry[] {
  return [...new Set(keys)].map((key) => GLOSSARY[locale][key]);
}
