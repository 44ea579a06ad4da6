/** Grammar heuristics: passive voice, lone or missing « ne », double negatives. */
import type { Rule } from '../types.js';
import { scan, WB, WE } from './util.js';

const ETRE = '(?:est|sont|était|étaient|sera|seront|serait|seraient|soit|soient|fut|furent|être)';
const COMPOUND = '(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\\s+été';
const ADVERB = '(?:(?:très|bien|déjà|toujours|souvent|entièrement|totalement|également|ensuite|alors|aussi|enfin|ainsi)\\s+)?';
const PARTICIPLE = '(\\p{L}+(?:é|ée|és|ées|is|ise|ises|it|ite|ites|u|ue|us|ues|ert|erte|erts|ertes|int|inte|ints|intes))';
const PASSIVE = new RegExp(`${WB}(${COMPOUND}|${ETRE})\\s+${ADVERB}${PARTICIPLE}${WE}`, 'giu');
/** Verbs conjugated with « être » in the active voice (« il est arrivé »). */
const ACTIVE_WITH_ETRE = new Set([
  'allé', 'venu', 'arrivé', 'parti', 'né', 'mort', 'tombé', 'resté', 'devenu', 'entré', 'sorti', 'monté', 'descendu',
  'passé', 'retourné', 'rentré', 'revenu', 'décédé', 'intervenu', 'parvenu', 'apparu', 'survenu', 'advenu',
]);

export const passiveVoice: Rule = {
  id: 'passive-voice',
  description: 'Voix passive (« la salle a été rénovée par la ville ») : dites qui agit.',
  defaultSeverity: 'info',
  *check(context) {
    for (const sentence of context.sentences) {
      for (const m of scan(PASSIVE, sentence.text)) {
        const participle = (m[2] ?? '').toLowerCase();
        if (ACTIVE_WITH_ETRE.has(participle.replace(/(?:e|s|es)$/, '')) || ACTIVE_WITH_ETRE.has(participle)) continue;
        const compound = /été$/iu.test(m[1] ?? '');
        const rest = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
        if (!compound && !/(?:^|\s)par\s/u.test(rest)) continue;
        yield {
          start: sentence.start + m.index,
          end: sentence.start + m.index + m[0].length,
          message: `« ${m[0]} » : voix passive. Dites qui agit (« la ville a rénové… »).`,
        };
      }
    }
  },
};

const NE = new RegExp(`${WB}(?:ne\\s|n['’](?=\\p{L}))`, 'giu');
const SECOND_NEGATION = new RegExp(`${WB}(?:pas|plus|jamais|rien|personne|aucun|aucune|nul|nulle|guère|point|que|qu['’]|ni|nullement|aucunement)(?:${WE}|(?<=['’]))`, 'iu');

export const loneNe: Rule = {
  id: 'lone-ne',
  description: '« ne » seul (explétif ou négation littéraire : « avant qu’il ne parte », « je ne sais ») : ambigu pour beaucoup de lecteurs.',
  defaultSeverity: 'warning',
  *check(context) {
    for (const sentence of context.sentences) {
      for (const m of scan(NE, sentence.text)) {
        const after = sentence.text.slice(m.index + m[0].length);
        if (/^importe/iu.test(after)) continue; // « n’importe quoi » is a fixed phrase
        const clause = after.split(/[,;:.!?()\n—]/u)[0] ?? '';
        if (SECOND_NEGATION.test(clause)) continue;
        yield {
          start: sentence.start + m.index,
          end: sentence.start + m.index + m[0].trimEnd().length,
          message: '« ne » sans « pas », « plus », « jamais »… : tournure ambiguë. Écrivez une négation complète ou supprimez le « ne ».',
        };
      }
    }
  },
};

const MISSING_NE = new RegExp(`(?<!n['’]|ne\\s)${WB}(c['’]est|c['’]était|y a|faut|sais|peut|veut|on a|on est)\\s+pas${WE}`, 'giu');

export const missingNe: Rule = {
  id: 'missing-ne',
  description: 'Négation sans « ne » (« c’est pas ») : registre oral, déplacé sur un canal officiel.',
  defaultSeverity: 'warning',
  *check(context) {
    for (const m of scan(MISSING_NE, context.masked)) {
      const before = context.masked.slice(Math.max(0, m.index - 4), m.index);
      if (/(?:ne\s|n['’])$/iu.test(before)) continue;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        message: `« ${m[0]} » : négation sans « ne », registre oral. Écrivez la négation complète.`,
        suggestion: (m[1] ?? '').toLowerCase().startsWith('c') ? `ce n’${(m[1] ?? '').slice(2)} pas` : `ne ${m[1] ?? ''} pas`,
      };
    }
  },
};

const NEGATIVE_WORDS = 'impossible|impossibles|inutile|inutiles|inintéressant|inintéressante|inexact|inexacte|inconnu|inconnue|négligeable|négligeables|illégal|illégale|interdit|interdite|incompatible|improbable|impensable|injustifié|injustifiée|inhabituel|inhabituelle|sans';
const DOUBLE_NEGATIVES = [
  new RegExp(`${WB}(?:pas|jamais|nullement|guère)\\s+(?:(?:très|si|forcément|totalement|tout à fait)\\s+)?(?:${NEGATIVE_WORDS})${WE}`, 'giu'),
  new RegExp(`${WB}non\\s+(?:négligeable|négligeables|dénué|dénuée|dénués|dénuées|sans|exempt|exempte)${WE}`, 'giu'),
  new RegExp(`${WB}impossible\\s+de\\s+ne\\s+pas${WE}`, 'giu'),
  new RegExp(`${WB}sans\\s+ne\\s+pas${WE}`, 'giu'),
  new RegExp(`${WB}ne\\s+(?:\\p{L}+\\s+)?pas\\s+(?:manquer|oublier|omettre)\\s+de\\s+ne\\s+pas${WE}`, 'giu'),
];

export const doubleNegation: Rule = {
  id: 'double-negation',
  description: 'Doubles négations (« pas impossible », « non négligeable ») : dites-le à la forme positive.',
  defaultSeverity: 'warning',
  *check(context) {
    for (const pattern of DOUBLE_NEGATIVES) {
      for (const m of scan(pattern, context.masked)) {
        yield {
          start: m.index,
          end: m.index + m[0].length,
          message: `« ${m[0]} » : double négation, difficile à comprendre. Dites-le à la forme positive (« possible », « important »).`,
        };
      }
    }
  },
};
