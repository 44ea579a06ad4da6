/**
 * The few words `<loos-key-figure>` needs (and that the budget chart shares): changes in words and
 * the « compared with » line. Kept apart from the chart's table so that a page with only key
 * figures does not download the chart's sentences; small enough to ship both locales.
 */
import type { Locale, StringsTable } from '../i18n.js';

export interface FigureStrings {
  /** The locale these strings are written in: numbers around them are formatted the same way. */
  readonly locale: Locale;
  readonly up: (percent: string) => string;
  readonly down: (percent: string) => string;
  readonly stable: string;
  readonly source: string;
  readonly figureSince: (period: string) => string;
  readonly lastYear: string;
  readonly figureUnavailable: string;
}

export const figureStrings: StringsTable<FigureStrings> = {
  fr: {
    locale: 'fr',
    up: (percent) => `en hausse de ${percent}`,
    down: (percent) => `en baisse de ${percent}`,
    stable: 'stable',
    source: 'Source :',
    figureSince: (period) => `par rapport à ${period}`,
    lastYear: 'l’an dernier',
    figureUnavailable: 'Valeur indisponible',
  },
  en: {
    locale: 'en',
    up: (percent) => `up ${percent}`,
    down: (percent) => `down ${percent}`,
    stable: 'unchanged',
    source: 'Source:',
    figureSince: (period) => `compared with ${period}`,
    lastYear: 'last year',
    figureUnavailable: 'Value unavailable',
  },
};
