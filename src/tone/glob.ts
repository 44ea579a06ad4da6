/**
 * A small glob matcher for the CLI (Node 20 has no `fs.globSync`): `*` (any characters but
 * `/`), `?` (one character), `**` (any number of directories). No braces, no character classes.
 */

export function hasGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  const normalized = pattern.replace(/\\/g, '/');
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charAt(i);
    if (c === '*' && normalized.charAt(i + 1) === '*') {
      const slash = normalized.charAt(i + 2) === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The directory to start walking from: the part of the pattern before the first wildcard. */
export function staticBase(pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (hasGlob(part)) break;
    base.push(part);
  }
  if (base.length === parts.length) base.pop();
  return base.length === 0 ? '.' : base.join('/') || '/';
}
