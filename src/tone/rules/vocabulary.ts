/** Dictionary rules: administrative jargon, Latin, anglicisms, relative dates. */
import type { ResolvedConfig } from '../config.js';
import { ANGLICISMS } from '../dictionaries/anglicisms.js';
import { JARGON } from '../dictionaries/jargon.js';
import { LATIN } from '../dictionaries/latin.js';
import { RELATIVE_DATES } from '../dictionaries/relative-dates.js';
import { compileDictionary, findTerms, type DictionaryEntry, type Inflection, type Matcher } from '../dictionary.js';
import type { Report, Rule, RuleContext } from '../types.js';
import { inQuotation, scan, WB, WE } from './util.js';

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

/** « la dotation, c’est-à-dire l’argent versé par l’État », « la dotation (l’argent…) », « ce qu’on appelle la dotation ». */
const DEFINED_AFTER = /^[^,.;:!?()]{0,40}?\s*(?:[,(:–—]\s*)?(?:\(|c['’]est-à-dire|autrement dit|soit\s+(?:l['’]|la|le|les|un|une)\s)/iu;
/** The name of a service or of an official record, not a word to replace (« service voirie », « registre des délibérations », « délibération n° 14 »). */
const NAME_BEFORE = /(?<!\p{L})(?:service|direction|pôle|adjoint|adjointe|délégué|déléguée|commission|registre)s?\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|à\s+la|aux?|chargée?\s+(?:de\s+la|de\s+l['’]|des|du))\s*)?$/iu;
const NUMBERED = /^\s*(?:n°|no|numéro)\s*\d/iu;
const DEFINED_BEFORE = /(?<!\p{L})(?:appel(?:é|ée|és|ées)|qu['’]on appelle|qu['’]on nomme|nommée?s?|dite?s?)\s+(?:« ?)?(?:la |le |les |l['’])?$/iu;
/** Words that are exact where the text opposes them to another (« chaussée » against « trottoirs »). */
const EXACT_WHEN: Readonly<Record<string, RegExp>> = { chaussée: /trottoir|piéton|accotement/iu };

function isExplained(context: RuleContext, start: number, end: number, entry: DictionaryEntry): boolean {
  const term = entry.term;
  if (DEFINED_AFTER.test(context.masked.slice(end, end + 60))) return true;
  const noun = entry.verb !== true && !term.includes(' ');
  if (noun && (NUMBERED.test(context.masked.slice(end, end + 12)) || NAME_BEFORE.test(context.masked.slice(Math.max(0, start - 40), start)))) return true;
  if (DEFINED_BEFORE.test(context.masked.slice(Math.max(0, start - 24), start))) return true;
  const exact = EXACT_WHEN[term];
  if (exact === undefined) return false;
  const sentence = context.sentences.find((s) => s.start <= start && s.end >= end);
  return exact.test(sentence?.text ?? '');
}

function* fromDictionary(context: RuleContext, matcher: Matcher, message: (text: string, replacement: string) => string): Generator<Report> {
  for (const match of findTerms(matcher, context.masked, context.words)) {
    // A quotation (a law, a person) is not rewritten; a term explained where it stands is fine.
    if (inQuotation(context.masked, match.start) || isExplained(context, match.start, match.end, match.entry)) continue;
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

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** « le 3 juillet prochain », « en septembre dernier »: no year, so wrong a year later. */
const MONTH_RELATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${MONTHS})\s+(?:prochain|dernier)${WE}`, 'giu');
const DATE_BEFORE = /(?:(?:le\s+)?\d{1,2}(?:er)?|en)\s+$/iu;
const DAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
/**
 * A weekday that names no date: « Lundi, nous… », « dès mardi », « ce jeudi ». Not « lundi
 * 3 mars », nor a timetable (« le lundi », « du lundi au vendredi », « lundi et mardi de 9 h à 12 h »).
 */
const LONE_DAY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${DAYS})${WE}(?!\s*(?:\d|[:–—-]|prochain|dernier|et|ou|,\s*(?:${DAYS})|au\s|matin\s+(?:de|à)|de\s+\d))`, 'giu');
/** What comes before a weekday that names no date: the start of a sentence, « ce », « dès »… */
const DAY_BEFORE = /(?:^|[.!?\n]\s*|(?<![\p{L}\p{N}])(?:ce|dès|depuis|jusqu['’]à|d['’]ici|avant|à partir de)\s+)$/iu;

export const relativeDates: Rule = {
  id: 'relative-dates',
  description: 'Dates relatives (« l’an dernier », « demain ») sur un contenu qui reste en ligne : écrivez la date.',
  defaultSeverity: 'warning',
  appliesTo: (channel) => !channel.relativeDatesAllowed,
  *check(context) {
    const say = (text: string): string => `« ${text} » : date relative. Ce texte restera en ligne ; écrivez la date exacte.`;
    yield* fromDictionary(context, matchers(context.config).relativeDates, (text) => say(text));
    const text = context.masked;
    const spans: { start: number; end: number; suggestion: string }[] = [];
    for (const m of scan(RELATIVE_PATTERN, text)) spans.push({ start: m.index, end: m.index + m[0].length, suggestion: 'la date exacte' });
    // The weekday or month is found first; what comes before it is checked on a short slice.
    for (const m of scan(MONTH_RELATIVE, text)) {
      const before = DATE_BEFORE.exec(text.slice(Math.max(0, m.index - 10), m.index))?.[0] ?? '';
      spans.push({ start: m.index - before.length, end: m.index + m[0].length, suggestion: 'la date avec l’année' });
    }
    for (const m of scan(LONE_DAY, text)) {
      const before = DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
      if (before === null || (before[0] === '' && m.index >= 12 && !/^\s*$/u.test(text.slice(0, m.index)))) continue;
      const start = m.index - (/^(?:[.!?\n]|\s)/u.test(before[0]) ? 0 : before[0].length);
      spans.push({ start, end: m.index + m[0].length, suggestion: 'la date exacte' });
    }
    for (const span of spans) {
      if (inQuotation(text, span.start)) continue;
      const found = text.slice(span.start, span.end);
      yield { start: span.start, end: span.end, message: say(found), suggestion: span.suggestion };
    }
  },
};
