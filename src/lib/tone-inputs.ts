/**
 * What `<loos-tone-checker>` is given from script, checked before the analysis: a property of the
 * wrong type is reported and replaced by its default, so the checker never goes blank.
 */
import { problem, type InputProblem } from './invalid.js';
import { kindOf, propertyText } from './property-values.js';
import type { ToneConfig } from '../tone/config.js';

export function readToneInputs(value: unknown, config: unknown, problems: InputProblem[]): { text: string; config: ToneConfig } {
  const text = propertyText(value, 'value', problems) ?? '';
  if (config === undefined || config === null) return { text, config: {} };
  if (typeof config !== 'object' || Array.isArray(config)) {
    problems.push(problem('config', `La configuration doit être un objet comme celui de .loostonerc.json (reçu : ${kindOf(config)}) : la configuration par défaut est utilisée.`, config));
    return { text, config: {} };
  }
  return { text, config };
}
