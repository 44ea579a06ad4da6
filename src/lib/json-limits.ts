/**
 * Bounds on JSON data, whatever its source (a feed, a script child, a property): a hostile or
 * broken file can be nested thousands of levels deep or hold millions of values, which would
 * overflow the call stack of a recursive reader or freeze the page. Every reader checks its input
 * here first, as the XML reader does (./notices/xml.ts), and reports in French what it refused.
 */
export const JSON_LIMITS = { maxLength: 5_000_000, maxDepth: 64, maxValues: 200_000 } as const;

/** Why a text is too long to be read as data; `undefined` when it is not. */
export function textLengthProblem(text: string): string | undefined {
  return text.length > JSON_LIMITS.maxLength
    ? `Les données dépassent ${JSON_LIMITS.maxLength} caractères (${text.length}) : elles ne sont pas lues.`
    : undefined;
}

/**
 * Why a parsed value is too deep or too big to be read; `undefined` when it is fine. Walks the
 * value without recursion (so a deep value cannot overflow the stack here) and visits each object
 * once (a cyclic value given as a property is not an endless walk).
 */
export function jsonShapeProblem(value: unknown): string | undefined {
  const seen = new Set<object>();
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let count = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    count += 1;
    if (count > JSON_LIMITS.maxValues) return `Les données comptent plus de ${JSON_LIMITS.maxValues} valeurs : elles ne sont pas lues.`;
    if (next.depth > JSON_LIMITS.maxDepth) return `Les données sont imbriquées sur plus de ${JSON_LIMITS.maxDepth} niveaux : elles ne sont pas lues.`;
    const current = next.value;
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const children: unknown[] = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) pending.push({ value: child, depth: next.depth + 1 });
  }
  return undefined;
}

/** JSON text parsed within the bounds: the value, or why it was not read (syntax, size, depth). */
export function parseBoundedJson(text: string): { readonly value: unknown } | { readonly refused: string } {
  const tooLong = textLengthProblem(text);
  if (tooLong !== undefined) return { refused: tooLong };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { refused: `Le JSON est mal formé (${error instanceof Error ? error.message : 'erreur de syntaxe'}).` };
  }
  const shape = jsonShapeProblem(value);
  return shape === undefined ? { value } : { refused: shape };
}

/**
 * Runs a reader declared « never throws » and keeps that promise: should an input still find a
 * fault in it, the caller gets `fallback(message)` — a result with a French problem — instead
 * of an exception that would blank an element.
 */
export function neverThrows<T>(read: () => T, fallback: (message: string) => T): T {
  try {
    return read();
  } catch {
    return fallback('Les données n’ont pas pu être lues (erreur inattendue du lecteur).');
  }
}
