/**
 * The engine: mask, segment, run each rule, clamp and sort findings. It never throws: a
 * rule that fails is reported in `problems`, and the other rules still run.
 */
import { CHANNELS, isChannelId, type Channel, type ChannelId } from './channels.js';
import { DEFAULT_CONFIG, resolveConfig, type ResolvedConfig, type ToneConfig } from './config.js';
import { channelLength, type ChannelLength } from './length.js';
import { maskText } from './markdown.js';
import { PROFILES } from './profiles.js';
import { readabilityOf, type Readability } from './readability.js';
import { RULES } from './rules/index.js';
import { splitSentences, wordsIn } from './segment.js';
import type { Finding, Fix, Report, Rule, RuleContext, Severity } from './types.js';

export interface CheckOptions {
  /** The channel the text is written for (a `ChannelId`). Default `web`. */
  readonly channel?: string;
  /** A parsed `.loostonerc.json`, or a configuration from `resolveConfig`. */
  readonly config?: ToneConfig | ResolvedConfig;
  /** Treat the text as Markdown (mask code, front matter, HTML, link targets). Default true. */
  readonly markdown?: boolean;
}

export interface Analysis {
  readonly findings: readonly Finding[];
  readonly readability: Readability;
  readonly length: ChannelLength;
  readonly channel: Channel;
  /** Configuration or internal problems, in French. */
  readonly problems: readonly string[];
}

const isResolved = (config: ToneConfig | ResolvedConfig): config is ResolvedConfig => config.rules instanceof Map;

function configOf(input: CheckOptions['config'], problems: string[]): ResolvedConfig {
  if (input === undefined) return DEFAULT_CONFIG;
  if (typeof input === 'object' && isResolved(input)) return input;
  const result = resolveConfig(input, RULES.map((r) => r.id));
  problems.push(...result.errors, ...result.problems);
  return result.config;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function analyse(input: unknown, options: CheckOptions = {}): Analysis {
  const text = typeof input === 'string' ? input : '';
  const problems: string[] = [];
  if (typeof input !== 'string') problems.push('Le texte à vérifier doit être une chaîne de caractères.');
  let channelId: ChannelId = 'web';
  if (isChannelId(options.channel)) channelId = options.channel;
  else if (options.channel !== undefined) problems.push(`Canal « ${options.channel} » inconnu : la page web sert de référence.`);
  const channel = CHANNELS[channelId];
  const config = configOf(options.config, problems);
  const profile = PROFILES[config.profile];

  const { masked, urls } = maskText(text, { markdown: options.markdown !== false });
  const sentences = splitSentences(masked);
  const words = sentences.length === 0 ? wordsIn(masked) : sentences.flatMap((s) => s.words);

  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = config.rules.get(rule.id);
    if (setting?.enabled === false) continue;
    if (rule.appliesTo !== undefined && !rule.appliesTo(channel)) continue;
    const defaults = profile.options[rule.id] ?? {};
    const context: RuleContext = {
      text, masked, urls, sentences, words, channel, channelId, config,
      option: (name, fallback) => setting?.options[name] ?? defaults[name] ?? fallback,
    };
    try {
      for (const report of rule.check(context)) findings.push(toFinding(rule, report, setting?.severity, profile.severities[rule.id], text.length));
    } catch (error) {
      problems.push(`La règle « ${rule.id} » a échoué sur ce texte (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule));
  return { findings, readability: readabilityOf(sentences), length: channelLength(text, channel, urls), channel, problems };
}

function clamp(value: number, length: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(0, Math.trunc(value)), length) : 0;
}

function toFinding(rule: Rule, report: Report, configured: Severity | undefined, profiled: Severity | undefined, length: number): Finding {
  const start = clamp(report.start, length);
  const end = Math.max(start, clamp(report.end, length));
  const severity = configured ?? report.severity ?? profiled ?? rule.defaultSeverity;
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = { rule: rule.id, severity, message: report.message, start, end };
  if (report.suggestion !== undefined) finding.suggestion = report.suggestion;
  if (report.fix !== undefined) {
    const fixStart = clamp(report.fix.start, length);
    finding.fix = { start: fixStart, end: Math.max(fixStart, clamp(report.fix.end, length)), text: report.fix.text };
  }
  return finding;
}

/** Findings for a text (see `analyse` for the score, the length and configuration problems). */
export function checkText(text: unknown, options: CheckOptions = {}): Finding[] {
  return [...analyse(text, options).findings];
}

/** Applies the safe fixes (typography only), last first so that offsets stay valid. */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const fixes = findings.map((f) => f.fix).filter((f): f is Fix => f !== undefined).sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  let cursor = -1;
  for (const fix of fixes) {
    if (fix.start < cursor || (fix.start === cursor && fix.end === fix.start && chosen.at(-1)?.end === fix.start)) continue;
    chosen.push(fix);
    cursor = fix.end;
  }
  let out = text;
  for (const fix of [...chosen].reverse()) out = out.slice(0, fix.start) + fix.text + out.slice(fix.end);
  return { text: out, applied: chosen.length };
}
