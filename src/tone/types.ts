/**
 * Types shared by the tone-of-voice linter. Everything in `src/tone/` is plain TypeScript
 * without dependencies, so that the same code runs in Node (CLI, CI) and in the browser
 * (`<loos-tone-checker>`).
 */
import type { Channel, ChannelId } from './channels.js';
import type { ResolvedConfig } from './config.js';
import type { Sentence, Word } from './segment.js';

export type Severity = 'error' | 'warning' | 'info';

/** A safe, mechanical correction: replace `text.slice(start, end)` by `text`. */
export interface Fix {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One thing found in a text. Offsets are UTF-16 indices into the text as given. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** A French sentence the writer can act on. */
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** A plainer wording or a corrected form, to show to the writer. */
  readonly suggestion?: string;
  /** Present only for typography corrections that cannot change the meaning (`--fix`). */
  readonly fix?: Fix;
}

/** What a rule reports before the engine adds its id and severity. */
export interface Report {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly suggestion?: string;
  readonly fix?: Fix;
  /** Overrides the rule's severity for this finding (e.g. « error » past a second threshold). */
  readonly severity?: Severity;
}

/** A hyperlink, URL or e-mail address found (and masked) in the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Everything a rule may read. Built once per `checkText` call. */
export interface RuleContext {
  /** The text as given. */
  readonly text: string;
  /** The same text with code, URLs, HTML and front matter replaced by spaces (same offsets). */
  readonly masked: string;
  readonly urls: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly words: readonly Word[];
  readonly channel: Channel;
  readonly channelId: ChannelId;
  readonly config: ResolvedConfig;
  /** A numeric option of the current rule, from the configuration or the default. */
  option(name: string, fallback: number): number;
}

export interface Rule {
  readonly id: string;
  /** One French sentence: what the rule checks. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Rules that only make sense for some channels say so here; the others always run. */
  readonly appliesTo?: (channel: Channel) => boolean;
  check(context: RuleContext): Iterable<Report>;
}
