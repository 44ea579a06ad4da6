/** The validated content of `<loos-official-banner>`: what it shows, and what it could not. */
import { isValidDomain } from './domain.js';
import type { Locale } from './i18n.js';
import { problem, type InputProblem } from './invalid.js';
import { officialBannerStrings } from './strings/official-banner.js';

export const DEFAULT_ORGANISATION = 'Ville de Loos';
export const DEFAULT_DOMAIN = 'loos.fr';

export interface OfficialBannerModel {
  readonly organisation: string;
  /** `undefined` when the author's domain was refused: a wrong domain must never be shown. */
  readonly domain: string | undefined;
  readonly problems: readonly InputProblem[];
}

export function officialBannerModel(
  input: { organisation: unknown; domain: unknown },
  locale: Locale = 'fr',
): OfficialBannerModel {
  const strings = officialBannerStrings[locale];
  const problems: InputProblem[] = [];
  let organisation = typeof input.organisation === 'string' ? input.organisation.trim() : '';
  if (organisation === '') {
    problems.push(problem('organisation', strings.emptyOrganisation, input.organisation));
    organisation = DEFAULT_ORGANISATION;
  }
  let domain: string | undefined = typeof input.domain === 'string' ? input.domain.trim().toLowerCase() : undefined;
  if (domain === undefined || !isValidDomain(domain)) {
    problems.push(problem('domain', strings.invalidDomain, input.domain));
    domain = undefined;
  }
  return { organisation, domain, problems };
}
