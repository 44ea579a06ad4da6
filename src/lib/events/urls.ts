/**
 * Absolute links for files that leave the page (iCalendar, JSON-LD): calendars and search
 * engines cannot resolve `/agenda/concert`. A module of its own so that the JSON-LD builder
 * does not bring the iCalendar writer along.
 */

/** An absolute http(s) address, or `undefined` when it cannot be made absolute. */
export function absoluteUrl(href: string | undefined, baseUrl: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    const url = baseUrl === undefined ? new URL(href) : new URL(href, baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
