/** Hashtags and emoji: readable by screen readers, in the numbers each channel tolerates. */
import type { Rule, RuleContext } from '../types.js';
import { scan } from './util.js';

const HASHTAG = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

export function hashtagsIn(context: RuleContext): RegExpExecArray[] {
  return [...scan(HASHTAG, context.masked)];
}

export const hashtagCase: Rule = {
  id: 'hashtag-case',
  description: 'Mots-dièse de plusieurs mots en CamelCase (#FeteDeLaMusique), lisibles par les lecteurs d’écran.',
  defaultSeverity: 'warning',
  *check(context) {
    for (const m of hashtagsIn(context)) {
      const body = m[1] ?? '';
      const letters = body.replace(/[^\p{L}]/gu, '');
      const lower = letters === letters.toLowerCase() && letters.length >= 10;
      const upper = letters === letters.toUpperCase() && letters.length >= 7;
      if (!lower && !upper) continue;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        message: `« ${m[0]} » : mettez une majuscule à chaque mot (#FeteDeLaMusique) ; sinon les lecteurs d’écran lisent un seul mot incompréhensible.`,
      };
    }
  },
};

export const hashtagCount: Rule = {
  id: 'hashtag-count',
  description: 'Nombre de mots-dièse selon le canal (Instagram : 30 au plus ; X : 2 conseillés ; aucun sur le site).',
  defaultSeverity: 'warning',
  *check(context) {
    const tags = hashtagsIn(context);
    const { maxHashtags, recommendedHashtags, label } = context.channel;
    const recommended = context.option('recommended', recommendedHashtags);
    if (tags.length <= recommended) return;
    if (maxHashtags === 0) {
      const first = tags[0];
      if (first !== undefined) {
        yield { start: first.index, end: first.index + first[0].length, message: `Mots-dièse inutiles sur le canal « ${label} » : ils n’y sont pas des liens.` };
      }
      return;
    }
    if (tags.length > maxHashtags) {
      const extra = tags[maxHashtags];
      if (extra !== undefined) {
        yield { start: extra.index, end: extra.index + extra[0].length, severity: 'error', message: `${tags.length} mots-dièse : « ${label} » en accepte ${maxHashtags} au plus ; les suivants sont ignorés ou la publication refusée.` };
      }
      return;
    }
    const extra = tags[recommended];
    if (extra !== undefined) {
      yield { start: extra.index, end: extra.index + extra[0].length, message: `${tags.length} mots-dièse : ${recommended} au plus sont conseillés sur « ${label} ».` };
    }
  },
};

/** An emoji: a pictograph with its modifiers and joiners, or a flag (two regional indicators). */
const EMOJI = /\p{RI}{2}|(?![©®™])\p{Extended_Pictographic}\uFE0F?\p{EMod}?(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{EMod}?)*|[©®™]\uFE0F/gu;

export function emojiIn(text: string): RegExpExecArray[] {
  return [...scan(EMOJI, text)];
}

export const emojiCount: Rule = {
  id: 'emoji-count',
  description: 'Nombre d’émojis selon le canal (aucun sur le site et les avis officiels, 1 à 5 sur les réseaux).',
  defaultSeverity: 'warning',
  *check(context) {
    const found = emojiIn(context.masked);
    const max = context.option('max', context.channel.maxEmoji);
    if (found.length <= max) return;
    const extra = found[max];
    if (extra === undefined) return;
    yield {
      start: extra.index,
      end: extra.index + extra[0].length,
      message: max === 0
        ? `Pas d’émoji sur le canal « ${context.channel.label} ».`
        : `${found.length} émojis : ${max} au plus sur « ${context.channel.label} ». Chacun est lu à voix haute par les lecteurs d’écran.`,
    };
  },
};

export const emojiAsWord: Rule = {
  id: 'emoji-as-word',
  description: 'Émoji à la place d’un mot (« rendez-vous à la 🏊 ») : le lecteur d’écran lit son nom, pas le mot.',
  defaultSeverity: 'warning',
  *check(context) {
    const text = context.masked;
    for (const m of emojiIn(text)) {
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/\p{L}\s$/u.test(before) && /^\s\p{Ll}/u.test(after)) {
        yield { start: m.index, end: m.index + m[0].length, message: 'Émoji employé comme un mot : écrivez le mot ; l’émoji peut l’accompagner en fin de phrase.' };
      }
    }
  },
};
