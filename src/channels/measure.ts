/** Counting each output as its platform counts it, and reading it with the tone linter. */
import { analyse } from '../tone/engine.js';
import { CHANNELS, type ChannelId } from '../tone/channels.js';
import { channelLength } from '../tone/length.js';
import { maskText } from '../tone/markdown.js';
import type { ResolvedConfig, ToneConfig } from '../tone/config.js';
import { graphemeCount } from '../tone/segment.js';
import { GSM_REPLACEMENTS, smsInfo } from '../tone/sms.js';
import type { Finding } from '../tone/types.js';
import type { Measure } from './types.js';

/** More segments than this and the city's tone configuration calls the SMS an error (`channel-length`). */
export const SMS_MAX_SEGMENTS = 3;
export const PUSH_TITLE_MAX = 50;
export const PUSH_BODY_MAX = 120;

export type ToneOption = ToneConfig | ResolvedConfig | undefined;

export function findingsFor(text: string, channel: ChannelId, tone: ToneOption): Finding[] {
  return [...analyse(text, tone === undefined ? { channel } : { channel, config: tone }).findings];
}

/** Length in the channel's own count (graphemes, X weighted with URLs as 23, SMS units), with its hard limit. */
export function measureText(text: string, channel: ChannelId, limit: number | undefined, part = 'texte'): Measure {
  // Only the count is needed here: the URLs (X counts each as 23) without running every rule.
  const length = channelLength(text, CHANNELS[channel], maskText(text, { markdown: channel === 'press' }).urls);
  if (length.segments !== undefined) {
    return {
      part, length: length.length, unit: length.unit, limit: SMS_MAX_SEGMENTS, segments: length.segments,
      ...(length.encoding === undefined ? {} : { encoding: length.encoding }), over: length.segments > SMS_MAX_SEGMENTS,
    };
  }
  return { part, length: length.length, unit: length.unit, ...(limit === undefined ? {} : { limit }), over: limit !== undefined && length.length > limit };
}

/** A part counted in graphemes against a limit of the city's own (push title and body). */
export function measureGraphemes(text: string, limit: number, part: string): Measure {
  const length = graphemeCount(text);
  return { part, length, unit: 'caractères', limit, over: length > limit };
}

/** The GSM-7 wording of a text: each replaced character is named, nothing disappears unsaid. */
export function gsm7Wording(text: string): { text: string; replaced: string[]; unknown: string[] } {
  const replaced: string[] = [];
  const unknown: string[] = [];
  let out = '';
  for (const { char } of smsInfo(text).outsideGsm) {
    const replacement = GSM_REPLACEMENTS[char];
    if (replacement === undefined) unknown.push(char);
    else replaced.push(`« ${shown(char)} » → « ${replacement} »`);
  }
  for (const char of text) out += GSM_REPLACEMENTS[char] ?? char;
  return { text: out, replaced, unknown };
}

/** A character as a person can read it in a note (spaces have no visible shape). */
export function shown(char: string): string {
  if (char === '\u00a0') return 'espace insécable';
  if (char === '\u202f' || char === '\u2009') return 'espace fine';
  return char;
}

/** The first candidate that a test accepts, else the last one (the shortest a channel can write). */
export function firstFitting<T>(candidates: readonly T[], fits: (candidate: T) => boolean): { chosen: T; fitted: boolean } {
  for (const candidate of candidates) if (fits(candidate)) return { chosen: candidate, fitted: true };
  const last = candidates.at(-1);
  if (last === undefined) throw new RangeError('firstFitting needs at least one candidate');
  return { chosen: last, fitted: false };
}
