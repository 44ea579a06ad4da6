/**
 * Lengths as each platform counts them: graphemes (what a person sees as one character),
 * X's weighted count, SMS septets / code units.
 */
import type { Channel } from './channels.js';
import { graphemeCount, graphemes } from './segment.js';
import { smsInfo } from './sms.js';
import type { Span } from './types.js';

/** X counts every URL as 23, whatever its length (t.co wrapping). */
export const X_URL_WEIGHT = 23;

/**
 * X (twitter-text v3 configuration): code points in these ranges weigh 1, all others 2;
 * an emoji sequence weighs 2 as a whole. Note that U+202F (narrow no-break space) weighs 2.
 */
const X_LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff], [0x2000, 0x200d], [0x2010, 0x201f], [0x2032, 0x2037],
];

const EMOJI = /\p{Extended_Pictographic}/u;

function xWeight(codePoint: number): number {
  return X_LIGHT_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high) ? 1 : 2;
}

/** X's weighted length of a text whose URLs are at `urls` (offsets into `text`). */
export function xLength(text: string, urls: readonly Span[]): number {
  let total = 0;
  let cursor = 0;
  const sorted = [...urls].sort((a, b) => a.start - b.start);
  const weighPlain = (piece: string): void => {
    for (const grapheme of graphemes(piece.normalize('NFC'))) {
      if (EMOJI.test(grapheme)) {
        total += 2;
        continue;
      }
      for (const char of grapheme) total += xWeight(char.codePointAt(0) ?? 0);
    }
  };
  for (const url of sorted) {
    if (url.start < cursor) continue;
    weighPlain(text.slice(cursor, url.start));
    total += X_URL_WEIGHT;
    cursor = url.end;
  }
  weighPlain(text.slice(cursor));
  return total;
}

export interface ChannelLength {
  /** In the channel's own unit. */
  readonly length: number;
  readonly unit: 'caractères' | 'caractères pondérés' | 'septets' | 'unités UTF-16';
  readonly max?: number;
  /** SMS only. */
  readonly segments?: number;
  readonly encoding?: 'GSM-7' | 'UCS-2';
}

export function channelLength(text: string, channel: Channel, urls: readonly Span[]): ChannelLength {
  switch (channel.lengthMode) {
    case 'x-weighted':
      return { length: xLength(text, urls), unit: 'caractères pondérés', max: channel.maxLength ?? 280 };
    case 'sms': {
      const info = smsInfo(text);
      return {
        length: info.units, unit: info.encoding === 'GSM-7' ? 'septets' : 'unités UTF-16',
        max: info.singleLimit, segments: info.segments, encoding: info.encoding,
      };
    }
    case 'graphemes': {
      const length = graphemeCount(text);
      return channel.maxLength === undefined ? { length, unit: 'caractères' } : { length, unit: 'caractères', max: channel.maxLength };
    }
  }
}
