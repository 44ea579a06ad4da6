/** Every rule, in the order findings are documented (docs/tone-rules.md). */
import type { Rule } from '../types.js';
import { acronyms } from './acronyms.js';
import { channelLimit, channelLinks, keyPoint, smsEncoding, titleLength } from './channel.js';
import { capitals, exclamation } from './emphasis.js';
import { doubleNegation, loneNe, missingNe, passiveVoice } from './grammar.js';
import { inclusiveWriting } from './inclusive.js';
import { imageAlt, linkText } from './links.js';
import { commas, conjunctions, readability, sentenceLength } from './sentences.js';
import { emojiAsWord, emojiCount, hashtagCase, hashtagCount } from './social.js';
import { currency, doubleSpace, ellipsis, guillemets, ordinals, punctuationSpace, straightQuotes, thousands } from './typography.js';
import { accentedCapitals, hours, spacing } from './times-accents.js';
import { anglicisms, jargon, latin, relativeDates } from './vocabulary.js';

export const RULES: readonly Rule[] = [
  sentenceLength, readability, commas, conjunctions,
  jargon, latin, anglicisms, acronyms, relativeDates,
  passiveVoice, loneNe, missingNe, doubleNegation,
  capitals, exclamation,
  punctuationSpace, guillemets, straightQuotes, hours, accentedCapitals, spacing, thousands, currency, ordinals, ellipsis, doubleSpace,
  titleLength, keyPoint, hashtagCase, hashtagCount, emojiCount, emojiAsWord,
  channelLimit, smsEncoding, channelLinks,
  inclusiveWriting, linkText, imageAlt,
];
