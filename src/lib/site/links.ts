/**
 * Links and forms written by the CMS in a light-DOM element: an address refused by `checkUrl`
 * (`javascript:`, `data:`…) loses its attribute, so it can never run, and is reported.
 * Browser only: it reads and changes the page.
 */
import { problem, type InputProblem } from '../invalid.js';
import { checkUrl } from '../url.js';

const ADDRESSES = [
  ['a[href]', 'href'],
  ['form[action]', 'action'],
  ['button[formaction]', 'formaction'],
] as const;

export function disarmUnsafeAddresses(root: ParentNode): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const [selector, attribute] of ADDRESSES) {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute) ?? '';
      const check = checkUrl(value);
      if (check.ok) continue;
      element.removeAttribute(attribute);
      problems.push(problem(`${element.localName}[${attribute}]`, `Adresse refusée, le lien est désactivé : ${check.reason}`, value));
    }
  }
  return problems;
}
