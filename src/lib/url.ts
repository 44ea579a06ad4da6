/**
 * The one URL check shared by every element that renders a link or fetches data.
 * Only `https:`, `http:`, `mailto:`, `tel:` and relative URLs pass; everything else —
 * `javascript:`, `data:`, `vbscript:`, `file:` and obfuscated spellings of them — is refused.
 */

export type UrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: string };

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const MAX_URL_LENGTH = 2048;
// Browsers strip ASCII tab and newlines anywhere in a URL and ignore leading C0 controls and
// spaces, so `java\tscript:` is still `javascript:`. We strip them the same way before reading
// the scheme, and refuse URLs that contain other control characters.
const STRIPPED_BY_BROWSERS = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const LEADING_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
// eslint-disable-next-line no-control-regex
const OTHER_CONTROLS = /[\u0000-\u001f\u007f]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Checks a URL written by an author; returns it trimmed, or the reason it was refused, in French. */
export function checkUrl(value: unknown): UrlCheck {
  if (typeof value !== 'string') return { ok: false, reason: "L'adresse doit être un texte." };
  const cleaned = value.replace(STRIPPED_BY_BROWSERS, '').replace(LEADING_CONTROLS, '');
  if (cleaned === '') return { ok: false, reason: "L'adresse est vide." };
  if (cleaned.length > MAX_URL_LENGTH) {
    return { ok: false, reason: `L'adresse dépasse ${MAX_URL_LENGTH} caractères.` };
  }
  if (OTHER_CONTROLS.test(cleaned)) {
    return { ok: false, reason: "L'adresse contient des caractères de contrôle." };
  }
  // A backslash is read as a slash by browsers: `\\evil.example` would be protocol-relative.
  const normalised = cleaned.replace(/\\/g, '/');
  const scheme = SCHEME.exec(normalised)?.[1];
  if (scheme === undefined && normalised.startsWith('//') && cleaned !== normalised) {
    // `\\evil.example` and `/\evil.example` look relative but lead to another host.
    return { ok: false, reason: "Une barre oblique inversée (\\) en tête mène vers un autre site." };
  }
  if (scheme === undefined) {
    // Relative URL (`/agenda`, `page.html`, `#ancre`, `?q=1`). HTML entities such as `&colon;`
    // are decoded by the HTML parser before an attribute reaches us, so they are checked decoded.
    return { ok: true, url: cleaned };
  }
  const protocol = `${scheme.toLowerCase()}:`;
  if (!ALLOWED_SCHEMES.has(protocol)) {
    return {
      ok: false,
      reason: `Le protocole « ${protocol} » n'est pas autorisé (seuls https:, http:, mailto:, tel: et les adresses relatives le sont).`,
    };
  }
  return { ok: true, url: cleaned };
}

/** The URL when it passes the check, otherwise `undefined`. */
export function safeUrl(value: unknown): string | undefined {
  const result = checkUrl(value);
  return result.ok ? result.url : undefined;
}
