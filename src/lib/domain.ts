/**
 * Checks a domain name such as `loos.fr` written by an author. Letters (accented ones too, for
 * internationalised names), digits and hyphens in dot-separated labels of at most 63 characters,
 * at least two labels, 253 characters in all.
 */
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

export function isValidDomain(value: string): boolean {
  const domain = value.trim().toLowerCase();
  if (domain.length === 0 || domain.length > 253) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label));
}
