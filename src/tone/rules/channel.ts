/** Channel limits: length, SMS encoding, links, key point position, titles. */
import { channelLength } from '../length.js';
import { graphemeCount, graphemes } from '../segment.js';
import { GSM_REPLACEMENTS, smsInfo } from '../sms.js';
import type { Rule, RuleContext } from '../types.js';
import { quote, scan } from './util.js';

const fr = (n: number): string => n.toLocaleString('fr-FR');

/** UTF-16 offset of the `count`-th grapheme (where a limit cuts the text). */
function offsetOfGrapheme(text: string, count: number): number {
  let offset = 0;
  let seen = 0;
  for (const g of graphemes(text)) {
    if (seen === count) return offset;
    offset += g.length;
    seen++;
  }
  return text.length;
}

export const channelLimit: Rule = {
  id: 'channel-length',
  description: 'Longueur maximale du canal (caractères visibles ; X : pondérée, une URL compte 23 ; SMS : segments).',
  defaultSeverity: 'error',
  appliesTo: (channel) => channel.maxLength !== undefined || channel.recommendedLength !== undefined || channel.lengthMode === 'sms',
  *check(context) {
    const { channel, text } = context;
    const length = channelLength(text, channel, context.urls);
    const end = text.length;
    if (channel.lengthMode === 'sms') {
      const segments = length.segments ?? 0;
      const warnAbove = context.option('maxSegments', 1);
      const errorAbove = context.option('errorSegments', 3);
      if (segments <= warnAbove) return;
      const cut = length.encoding === 'GSM-7' ? offsetOfSeptets(text, length.max ?? 160) : Math.min(end, length.max ?? 70);
      yield {
        start: Math.min(cut, end), end,
        severity: segments > errorAbove ? 'error' : 'warning',
        message: `SMS de ${fr(length.length)} ${length.unit} en ${length.encoding ?? ''} : ${segments} segments facturés (${fr(length.max ?? 0)} caractères pour un seul).`,
      };
      return;
    }
    const max = context.option('max', channel.maxLength ?? Infinity);
    if (length.length > max) {
      const cut = channel.lengthMode === 'graphemes' ? offsetOfGrapheme(text, max) : Math.min(end, max);
      yield {
        start: Math.min(cut, end), end,
        message: `${fr(length.length)} ${length.unit} : « ${channel.label} » en accepte ${fr(max)} au plus.`,
      };
      return;
    }
    const recommended = context.option('recommended', channel.recommendedLength ?? Infinity);
    if (channel.lengthMode === 'graphemes' && length.length > recommended) {
      yield {
        start: offsetOfGrapheme(text, recommended), end, severity: 'warning',
        message: `${fr(length.length)} caractères : au-delà de ${fr(recommended)}, les lecteurs décrochent sur « ${channel.label} ». Resserrez ou renvoyez vers la page complète.`,
      };
    }
  },
};

function offsetOfSeptets(text: string, septets: number): number {
  let used = 0;
  let offset = 0;
  for (const char of text) {
    used += '\f^{}\\[~]|€'.includes(char) ? 2 : 1;
    if (used > septets) return offset;
    offset += char.length;
  }
  return text.length;
}

export const smsEncoding: Rule = {
  id: 'sms-encoding',
  description: 'Caractères hors de l’alphabet GSM 7 bits (« ê », « ’ », « œ », « « », espace insécable) : le SMS passe à 70 caractères (simple remarque s’il les tient).',
  defaultSeverity: 'warning',
  appliesTo: (channel) => channel.lengthMode === 'sms',
  *check(context) {
    const info = smsInfo(context.text);
    // Within 70 characters the message is one segment either way: a remark, not a warning.
    const costless = info.units <= 70;
    for (const { char, index } of info.outsideGsm) {
      const shown = /\s/u.test(char) ? 'espace insécable' : char;
      const replacement = GSM_REPLACEMENTS[char];
      yield {
        start: index,
        end: index + char.length,
        message: `« ${shown} » n’existe pas dans l’alphabet GSM : tout le SMS passe en UCS-2 (70 caractères au lieu de 160).`,
        ...(costless ? { severity: 'info' as const } : {}),
        ...(replacement === undefined ? {} : { suggestion: replacement }),
      };
    }
  },
};

export const channelLinks: Rule = {
  id: 'channel-links',
  description: 'Liens non cliquables (légendes Instagram) : renvoyez vers le lien de la biographie.',
  defaultSeverity: 'warning',
  appliesTo: (channel) => !channel.linksWork,
  *check(context) {
    for (const url of context.urls) {
      yield { start: url.start, end: url.end, message: `Les liens ne sont pas cliquables sur « ${context.channel.label} » : écrivez « lien en bio » et mettez l’adresse dans la biographie.` };
    }
  },
};

function firstLine(context: RuleContext): { start: number; end: number; text: string } | undefined {
  const match = /[^\s]/u.exec(context.masked);
  if (match === null) return undefined;
  const start = match.index;
  const newline = context.masked.indexOf('\n', start);
  const end = newline === -1 ? context.masked.length : newline;
  const raw = context.masked.slice(start, end);
  const heading = /^#{1,6}\s+/u.exec(raw);
  const from = start + (heading?.[0].length ?? 0);
  const trimmedEnd = from + context.masked.slice(from, end).trimEnd().length;
  return { start: from, end: trimmedEnd, text: context.masked.slice(from, trimmedEnd) };
}

const WHEN = /\d|(?<!\p{L})(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|aujourd['’]hui|demain|ce soir|ce week-end|cette semaine)/iu;

export const keyPoint: Rule = {
  id: 'key-point',
  description: 'Point clé au début : seuls les premiers caractères s’affichent (objet d’e-mail : 33 ; Instagram : 125).',
  defaultSeverity: 'info',
  appliesTo: (channel) => channel.keyPointWithin !== undefined,
  *check(context) {
    const within = context.option('within', context.channel.keyPointWithin ?? Infinity);
    const isSubject = context.channel.firstLineTitleMax !== undefined;
    const scope = isSubject ? firstLine(context) : { start: 0, end: context.text.length, text: context.text };
    if (scope === undefined || graphemeCount(scope.text) <= within) return;
    const cut = scope.start + offsetOfGrapheme(scope.text, within);
    // The visible part already says when (a date, a day, an hour): the key point is there.
    if (WHEN.test(context.text.slice(scope.start, cut))) return;
    yield {
      start: cut,
      end: scope.end,
      message: `Seuls les ${within} premiers caractères ${isSubject ? 'de l’objet' : 'du texte'} sont visibles d’emblée : « ${quote(context.text.slice(scope.start, cut), within + 2)} ». Le point clé y est-il ?`,
    };
  },
};

const HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gmu;

export const titleLength: Rule = {
  id: 'title-length',
  description: 'Longueur des titres (page web : 70 caractères ; objet de lettre d’information : 50 ; notification : 50).',
  defaultSeverity: 'warning',
  *check(context) {
    const max = context.option('max', context.channel.titleMax);
    for (const m of scan(HEADING, context.masked)) {
      const title = m[1] ?? '';
      const count = graphemeCount(title);
      if (count <= max) continue;
      const start = m.index + m[0].indexOf(title);
      yield { start, end: start + title.length, message: `Titre de ${count} caractères (${max} au plus) : il sera coupé dans les résultats de recherche et les aperçus.` };
    }
    const subjectMax = context.option('subjectMax', context.channel.firstLineTitleMax ?? Infinity);
    const line = context.channel.firstLineTitleMax === undefined ? undefined : firstLine(context);
    if (line !== undefined) {
      const count = graphemeCount(line.text);
      if (count > subjectMax) {
        yield { start: line.start, end: line.end, message: `Objet ou titre de ${count} caractères (${subjectMax} au plus sur « ${context.channel.label} ») : il sera coupé.` };
      }
    }
  },
};
