/**
 * `@ville-de-loos/ui/tone` — the city's tone-of-voice linter for French. Pure TypeScript,
 * no dependency: the same code runs in Node (CLI `loos-tone`, CI) and in the browser
 * (`<loos-tone-checker>`).
 *
 * ```ts
 * import { checkText } from '@ville-de-loos/ui/tone';
 * checkText('Nous allons procéder à la fermeture de la piscine.', { channel: 'web' });
 * ```
 */
export { analyse, applyFixes, checkText, type Analysis, type CheckOptions } from './engine.js';
export { CHANNEL_IDS, CHANNELS, isChannelId, type Channel, type ChannelId } from './channels.js';
export { DEFAULT_CONFIG, resolveConfig, type InclusivePolicy, type Profile, type ResolvedConfig, type ToneConfig } from './config.js';
export { bandOf, kandelMoles, readabilityOf, type Readability, type ReadabilityBand } from './readability.js';
export { countSyllables } from './syllables.js';
export { graphemeCount, graphemes, splitSentences, ABBREVIATIONS, type Sentence, type Word } from './segment.js';
export { maskText } from './markdown.js';
export { channelLength, xLength, X_URL_WEIGHT, type ChannelLength } from './length.js';
export { isGsm7, smsInfo, GSM_REPLACEMENTS, type SmsInfo } from './sms.js';
export { RULES } from './rules/index.js';
export { JARGON } from './dictionaries/jargon.js';
export { LATIN } from './dictionaries/latin.js';
export { ANGLICISMS } from './dictionaries/anglicisms.js';
export { LOCAL_ACRONYMS, WELL_KNOWN } from './dictionaries/acronyms.js';
export { RELATIVE_DATES } from './dictionaries/relative-dates.js';
export type { DictionaryEntry } from './dictionary.js';
export type { Finding, Fix, Rule, Severity } from './types.js';
