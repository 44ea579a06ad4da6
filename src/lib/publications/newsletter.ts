/**
 * The newsletter sign-up's settings and request, as pure functions: where the address may be sent,
 * and the body sent there. No DOM: tested in Node, used by <loos-newsletter-signup>.
 */
import { fetchAddress } from '../fetch-address.js';
import { problem, type InputProblem } from '../invalid.js';
import { propertyText } from '../property-values.js';

/** The sign-up is abandoned after this long, as every request of the library (FETCH_TIMEOUT_MS). */
export const SIGNUP_TIMEOUT_MS = 10_000;

/** How the form's values travel: as a plain form would send them, or as a JSON object. */
export const SIGNUP_ENCODINGS = ['form', 'json'] as const;
export type SignupEncoding = (typeof SIGNUP_ENCODINGS)[number];

/** `encoding` as written: `form` (the default) or `json`; anything else is reported, `form` kept. */
export function readSignupEncoding(raw: unknown): { encoding: SignupEncoding; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const text = propertyText(raw, 'encoding', problems)?.trim().toLowerCase();
  if (text === undefined || text === '') return { encoding: 'form', problems };
  if ((SIGNUP_ENCODINGS as readonly string[]).includes(text)) return { encoding: text as SignupEncoding, problems };
  problems.push(problem('encoding', '« encoding » vaut « form » (formulaire classique) ou « json » : l’inscription est envoyée comme un formulaire classique.', raw));
  return { encoding: 'form', problems };
}

/**
 * Where the sign-up may be sent by script: the form's `action` (the page's own address when it has
 * none), over the web only (`javascript:`, `data:`, `mailto:`… refused), and never in clear text to
 * another site from a secure page — a resident's e-mail address is personal data.
 */
export function checkSignupAction(action: string | null, page: string): { ok: true; url: string } | { ok: false; problem: InputProblem } {
  const written = action ?? '';
  const checked = written.trim() === '' ? { ok: true as const, url: page } : fetchAddress(written, 'd’envoi de l’inscription');
  if (!checked.ok) return { ok: false, problem: problem('form[action]', `${checked.message} L’inscription n’est pas envoyée.`, written) };
  let target: URL;
  let from: URL;
  try {
    from = new URL(page);
    target = new URL(checked.url, from);
  } catch {
    return { ok: false, problem: problem('form[action]', 'L’adresse d’envoi de l’inscription n’est pas une adresse web valide : l’inscription n’est pas envoyée.', written) };
  }
  if (target.protocol === 'http:' && from.protocol === 'https:') {
    return {
      ok: false,
      problem: problem('form[action]', 'L’adresse d’envoi de l’inscription est en http:// sur une page en https:// : l’adresse e-mail partirait en clair. Utilisez https:// ; d’ici là, l’inscription n’est pas envoyée.', written),
    };
  }
  return { ok: true, url: target.href };
}

/** The form's text values (files left out), a name given twice keeping every value in order. */
export function formValues(entries: Iterable<readonly [string, unknown]>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    const known = values[name];
    if (known === undefined) values[name] = value;
    else values[name] = Array.isArray(known) ? [...known, value] : [known, value];
  }
  return values;
}

/** The body and its type: `form` as a browser sends a plain form, `json` as one object. */
export function signupBody(values: Readonly<Record<string, string | readonly string[]>>, encoding: SignupEncoding): { body: string; contentType: string } {
  if (encoding === 'json') return { body: JSON.stringify(values), contentType: 'application/json' };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) for (const each of typeof value === 'string' ? [value] : value) params.append(name, each);
  return { body: params.toString(), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' };
}

/** What became of a request, in words an element turns into its page language. */
export type SignupOutcome = 'success' | 'refused' | 'unavailable' | 'timeout';

/** A status code read as an outcome: 2xx succeeded, 4xx the service refused the address, else unavailable. */
export function outcomeOfStatus(status: number): SignupOutcome {
  if (status >= 200 && status < 300) return 'success';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'refused';
  return 'unavailable';
}
