/** Grammar heuristics: passive voice, lone or missing « ne », double negatives. */
import type { Rule } from '../types.js';
import { inQuotation, scan, WB, WE } from './util.js';

const PRESENT = '(?:est|sont|était|étaient|fut|furent)';
const FUTURE = '(?:sera|seront|serait|seraient|soit|soient|(?:doit|doivent|devra|devront|peut|peuvent|pourra|pourront|pourrait|pourraient|va|vont)\\s+être)';
const COMPOUND = '(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\\s+été';
const ADVERB = '(?:(?:pas|plus|jamais|très|bien|déjà|toujours|souvent|entièrement|totalement|également|ensuite|alors|aussi|enfin|ainsi|exceptionnellement|temporairement|provisoirement|strictement|formellement|partiellement|de nouveau)\\s+)?';
const PARTICIPLE = '(\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes|int|inte|ints|intes|clos|close|dissous))';
const IS_PRESENT = new RegExp(`^${PRESENT}$`, 'iu');
const PASSIVE = new RegExp(`${WB}(${COMPOUND}|${FUTURE}|${PRESENT})\\s+${ADVERB}${PARTICIPLE}${WE}`, 'giu');
/** « il est demandé aux riverains de… »: an impersonal passive, whoever asks is hidden. */
const IMPERSONAL = new RegExp(`${WB}il\\s+(?:est|sera)\\s+(?:(?:vivement|fortement|formellement|strictement)\\s+)?(demandé|conseillé|recommandé|interdit|précisé|signalé|proposé|prévu)\\s+(?:aux?|à|de|d['’]|que|qu['’])`, 'giu');
const IMPERSONAL_PLAIN: Readonly<Record<string, string>> = {
  demandé: 'merci de…', conseillé: 'nous vous conseillons de…', recommandé: 'nous vous recommandons de…', proposé: 'nous vous proposons de…',
};
/** « par » that names no one: « par arrêté », « 12 € par personne ». */
const NOT_AN_AGENT = /^(?:l['’])?(?:arrêté|décision|délibération|courrier|mail|e-mail|téléphone|an|jour|mois|semaine|personne|famille|foyer|enfant|habitant|exemple|ailleurs|conséquent|rapport|voie|endroits|moments|tranche|ordre|avance|défaut|sms|internet|rue|avenue|boulevard|place|chemin|route|entrée|sortie|parking|porte|accès|côté|quai|allée|impasse|sentier|pont|site|portail|guichet|formulaire|écrit|biais|endroit|ici|là)(?!\p{L})/iu;
/** Verbs conjugated with « être » in the active voice (« il est arrivé »). */
const ACTIVE_WITH_ETRE = new Set([
  'allé', 'venu', 'arrivé', 'parti', 'né', 'mort', 'tombé', 'resté', 'devenu', 'entré', 'sorti', 'monté', 'descendu',
  'passé', 'retourné', 'rentré', 'revenu', 'décédé', 'intervenu', 'parvenu', 'apparu', 'survenu', 'advenu',
]);
/**
 * Adjectives and states that end like participles (« sera gratuit », « sera ici », « est
 * ouverte du lundi au vendredi ») : describing a state hides nobody.
 */
const NOT_PASSIVE = new Set([
  'ici', 'aussi', 'ainsi', 'parmi', 'midi', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'demi', 'merci',
  'gratuit', 'gratuite', 'gratuits', 'gratuites', 'petit', 'petite', 'droit', 'droite', 'étroit', 'étroite', 'inédit', 'inédite',
  'ouvert', 'ouverte', 'ouverts', 'ouvertes', 'fermé', 'fermée', 'fermés', 'fermées', 'situé', 'située', 'situés', 'situées',
  'compris', 'comprise', 'inclus', 'incluse', 'prévu', 'prévue', 'prévus', 'prévues', 'destiné', 'destinée', 'destinés', 'destinées',
  'ravi', 'ravie', 'ravis', 'ravies', 'heureux', 'complet', 'précis', 'précise', 'assis', 'assise', 'dû', 'due', 'dus', 'dues',
  'âgé', 'âgée', 'âgés', 'âgées', 'accessible', 'possible', 'nécessaire', 'obligatoire', 'réservé', 'réservée', 'réservés', 'réservées',
  'perturbé', 'perturbée', 'perturbés', 'perturbées', 'concerné', 'concernée', 'concernés', 'concernées',
  'épuisé', 'épuisée', 'annulé', 'annulée', 'annulés', 'annulées', 'reporté', 'reportée', 'reportés', 'reportées', 'limité', 'limitée', 'limités', 'limitées',
  'lié', 'liée', 'liés', 'liées', 'connu', 'connue', 'connus', 'connues', 'habitué', 'habitués', 'satisfait', 'satisfaite', 'satisfaits',
  'ni', 'si', 'mi', 'oui', 'fini', 'finie', 'bienvenu', 'bienvenue', 'bienvenus', 'bienvenues', 'elu', 'élu', 'élue', 'élus', 'élues',
]);
/** Who acts, when the text names it: the subject to put first (« la ville barrera la rue »). */
const ACTOR = /(?:^|[\s(])par\s+((?:l['’]|la |le |les |nos |vos |notre |un |une )?[\p{L}'’-]+(?:\s+(?:municipale?s?|techniques|communaux|municipaux|de\s+[\p{L}'’-]+|\p{Lu}[\p{L}-]+))?)/u;
const NAMED_ACTOR = /(?:^|[\s(])((?:la|notre) (?:ville|mairie|commune|municipalité|métropole|préfecture|police municipale)|le conseil municipal|les services (?:techniques|municipaux|de la ville)|nos (?:équipes|services|agents)|l['’]entreprise [\p{Lu}][\p{L}-]+|la MEL|l['’]équipe municipale)/iu;

/** « barrée » → « barrer », for the suggestion « la ville barrera ». Only the -er verbs: the others are irregular. */
function infinitive(participle: string): string | undefined {
  const stem = /^(.+)é(?:e|s|es)?$/u.exec(participle)?.[1];
  return stem === undefined ? undefined : `${stem}er`;
}

function activeForm(verb: string, participle: string, who: string): string {
  const actor = /^(?:la|le|les|l['’]|nos|notre)\s?/iu.test(who) ? who.charAt(0).toLowerCase() + who.slice(1) : who;
  const many = /^(?:les|nos|vos)\s/iu.test(actor);
  const tense = /été$/iu.test(verb) ? 'past' : /^(?:sera|seront)/iu.test(verb) ? 'future' : /^(?:est|sont)/iu.test(verb) ? 'present' : 'other';
  const first = infinitive(participle);
  const second = /^(.+i)(?:e|s|es)?$/u.exec(participle)?.[1]; // « choisi » → « choisit », « choisira »
  const has = many ? 'ont' : 'a';
  const forms: Readonly<Record<string, string | undefined>> = first === undefined
    ? {
      past: `${has} ${second ?? participle}`,
      future: second === undefined ? undefined : `${second}r${many ? 'ont' : 'a'}`,
      present: second === undefined ? undefined : `${second}${many ? 'ssent' : 't'}`,
    }
    : { past: `${has} ${first.slice(0, -2)}é`, future: `${first}${many ? 'ont' : 'a'}`, present: `${first.slice(0, -2)}${many ? 'ent' : 'e'}` };
  const form = forms[tense];
  return form === undefined ? `${actor} + verbe actif` : `${actor} ${form}…`;
}

export const passiveVoice: Rule = {
  id: 'passive-voice',
  description: 'Voix passive (« la rue sera barrée », « a été rénovée », « il est demandé ») : dites qui agit.',
  defaultSeverity: 'info',
  *check(context) {
    const named = NAMED_ACTOR.exec(context.masked)?.[1];
    for (const sentence of context.sentences) {
      for (const m of scan(PASSIVE, sentence.text)) {
        const verb = m[1] ?? '';
        const participle = (m[2] ?? '').toLowerCase();
        if (ACTIVE_WITH_ETRE.has(participle.replace(/(?:e|s|es)$/, '')) || ACTIVE_WITH_ETRE.has(participle)) continue;
        const start = sentence.start + m.index;
        if (inQuotation(context.masked, start)) continue;
        const rest = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        const found = ACTOR.exec(rest)?.[1];
        const agent = found !== undefined && !NOT_AN_AGENT.test(found.replace(/^(?:la|le|les|un|une) /iu, '')) ? found : undefined;
        const present = IS_PRESENT.test(verb);
        if (agent === undefined && (present || NOT_PASSIVE.has(participle))) continue;
        if (/^ten(?:u|ue|us|ues)$/u.test(participle) && /^\s+d(?:e\s|['’])/u.test(rest)) continue; // « est tenu de » : « doit » (jargon)
        const actor = agent ?? named;
        yield {
          start,
          end: start + m[0].length,
          message: `« ${m[0]} » : voix passive. Dites qui agit${actor === undefined ? ' (« la ville a rénové… »)' : ` : « ${activeForm(verb, participle, actor)} »`}.`,
          ...(actor === undefined ? {} : { suggestion: activeForm(verb, participle, actor) }),
        };
      }
      for (const m of scan(IMPERSONAL, sentence.text)) {
        const start = sentence.start + m.index;
        if (inQuotation(context.masked, start)) continue;
        const asked = (m[1] ?? '').toLowerCase();
        const suggestion = IMPERSONAL_PLAIN[asked];
        yield {
          start,
          end: start + m[0].length - (/\s\S+$/u.exec(m[0])?.[0].length ?? 0),
          message: `« ${m[0]} » : tournure impersonnelle. Dites qui demande (« nous vous demandons de… », « merci de… »).`,
          ...(suggestion === undefined ? {} : { suggestion }),
        };
      }
    }
  },
};

const NE = new RegExp(`${WB}(?:ne\\s|n['’](?=\\p{L}))`, 'giu');
const SECOND_NEGATION = new RegExp(`${WB}(?:pas|plus|jamais|rien|personne|aucun|aucune|nul|nulle|guère|point|que|qu['’]|ni|nullement|aucunement)(?:${WE}|(?<=['’]))`, 'iu');

const NEGATION_FIRST = new RegExp(`${WB}(?:aucun|aucune|personne|rien|nul|nulle|jamais|guère|ni|nullement|aucunement|plus\\s+(?:aucun|personne|rien))${WE}`, 'iu');

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
        // « Aucune amélioration n’est à prévoir », « Personne ne viendra », « ni A ni B ne… »
        const before = sentence.text.slice(0, m.index).split(/[,;:.!?()\n—]/u).at(-1) ?? '';
        if (NEGATION_FIRST.test(before)) continue;
        yield {
          start: sentence.start + m.index,
          end: sentence.start + m.index + m[0].trimEnd().length,
          message: '« ne » sans « pas », « plus », « jamais »… : tournure ambiguë. Écrivez une négation complète ou supprimez le « ne ».',
        };
      }
    }
  },
};

const MISSING_NE = new RegExp(`${WB}(c['’]est|c['’]était|y a|faut|sais|peut|veut|on a|on est)\\s+pas${WE}`, 'giu');

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
