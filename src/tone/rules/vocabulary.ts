/** Dictionary rules: administrative jargon, Latin, anglicisms, relative dates. */
import type { ResolvedConfig } from '../config.js';
import { ANGLICISMS } from '../dictionaries/anglicisms.js';
import { JARGON } from '../dictionaries/jargon.js';
import { LATIN } from '../dictionaries/latin.js';
import { RELATIVE_DATES } from '../dictionaries/relative-dates.js';
import { compileDictionary, findTerms, type DictionaryEntry, type Inflection, type Matcher } from '../dictionary.js';
import type { Report, Rule, RuleContext } from '../types.js';
import { scan, WB, WE } from './util.js';

interface Matchers {
  readonly jargon: Matcher;
  readonly latin: Matcher;
  readonly anglicisms: Matcher;
  readonly relativeDates: Matcher;
}

const cache = new WeakMap<ResolvedConfig, Matchers>();

function build(list: readonly DictionaryEntry[], extra: readonly DictionaryEntry[], ignore: ReadonlySet<string>, inflection: Inflection): Matcher {
  return compileDictionary([...list, ...extra].filter((e) => !ignore.has(e.term.toLowerCase())), inflection);
}

function matchers(config: ResolvedConfig): Matchers {
  let found = cache.get(config);
  if (found === undefined) {
    const ignore = new Set(config.ignore.map((t) => t.toLowerCase()));
    found = {
      jargon: build(JARGON, config.extraJargon, ignore, 'inflect'),
      latin: build(LATIN, config.extraLatin, ignore, 'exact'),
      anglicisms: build(ANGLICISMS, config.extraAnglicisms, ignore, 'plural'),
      relativeDates: build(RELATIVE_DATES, [], ignore, 'exact'),
    };
    cache.set(config, found);
  }
  return found;
}

function* fromDictionary(context: RuleContext, matcher: Matcher, message: (text: string, replacement: string) => string): Generator<Report> {
  for (const match of findTerms(matcher, context.masked, context.words)) {
    yield { start: match.start, end: match.end, message: message(match.text, match.entry.replacement), suggestion: match.entry.replacement };
  }
}

export const jargon: Rule = {
  id: 'jargon',
  description: 'Jargon administratif et verbes supports (« procéder à la fermeture ») : mot simple proposé.',
  defaultSeverity: 'warning',
  check: (context) =>
    fromDictionary(context, matchers(context.config).jargon, (text, plain) => `« ${text} » : jargon administratif. Plus simple : « ${plain} ».`),
};

export const latin: Rule = {
  id: 'latin',
  description: 'Locutions latines (« a priori », « in fine ») : équivalent français proposé.',
  defaultSeverity: 'warning',
  check: (context) =>
    fromDictionary(context, matchers(context.config).latin, (text, plain) => `« ${text} » : locution latine. En français : « ${plain} ».`),
};

export const anglicisms: Rule = {
  id: 'anglicisms',
  description: 'Anglicismes (« deadline », « digital ») : terme français recommandé (FranceTerme).',
  defaultSeverity: 'warning',
  check: (context) =>
    fromDictionary(context, matchers(context.config).anglicisms, (text, plain) => `« ${text} » : anglicisme. En français : « ${plain} ».`),
};

const RELATIVE_PATTERN = new RegExp(
  String.raw`${WB}(?:il y a|dans|d['’]ici|depuis)\s+(?:\d+|deux|trois|quatre|cinq|six|dix|quelques)\s+(?:jours?|semaines?|mois|ans|années?)${WE}`,
  'giu',
);

export const relativeDates: Rule = {
  id: 'relative-dates',
  description: 'Dates relatives (« l’an dernier », « demain ») sur un contenu qui reste en ligne : écrivez la date.',
  defaultSeverity: 'warning',
  appliesTo: (channel) => !channel.relativeDatesAllowed,
  *check(context) {
    const say = (text: string): string => `« ${text} » : date relative. Ce texte restera en ligne ; écrivez la date exacte.`;
    yield* fromDictionary(context, matchers(context.config).relativeDates, (text) => say(text));
    for (const m of scan(RELATIVE_PATTERN, context.masked)) {
      yield { start: m.index, end: m.index + m[0].length, message: say(m[0]), suggestion: 'la date exacte' };
    }
  },
};
