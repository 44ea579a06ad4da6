/**
 * Whether an element may request an address at all: checked before any fetching code loads, so
 * that a `javascript:` or `data:` `src` is refused at once, without a download or a request.
 */
import { checkUrl } from './url.js';

/** The address to request, or the French reason it is refused. */
export function fetchAddress(src: string, what: string): { ok: true; url: string } | { ok: false; message: string } {
  const checked = checkUrl(src);
  if (!checked.ok) return { ok: false, message: `Adresse ${what} refusée : ${checked.reason}` };
  if (/^(mailto|tel):/i.test(checked.url)) return { ok: false, message: `Adresse ${what} refusée : une adresse web (https:) est attendue.` };
  return { ok: true, url: checked.url };
}
