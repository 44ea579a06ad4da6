/**
 * French typography, after the Imprimerie nationale's « Lexique des règles typographiques en
 * usage à l’Imprimerie nationale »: espace fine insécable (U+202F) before « ; ! ? » and inside
 * « », espace insécable (U+00A0) before « : » and « € », thousands grouped by a narrow space,
 * « 1er », « 1re », « 2e ». These are the only corrections `--fix` applies.
 */
import type { Report, Rule, RuleContext } from '../types.js';
import { isNbsp, isProse, NBSP, NNBSP, scan } from './util.js';

/** Rules of French typography: off on the SMS channel, where a non-breaking space forces UCS-2. */
export const french = { appliesTo: (channel: { frenchTypography: boolean }) => channel.frenchTypography };

function spaceBefore(context: RuleContext, index: number, space: string, what: string): Report | undefined {
  const previous = context.masked.charAt(index - 1);
  if (isNbsp(previous)) return undefined;
  if (previous === ' ') {
    if (!isProse(context, index - 1, index + 1)) return undefined;
    return { start: index - 1, end: index + 1, message: `Espace insécable avant « ${what} » (l’espace ordinaire laisse « ${what} » seul en début de ligne).`, fix: { start: index - 1, end: index, text: space } };
  }
  if (!isProse(context, index - 1, index + 1)) return undefined;
  return { start: index - 1, end: index + 1, message: `Espace insécable manquante avant « ${what} ».`, fix: { start: index, end: index, text: space } };
}

export const punctuationSpace: Rule = {
  id: 'typo-punctuation-space',
  description: 'Espace insécable avant « ; », « : », « ! », « ? ».',
  defaultSeverity: 'warning',
  ...french,
  *check(context) {
    const text = context.masked;
    for (const m of scan(/[;:!?]/gu, text)) {
      const i = m.index;
      const mark = m[0];
      const previous = text.charAt(i - 1);
      const next = text.charAt(i + 1);
      if (i === 0 || previous === '\n' || /[!?;:]/u.test(previous)) continue;
      if (previous === ' ' && (i < 2 || /\s/u.test(text.charAt(i - 2)))) continue;
      if (mark === ':' && !(next === '' || /\s/u.test(next))) continue; // 14:30, « http: », :)
      if (mark !== ':' && /[\p{L}\p{N}=&/[]/u.test(next)) continue; // query strings « ?id= », images « ![ »
      if (mark === ';' && /&[a-z]+$|&#\d+$/iu.test(text.slice(Math.max(0, i - 8), i))) continue; // HTML entity
      const report = spaceBefore(context, i, mark === ':' ? NBSP : NNBSP, mark);
      if (report !== undefined) yield report;
    }
  },
};

export const guillemets: Rule = {
  id: 'typo-guillemets',
  description: 'Espaces insécables à l’intérieur des guillemets « ».',
  defaultSeverity: 'warning',
  ...french,
  *check(context) {
    const text = context.masked;
    const reversed = [...wrongQuotes(text)];
    for (const m of scan(/[«»]/gu, text)) {
      const i = m.index;
      if (reversed.some((q) => i >= q.start && i < q.end)) continue; // « typo-quotes » turns them round
      const opening = m[0] === '«';
      const neighbour = opening ? i + 1 : i - 1;
      const c = text.charAt(neighbour);
      if (isNbsp(c) || c === '' || c === '\n') continue;
      const message = `Espace insécable ${opening ? 'après « « »' : 'avant « » »'} : les guillemets ne doivent pas se séparer du texte.`;
      if (!isProse(context, Math.min(i, neighbour), Math.max(i, neighbour) + 1)) continue;
      if (c === ' ') {
        yield { start: Math.min(i, neighbour), end: Math.max(i, neighbour) + 1, message, fix: { start: neighbour, end: neighbour + 1, text: NNBSP } };
      } else {
        const at = opening ? i + 1 : i;
        yield { start: Math.min(i, neighbour), end: Math.max(i, neighbour) + 1, message, fix: { start: at, end: at, text: NNBSP } };
      }
    }
  },
};

/** Quotations between straight or English quotes, or between guillemets turned the wrong way. */
function* wrongQuotes(text: string): Generator<{ start: number; end: number }> {
  for (const m of scan(/["“”]([^"“”«»\n]{1,200})["“”]/gu, text)) yield { start: m.index, end: m.index + m[0].length };
  // » … « : a closing guillemet while none is open starts a reversed pair.
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') open = false;
    else if (c === '«') open = true;
    else if (c === '»' && open) open = false;
    else if (c === '»') {
      const next = text.indexOf('«', i);
      const line = text.indexOf('\n', i);
      if (next === -1 || (line !== -1 && line < next) || next - i > 200) continue;
      yield { start: i, end: next + 1 };
      i = next;
    }
  }
}

export const straightQuotes: Rule = {
  id: 'typo-quotes',
  description: 'Guillemets droits "…", anglais “…” ou inversés » … « : en français, « … ».',
  defaultSeverity: 'warning',
  ...french,
  *check(context) {
    for (const q of wrongQuotes(context.masked)) {
      // The inner text comes from the original: a masked URL inside the quotes must survive the fix.
      const right = `«${NNBSP}${context.text.slice(q.start + 1, q.end - 1).trim()}${NNBSP}»`;
      yield { start: q.start, end: q.end, message: 'Guillemets : en français, utilisez les guillemets « … ».', suggestion: right, fix: { start: q.start, end: q.end, text: right } };
    }
  },
};

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
const UNIT_AFTER = /^[\s\u00A0\u202F]?(?:€|euros?|habitants|m²|m2|km|kg|personnes|places|logements|agents|élèves|arbres|visiteurs|repas)(?![\p{L}])/u;

export const thousands: Rule = {
  id: 'typo-thousands',
  description: 'Séparateur de milliers : « 12 500 » (espace fine insécable), pas « 12500 ».',
  defaultSeverity: 'warning',
  ...french,
  *check(context) {
    const text = context.masked;
    // At most 24 digits: a longer run is no amount (and grouping it would take quadratic time).
    for (const m of scan(/(?<![\p{N}.,\u00A0\u202F/+#°-])\d{4,24}(?![\p{N}]|[.,/-]\d)/gu, text)) {
      const digits = m[0];
      const after = text.slice(m.index + digits.length, m.index + digits.length + 16);
      const before = text.slice(Math.max(0, m.index - 5), m.index);
      if (digits.startsWith('0') || /(?:n°|no|réf|code)\s?$/iu.test(before)) continue; // phone numbers, references
      if (digits.length === 4 && !UNIT_AFTER.test(after)) continue; // years: « 2025 »
      if (digits.length === 5 && /^\s\p{Lu}/u.test(after)) continue; // postal code: « 59120 Loos »
      yield {
        start: m.index,
        end: m.index + digits.length,
        message: `« ${digits} » : séparez les milliers par une espace fine insécable (« ${group(digits)} »).`,
        suggestion: group(digits),
        fix: { start: m.index, end: m.index + digits.length, text: group(digits) },
      };
    }
  },
};

export const currency: Rule = {
  id: 'typo-currency',
  description: 'Symbole euro après le nombre, séparé par une espace insécable : « 12 € ».',
  defaultSeverity: 'warning',
  ...french,
  *check(context) {
    const text = context.masked;
    for (const m of scan(/(\d)( ?)€/gu, text)) {
      const spaceAt = m.index + 1;
      if (!isProse(context, m.index, m.index + m[0].length)) continue;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        message: 'Espace insécable entre le nombre et « € » : « 12 € ».',
        fix: { start: spaceAt, end: spaceAt + (m[2] ?? '').length, text: NBSP },
      };
    }
    for (const m of scan(/€[\s\u00A0]?(\d[\d\u202F\u00A0]*(?:,\d+)?)/gu, text)) {
      yield { start: m.index, end: m.index + m[0].length, message: 'Le symbole « € » se place après le montant : « 12 € ».', suggestion: `${m[1] ?? ''}${NBSP}€` };
    }
  },
};

const ORDINAL = /(?<![\p{L}\p{N}])(\d+)(ères|ère|eres|ere|ières|ière|ièmes|ième|èmes|ème|emes|eme|è|ier|nde|nd)(?![\p{L}])/gu;

function ordinal(n: string, suffix: string): string {
  const isPlural = suffix.endsWith('s');
  if (n === '1' && /^(?:ère|ere|ière|nde)/u.test(suffix)) return `1re${isPlural ? 's' : ''}`;
  if (n === '1' && /^(?:ier|nd)/u.test(suffix)) return '1er';
  return `${n}e${isPlural ? 's' : ''}`;
}

export const ordinals: Rule = {
  id: 'typo-ordinals',
  description: 'Abréviations des ordinaux : « 1er », « 1re », « 2e » (pas « 2ème », « 1ère »).',
  defaultSeverity: 'warning',
  *check(context) {
    for (const m of scan(ORDINAL, context.masked)) {
      const right = ordinal(m[1] ?? '', m[2] ?? '');
      yield { start: m.index, end: m.index + m[0].length, message: `« ${m[0]} » : écrivez « ${right} ».`, suggestion: right, fix: { start: m.index, end: m.index + m[0].length, text: right } };
    }
  },
};

export const ellipsis: Rule = {
  id: 'typo-ellipsis',
  description: 'Points de suspension : un seul caractère « … ».',
  defaultSeverity: 'info',
  ...french,
  *check(context) {
    for (const m of scan(/(?<!\.)\.{3}(?!\.)/gu, context.masked)) {
      yield { start: m.index, end: m.index + 3, message: 'Points de suspension : utilisez le caractère « … ».', suggestion: '…', fix: { start: m.index, end: m.index + 3, text: '…' } };
    }
  },
};

export const doubleSpace: Rule = {
  id: 'typo-double-space',
  description: 'Espaces multiples entre deux mots.',
  defaultSeverity: 'info',
  *check(context) {
    for (const m of scan(/(?<=\S) {2,}(?=\S)/gu, context.masked)) {
      if (!isProse(context, m.index - 1, m.index + m[0].length + 1)) continue;
      yield { start: m.index, end: m.index + m[0].length, message: 'Espaces multiples : une seule espace entre deux mots.', fix: { start: m.index, end: m.index + m[0].length, text: ' ' } };
    }
  },
};
