/**
 * Configuration (`.loostonerc.json`): profile, inclusive-writing policy, rule settings and
 * dictionary extensions. `resolveConfig` never throws: what it cannot use it reports in French.
 */
import type { DictionaryEntry } from './dictionary.js';
import type { Severity } from './types.js';

export type Profile = 'standard' | 'falc';
/** The city's inclusive-writing policy: point médian allowed, doubled forms only, or no check. */
export type InclusivePolicy = 'point-median' | 'doublets' | 'off';

export type RuleSetting = 'off' | Severity | { readonly severity?: 'off' | Severity; readonly [option: string]: unknown };

/** The JSON shape of `.loostonerc.json`; every field optional. */
export interface ToneConfig {
  readonly profile?: Profile;
  readonly inclusiveWriting?: InclusivePolicy;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly dictionaries?: {
    readonly jargon?: readonly DictionaryEntry[];
    readonly latin?: readonly DictionaryEntry[];
    readonly anglicisms?: readonly DictionaryEntry[];
    /** More local acronyms with their expansion: `{ "SIVOM": "syndicat intercommunal…" }`. */
    readonly acronyms?: Readonly<Record<string, string>>;
    /** Acronyms that need no definition. */
    readonly knownAcronyms?: readonly string[];
    /** Phrases never to flag (in any dictionary), e.g. a service's official name. */
    readonly ignore?: readonly string[];
  };
}

export interface RuleConfig {
  readonly enabled: boolean;
  readonly severity?: Severity;
  readonly options: Readonly<Record<string, number>>;
}

export interface ResolvedConfig {
  readonly profile: Profile;
  readonly inclusiveWriting: InclusivePolicy;
  readonly rules: ReadonlyMap<string, RuleConfig>;
  readonly extraJargon: readonly DictionaryEntry[];
  readonly extraLatin: readonly DictionaryEntry[];
  readonly extraAnglicisms: readonly DictionaryEntry[];
  readonly acronyms: Readonly<Record<string, string>>;
  readonly knownAcronyms: readonly string[];
  readonly ignore: readonly string[];
}

export interface ConfigResult {
  readonly config: ResolvedConfig;
  readonly problems: readonly string[];
  /** Problems that make the configuration unusable as written (a misspelt rule name): the CLI stops. */
  readonly errors: readonly string[];
}

/** Edit distance (Levenshtein), for « sentence-lenght » → « sentence-length ». */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest known name, when it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSeverity = (v: unknown): v is Severity => typeof v === 'string' && SEVERITIES.has(v);

export const DEFAULT_CONFIG: ResolvedConfig = {
  profile: 'standard',
  inclusiveWriting: 'point-median',
  rules: new Map(),
  extraJargon: [],
  extraLatin: [],
  extraAnglicisms: [],
  acronyms: {},
  knownAcronyms: [],
  ignore: [],
};

function readRule(id: string, value: unknown, problems: string[]): RuleConfig | undefined {
  if (value === 'off' || value === false) return { enabled: false, options: {} };
  if (isSeverity(value)) return { enabled: true, severity: value, options: {} };
  if (!isRecord(value)) {
    problems.push(`Règle « ${id} » : réglage non reconnu (attendu « off », « error », « warning », « info » ou un objet).`);
    return undefined;
  }
  const options: Record<string, number> = {};
  let severity: Severity | undefined;
  let enabled = true;
  for (const [key, option] of Object.entries(value)) {
    if (key === 'severity') {
      if (option === 'off') enabled = false;
      else if (isSeverity(option)) severity = option;
      else problems.push(`Règle « ${id} » : gravité « ${String(option)} » inconnue.`);
    } else if (typeof option === 'number' && Number.isFinite(option)) {
      options[key] = option;
    } else {
      problems.push(`Règle « ${id} » : l’option « ${key} » doit être un nombre.`);
    }
  }
  return severity === undefined ? { enabled, options } : { enabled, severity, options };
}

function readEntries(name: string, value: unknown, problems: string[]): DictionaryEntry[] {
  if (value === undefined) return [];
  // Accept both `[{ term, replacement }]` and `{ "term": "replacement" }`.
  const list: unknown[] = Array.isArray(value) ? value : isRecord(value) ? Object.entries(value).map(([term, replacement]) => ({ term, replacement })) : [];
  if (!Array.isArray(value) && !isRecord(value)) problems.push(`Dictionnaire « ${name} » : une liste ou un objet est attendu.`);
  const result: DictionaryEntry[] = [];
  for (const item of list) {
    if (isRecord(item) && typeof item.term === 'string' && item.term.trim() !== '' && typeof item.replacement === 'string') {
      result.push(item.verb === true ? { term: item.term, replacement: item.replacement, verb: true } : { term: item.term, replacement: item.replacement });
    } else {
      problems.push(`Dictionnaire « ${name} » : entrée ignorée (il faut « term » et « replacement »).`);
    }
  }
  return result;
}

function readStrings(name: string, value: unknown, problems: string[]): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) return value;
  problems.push(`« ${name} » : une liste de textes est attendue.`);
  return [];
}

/** Reads a parsed `.loostonerc.json` (or any value) into a usable configuration. */
export function resolveConfig(input: unknown, ruleIds: readonly string[] = []): ConfigResult {
  const problems: string[] = [];
  const errors: string[] = [];
  if (input === undefined || input === null) return { config: DEFAULT_CONFIG, problems, errors };
  if (!isRecord(input)) return { config: DEFAULT_CONFIG, problems: ['La configuration doit être un objet JSON.'], errors };

  let profile: Profile = 'standard';
  if (input.profile === 'falc' || input.profile === 'standard') profile = input.profile;
  else if (input.profile !== undefined) problems.push(`Profil « ${JSON.stringify(input.profile)} » inconnu (attendu « standard » ou « falc »).`);

  let inclusiveWriting: InclusivePolicy = 'point-median';
  if (input.inclusiveWriting === 'point-median' || input.inclusiveWriting === 'doublets' || input.inclusiveWriting === 'off') {
    inclusiveWriting = input.inclusiveWriting;
  } else if (input.inclusiveWriting !== undefined) {
    problems.push(`Écriture inclusive « ${JSON.stringify(input.inclusiveWriting)} » inconnue (attendu « point-median », « doublets » ou « off »).`);
  }

  const rules = new Map<string, RuleConfig>();
  if (isRecord(input.rules)) {
    for (const [id, value] of Object.entries(input.rules)) {
      if (ruleIds.length > 0 && !ruleIds.includes(id)) {
        const guess = closest(id, ruleIds);
        errors.push(`Règle « ${id} » inconnue${guess === undefined ? ' (voir docs/tone-rules.md)' : ` : vouliez-vous dire « ${guess} » ?`}`);
        continue;
      }
      const rule = readRule(id, value, problems);
      if (rule !== undefined) rules.set(id, rule);
    }
  } else if (input.rules !== undefined) problems.push('« rules » doit être un objet.');

  const dictionaries = isRecord(input.dictionaries) ? input.dictionaries : {};
  if (input.dictionaries !== undefined && !isRecord(input.dictionaries)) problems.push('« dictionaries » doit être un objet.');
  const acronyms: Record<string, string> = {};
  if (isRecord(dictionaries.acronyms)) {
    for (const [acronym, expansion] of Object.entries(dictionaries.acronyms)) {
      if (typeof expansion === 'string') acronyms[acronym.toUpperCase()] = expansion;
      else problems.push(`Sigle « ${acronym} » : la définition doit être un texte.`);
    }
  } else if (dictionaries.acronyms !== undefined) problems.push('« dictionaries.acronyms » doit être un objet { "SIGLE": "définition" }.');

  return {
    config: {
      profile,
      inclusiveWriting,
      rules,
      extraJargon: readEntries('jargon', dictionaries.jargon, problems),
      extraLatin: readEntries('latin', dictionaries.latin, problems),
      extraAnglicisms: readEntries('anglicisms', dictionaries.anglicisms, problems),
      acronyms,
      knownAcronyms: readStrings('dictionaries.knownAcronyms', dictionaries.knownAcronyms, problems).map((a) => a.toUpperCase()),
      ignore: readStrings('dictionaries.ignore', dictionaries.ignore, problems),
    },
    problems,
    errors,
  };
}
