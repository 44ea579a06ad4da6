/**
 * Inclusive writing per the city's policy (config `inclusiveWriting`), after the Haut Conseil
 * à l’Égalité entre les femmes et les hommes, « Guide pratique pour une communication publique
 * sans stéréotype de sexe » (2022): either the point médian (« habitant·e·s »), written one
 * consistent way, or doubled forms only (« habitantes et habitants »).
 */
import type { Rule } from '../types.js';
import { scan } from './util.js';

const SUFFIX = '(e|ne|le|te|se|rice|trice|euse|ère|ve)';
/** Other separators people use instead of the point médian, and the point médian itself. */
const ALTERNATIVE = new RegExp(`(?<!\\p{Ll})(\\p{Ll}{2,})([./∙•⋅])${SUFFIX}(s?)(?:\\2(s))?(?![\\p{L}])`, 'gu');
const HYPHENATED = new RegExp(`(?<!\\p{Ll})(\\p{Ll}{2,})(-)(e|ne|rice|trice|euse|ère)(s?)(?:-(s))?(?![\\p{L}-])`, 'gu');
const PARENTHESES = new RegExp(`(?<!\\p{Ll})(\\p{Ll}{2,})(\\()${SUFFIX}\\)(s?)()`, 'gu');
const MEDIAN = new RegExp(`(?<!\\p{Ll})(\\p{Ll}{2,})(·)${SUFFIX}(s?)(?:·(s))?(?![\\p{L}])`, 'gu');

/** A separator followed by a feminine ending: every form above contains one. */
const MAYBE = /[./∙•⋅·(-](?:e|ne|le|te|se|rice|trice|euse|ère|ve)(?:s|\))?(?![\p{L}])/u;

export function feminine(stem: string, suffix: string): string {
  if (suffix === 'se' && stem.endsWith('x')) return `${stem.slice(0, -1)}se`;
  if (suffix === 'rice' && stem.endsWith('teur')) return `${stem.slice(0, -3)}rice`;
  if (suffix === 'trice' && stem.endsWith('teur')) return `${stem.slice(0, -4)}trice`;
  if (suffix === 'euse' && stem.endsWith('eur')) return `${stem.slice(0, -3)}euse`;
  if (suffix === 'ère' && stem.endsWith('er')) return `${stem.slice(0, -2)}ère`;
  if (suffix === 've' && stem.endsWith('f')) return `${stem.slice(0, -1)}ve`;
  return stem + suffix;
}

export function doubled(stem: string, suffix: string, isPlural: boolean): string {
  const fem = feminine(stem, suffix) + (isPlural ? 's' : '');
  const masc = stem + (isPlural && !/[sx]$/u.test(stem) ? 's' : '');
  return [fem, masc].sort((a, b) => a.localeCompare(b, 'fr')).join(isPlural ? ' et ' : ' ou ');
}

export const inclusiveWriting: Rule = {
  id: 'inclusive-writing',
  description: 'Écriture inclusive selon la politique de la ville : point médian cohérent, ou formes doublées.',
  defaultSeverity: 'warning',
  *check(context) {
    const policy = context.config.inclusiveWriting;
    if (policy === 'off') return;
    const patterns = policy === 'doublets' ? [ALTERNATIVE, HYPHENATED, PARENTHESES, MEDIAN] : [ALTERNATIVE, HYPHENATED, PARENTHESES];
    // Most texts hold no such form: one quick look for « separator + feminine ending » first.
    if (!MAYBE.test(context.masked)) return;
    for (const pattern of patterns) {
      for (const m of scan(pattern, context.masked)) {
        const stem = m[1] ?? '';
        const suffix = m[3] ?? '';
        const isPlural = (m[4] ?? '') !== '' || (m[5] ?? '') !== '';
        const median = `${stem}·${suffix}${isPlural ? '·s' : ''}`;
        const both = doubled(stem, suffix, isPlural);
        const suggestion = policy === 'doublets' ? both : median;
        yield {
          start: m.index,
          end: m.index + m[0].length,
          suggestion,
          message: policy === 'doublets'
            ? `« ${m[0]} » : la ville écrit les formes doublées en entier : « ${both} ».`
            : `« ${m[0]} » : la ville écrit l’inclusif avec le point médian (« ${median} ») ou en doublant (« ${both} »).`,
        };
      }
    }
  },
};
