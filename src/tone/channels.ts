/**
 * The city's channels and their constraints. Figures come from the platforms' own limits
 * (Meta, X, LinkedIn), GSM 03.38 for SMS and the city's editorial choices (docs/channels.md).
 */

export type ChannelId =
  | 'web' | 'notice' | 'event' | 'newsletter' | 'facebook' | 'instagram'
  | 'x' | 'linkedin' | 'sms' | 'push' | 'press';

export type LengthMode = 'graphemes' | 'x-weighted' | 'sms';

export interface Channel {
  readonly id: ChannelId;
  /** French name shown to people. */
  readonly label: string;
  readonly lengthMode: LengthMode;
  /** Hard limit: the platform cuts or refuses beyond it. */
  readonly maxLength?: number;
  /** Editorial advice: beyond it, readers drop off. */
  readonly recommendedLength?: number;
  /** Characters visible before « voir plus » / the subject's useful part: the key point goes there. */
  readonly keyPointWithin?: number;
  /** The first line is a title or subject with this maximum length. */
  readonly firstLineTitleMax?: number;
  /** Maximum length of Markdown headings. */
  readonly titleMax: number;
  readonly maxHashtags: number;
  readonly recommendedHashtags: number;
  readonly maxEmoji: number;
  /** False where links are not clickable (Instagram captions). */
  readonly linksWork: boolean;
  /** False for content that stays online or is read later without a date (web page, notice…). */
  readonly relativeDatesAllowed: boolean;
  /** False where non-breaking spaces and French quotes cost (SMS: they force UCS-2). */
  readonly frenchTypography: boolean;
  /** SMS: the number of segments that triggers a warning / an error. */
  readonly smsSegments?: { readonly warning: number; readonly error: number };
}

const base = {
  lengthMode: 'graphemes',
  titleMax: 70,
  maxHashtags: 0,
  recommendedHashtags: 0,
  maxEmoji: 0,
  linksWork: true,
  relativeDatesAllowed: false,
  frenchTypography: true,
} as const;

export const CHANNELS: Readonly<Record<ChannelId, Channel>> = {
  web: { ...base, id: 'web', label: 'Page du site web', titleMax: 70 },
  notice: { ...base, id: 'notice', label: 'Avis officiel', titleMax: 80, recommendedLength: 1500 },
  event: { ...base, id: 'event', label: 'Événement (agenda)', titleMax: 60, maxEmoji: 1, recommendedLength: 800 },
  newsletter: {
    ...base, id: 'newsletter', label: 'Lettre d’information', firstLineTitleMax: 50, keyPointWithin: 33,
    maxEmoji: 1, relativeDatesAllowed: true,
  },
  facebook: {
    ...base, id: 'facebook', label: 'Facebook', maxLength: 63206, recommendedLength: 500, keyPointWithin: 125,
    maxHashtags: 30, recommendedHashtags: 3, maxEmoji: 3, relativeDatesAllowed: true,
  },
  instagram: {
    ...base, id: 'instagram', label: 'Instagram', maxLength: 2200, keyPointWithin: 125,
    maxHashtags: 30, recommendedHashtags: 5, maxEmoji: 5, linksWork: false, relativeDatesAllowed: true,
  },
  x: {
    ...base, id: 'x', label: 'X (Twitter)', lengthMode: 'x-weighted', maxLength: 280,
    maxHashtags: 30, recommendedHashtags: 2, maxEmoji: 2, relativeDatesAllowed: true,
  },
  linkedin: {
    ...base, id: 'linkedin', label: 'LinkedIn', maxLength: 3000, keyPointWithin: 210,
    maxHashtags: 30, recommendedHashtags: 5, maxEmoji: 3, relativeDatesAllowed: true,
  },
  sms: {
    ...base, id: 'sms', label: 'SMS', lengthMode: 'sms', frenchTypography: false, relativeDatesAllowed: true,
    smsSegments: { warning: 2, error: 4 },
  },
  push: {
    ...base, id: 'push', label: 'Notification push', maxLength: 178, recommendedLength: 120, firstLineTitleMax: 50,
    maxEmoji: 1, relativeDatesAllowed: true,
  },
  press: { ...base, id: 'press', label: 'Communiqué de presse', titleMax: 100, recommendedLength: 3000 },
};

export const CHANNEL_IDS = Object.keys(CHANNELS) as ChannelId[];

export function isChannelId(value: unknown): value is ChannelId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CHANNELS, value);
}
