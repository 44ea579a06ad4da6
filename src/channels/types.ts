/**
 * Types of `@ville-de-loos/ui/channels`: one validated notice, event or key figure in, one text per
 * channel out, each with its length in the channel's own count and the tone findings for it.
 */
import type { CivicEvent } from '../lib/events/model.js';
import type { InputProblem } from '../lib/invalid.js';
import type { KeyFigureModel } from '../lib/budget/key-figure.js';
import type { Notice } from '../lib/notices/model.js';
import type { ResolvedConfig, ToneConfig } from '../tone/config.js';
import type { Finding } from '../tone/types.js';

export const OUTPUT_CHANNELS = ['sms', 'push', 'facebook', 'linkedin', 'instagram', 'x', 'newsletter', 'press'] as const;
export type OutputChannel = (typeof OUTPUT_CHANNELS)[number];

/** A key figure ready to be told: its label, its model (`keyFigureModel`) and where it comes from. */
export interface KeyFigureContent {
  readonly kind: 'key-figure';
  readonly label: string;
  readonly figure: KeyFigureModel;
  /** « Budget primitif 2027 », « au 1er janvier 2027 ». */
  readonly period?: string;
  readonly source?: string;
  readonly href?: string;
  /** The day the figure is published (press release date). */
  readonly date?: Date;
}

export type ChannelContent = Notice | CivicEvent | KeyFigureContent;

export interface PressContact {
  readonly name: string;
  readonly role?: string;
  readonly phone?: string;
  readonly email?: string;
}

/** The city's voice: who signs, where, which hashtags, who answers journalists. */
export interface Brand {
  /** Who speaks: « Ville de Loos ». */
  readonly name: string;
  /** The place written on a press release: « Loos ». */
  readonly place: string;
  /** Hashtags always offered first, without « # » (« Loos »). */
  readonly hashtags: readonly string[];
  /** At most this many hashtags on Instagram. */
  readonly maxHashtags: number;
  readonly pressContact?: PressContact;
}

export interface ChannelsOptions {
  /** Channels to write, in this order. Default: all of them. */
  readonly channels?: readonly string[];
  /** The page on the city's site that every channel points to (else the content's own link). */
  readonly url?: string;
  readonly brand?: Partial<Brand>;
  /** The day of a press release about an event (notices and key figures carry their own). */
  readonly issued?: Date | string;
  /** Tone-of-voice configuration (a parsed `.loostonerc.json`). */
  readonly tone?: ToneConfig | ResolvedConfig;
}

/** One counted part of an output (the text; the title and body of a push notification). */
export interface Measure {
  /** « texte », « titre », « corps ». */
  readonly part: string;
  readonly length: number;
  readonly unit: string;
  /** Hard limit in the same unit (SMS: segments). */
  readonly limit?: number;
  /** SMS only. */
  readonly segments?: number;
  readonly encoding?: 'GSM-7' | 'UCS-2';
  readonly over: boolean;
}

export interface ChannelOutput {
  readonly channel: OutputChannel;
  /** French name of the channel. */
  readonly label: string;
  /** The text to publish (Markdown for the press release, the plain-text part for the newsletter). */
  readonly text: string;
  /** The press release as HTML; the newsletter block as a whole e-mail HTML document. */
  readonly html?: string;
  /** Push notification parts. */
  readonly title?: string;
  readonly body?: string;
  /** SMS: the same message with GSM-7 characters only, when the text needs UCS-2. */
  readonly gsm7?: { readonly text: string; readonly segments: number; readonly replaced: readonly string[] };
  readonly measures: readonly Measure[];
  /** True when a part is beyond the channel's hard limit: the notes say what to shorten. */
  readonly overLimit: boolean;
  /** What a writer should know, in French (encoding, shortening, missing configuration). */
  readonly notes: readonly string[];
  /** `checkText` findings for this channel. */
  readonly findings: readonly Finding[];
}

export interface ChannelsResult {
  readonly outputs: readonly ChannelOutput[];
  readonly problems: readonly InputProblem[];
}
