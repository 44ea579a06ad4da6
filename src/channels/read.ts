/**
 * Raw JSON (a file given to the CLI, a form in the catalogue) → the validated content `toChannels`
 * takes. The kind is told by the fields: `heading` and `level` make a notice, `title` and `start`
 * an event, `value` and `label` a key figure.
 */
import { keyFigureModel } from '../lib/budget/key-figure.js';
import { parseIsoDateTime } from '../lib/dates.js';
import { validateEvent } from '../lib/events/model.js';
import { problem, type InputProblem } from '../lib/invalid.js';
import { readLink, readText, validateNotice } from '../lib/notices/model.js';
import type { ChannelContent, KeyFigureContent } from './types.js';

export interface ReadContent {
  readonly content?: ChannelContent;
  readonly problems: readonly InputProblem[];
}

function readKeyFigure(input: Record<string, unknown>): ReadContent {
  const problems: InputProblem[] = [];
  const label = readText(input.label, 'label', 'Le libellé du chiffre', { required: true, max: 200 }, problems);
  const { model, problems: figureProblems } = keyFigureModel({ value: input.value, unit: input.unit, previous: input.previous });
  problems.push(...figureProblems);
  const period = readText(input.period, 'period', 'La période', { required: false, max: 200 }, problems);
  const source = readText(input.source, 'source', 'La source', { required: false, max: 300 }, problems);
  const href = readLink(input.href, 'href', problems);
  let date: Date | undefined;
  if (input.date !== undefined) {
    const parsed = parseIsoDateTime(input.date);
    if (parsed === null) problems.push(problem('date', 'La date de publication doit être une date ISO 8601 (2027-01-11).', input.date));
    else date = parsed.date;
  }
  if (label === undefined || model.compact === '') return { problems };
  const content: KeyFigureContent = {
    kind: 'key-figure', label, figure: model,
    ...(period === undefined ? {} : { period }), ...(source === undefined ? {} : { source }),
    ...(href === undefined ? {} : { href }), ...(date === undefined ? {} : { date }),
  };
  return { content, problems };
}

export function readContent(raw: unknown): ReadContent {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problems: [problem('content', 'Le contenu doit être un objet JSON : un avis, un événement ou un chiffre clé.', raw)] };
  }
  const input = raw as Record<string, unknown>;
  if ('heading' in input || 'level' in input) {
    const { value, problems } = validateNotice(input);
    return value === undefined ? { problems } : { content: value, problems };
  }
  if ('title' in input || 'start' in input) {
    const { event, problems } = validateEvent(input);
    return event === undefined ? { problems } : { content: event, problems };
  }
  if ('value' in input || 'label' in input) return readKeyFigure(input);
  return {
    problems: [problem('content', 'Type de contenu inconnu : un avis a « heading » et « level », un événement « title » et « start », un chiffre clé « label » et « value ».')],
  };
}
