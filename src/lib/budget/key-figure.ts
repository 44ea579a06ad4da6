/**
 * The model behind `<loos-key-figure>`: a number with its unit, shown compact (« 28,4 M€ ») and
 * always available in full words to assistive technology (« 28,4 millions d'euros »), with the
 * change from a previous value in % and in words.
 */
import { numberFormat } from '../format.js';
import type { Locale } from '../i18n.js';
import { problem, type InputProblem } from '../invalid.js';
import { readAmount } from './model.js';
import { figureStrings } from '../strings/budget-figure.js';
import { changeDirection, changeInWords, type ChangeDirection } from './change.js';
import { amountInWords, changePercent, compactAmount, numberInWords, percentText } from './words.js';

export interface KeyFigureInput {
  readonly value?: unknown;
  readonly unit?: unknown;
  readonly previous?: unknown;
}

export interface KeyFigureModel {
  /** For display: « 28,4 M€ », « 12,5 % », « 22 500 habitants ». Empty when the value is unusable. */
  readonly compact: string;
  /** For reading aloud: « 28,4 millions d'euros », « 12,5 pour cent », « 22 mille 500 habitants ». */
  readonly full: string;
  /** Change from `previous`, when there is one. */
  readonly change?: { readonly percent: number; readonly direction: ChangeDirection; readonly words: string };
}

function plain(value: number, locale: Locale): string {
  return numberFormat({ maximumFractionDigits: 1 }, locale).format(value);
}

export function keyFigureModel(input: KeyFigureInput, locale: Locale = 'fr'): { model: KeyFigureModel; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const value = readAmount(input.value);
  if (value === undefined) {
    problems.push(problem('value', 'La valeur doit être un nombre (par exemple 28400000 ou 28,4).', input.value));
    return { model: { compact: '', full: '' }, problems };
  }
  const unit = typeof input.unit === 'string' ? input.unit.trim() : '';
  let compact: string;
  let full: string;
  if (unit.toUpperCase() === 'EUR' || unit === '€') {
    compact = compactAmount(value, locale);
    full = amountInWords(value, locale);
  } else if (unit === '%') {
    compact = percentText(value, locale, 1);
    full = `${plain(value, locale)} ${locale === 'fr' ? 'pour cent' : 'per cent'}`;
  } else {
    const noun = unit === '' ? undefined : { plural: unit };
    compact = `${plain(value, locale)}${unit === '' ? '' : ` ${unit}`}`;
    full = numberInWords(value, noun, locale, 1);
  }
  const model: { -readonly [K in keyof KeyFigureModel]: KeyFigureModel[K] } = { compact, full };
  if (input.previous !== undefined && input.previous !== null && input.previous !== '') {
    const previous = readAmount(input.previous);
    const percent = changePercent(value, previous);
    if (previous === undefined) problems.push(problem('previous', 'La valeur précédente doit être un nombre.', input.previous));
    else if (percent === null) problems.push(problem('previous', "La valeur précédente vaut 0 : l'évolution en % ne peut pas être calculée."));
    else {
      model.change = {
        percent,
        direction: changeDirection(percent),
        words: changeInWords(percent, figureStrings[locale]),
      };
    }
  }
  return { model, problems };
}
