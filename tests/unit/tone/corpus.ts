/**
 * The annotated corpus (tests/fixtures/tone/corpus/*.md): realistic municipal texts written
 * for the purpose, each with the findings a plain-language editor expects, marked inline:
 *
 *   canal: web
 *
 *   Nous allons ⟦jargon|procéder à la fermeture⟧ du parc.
 *
 * `⟦rule|text⟧` says « this rule should flag (part of) this text »; marks nest, so a long
 * sentence can hold a jargon mark. A finding is right when a mark of the same rule overlaps
 * it; a mark no finding overlaps is a miss. Precision and recall follow. Pure functions, so
 * that `npm run bench` (bundled by esbuild) and the unit tests share them.
 */

export interface Expected {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
}

export interface CorpusText {
  readonly name: string;
  readonly channel: string;
  readonly text: string;
  readonly expected: readonly Expected[];
}

export interface FoundLike {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
}

const OPEN = '⟦';
const CLOSE = '⟧';

/** Reads one annotated file: a `canal:` line, a blank line, then the text with its marks. */
export function parseAnnotated(name: string, source: string): CorpusText {
  const header = /^canal:\s*(\S+)\s*\n\n?/u.exec(source);
  const channel = header?.[1] ?? 'web';
  const body = source.slice(header?.[0].length ?? 0).replace(/\n+$/u, '\n');
  let text = '';
  const open: { rule: string; start: number }[] = [];
  const expected: Expected[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === OPEN) {
      const bar = body.indexOf('|', i);
      open.push({ rule: body.slice(i + 1, bar), start: text.length });
      i = bar;
    } else if (c === CLOSE) {
      const mark = open.pop();
      if (mark === undefined) throw new Error(`${name}: « ${CLOSE} » sans « ${OPEN} » à la position ${String(i)}`);
      expected.push({ rule: mark.rule, start: mark.start, end: text.length });
    } else {
      text += c;
    }
  }
  if (open.length > 0) throw new Error(`${name}: marque « ${open[0]?.rule ?? ''} » non fermée`);
  return { name, channel, text, expected };
}

export interface TextScore {
  readonly name: string;
  readonly channel: string;
  readonly findings: number;
  readonly right: number;
  readonly expected: number;
  readonly found: number;
  /** Findings no mark explains: false alarms. */
  readonly falseAlarms: readonly { rule: string; text: string }[];
  /** Marks no finding covers: misses. */
  readonly misses: readonly { rule: string; text: string }[];
}

const overlaps = (a: FoundLike, b: Expected): boolean => a.rule === b.rule && a.start < Math.max(b.end, b.start + 1) && Math.max(a.end, a.start + 1) > b.start;

/** Pairs findings with marks one to one (a mark explains one finding, a finding one mark). */
export function scoreText(doc: CorpusText, findings: readonly FoundLike[]): TextScore {
  const used = new Set<number>();
  const falseAlarms: { rule: string; text: string }[] = [];
  for (const finding of findings) {
    const index = doc.expected.findIndex((e, i) => !used.has(i) && overlaps(finding, e));
    if (index === -1) falseAlarms.push({ rule: finding.rule, text: doc.text.slice(finding.start, finding.end) });
    else used.add(index);
  }
  const misses = doc.expected.filter((_, i) => !used.has(i)).map((e) => ({ rule: e.rule, text: doc.text.slice(e.start, e.end) }));
  return {
    name: doc.name, channel: doc.channel, findings: findings.length, right: findings.length - falseAlarms.length,
    expected: doc.expected.length, found: used.size, falseAlarms, misses,
  };
}

export interface CorpusScore {
  readonly texts: number;
  readonly findings: number;
  readonly right: number;
  readonly expected: number;
  readonly found: number;
  /** Share of findings that are right. */
  readonly precision: number;
  /** Share of expected findings that are found. */
  readonly recall: number;
  readonly perText: readonly TextScore[];
}

export function scoreCorpus(docs: readonly CorpusText[], check: (text: string, channel: string) => readonly FoundLike[]): CorpusScore {
  const perText = docs.map((doc) => scoreText(doc, check(doc.text, doc.channel)));
  const sum = (key: 'findings' | 'right' | 'expected' | 'found'): number => perText.reduce((n, t) => n + t[key], 0);
  const findings = sum('findings');
  const expected = sum('expected');
  return {
    texts: docs.length, findings, right: sum('right'), expected, found: sum('found'),
    precision: findings === 0 ? 1 : sum('right') / findings,
    recall: expected === 0 ? 1 : sum('found') / expected,
    perText,
  };
}
