/**
 * What an e-mail HTML block must never contain, read from the markup itself: each rule names the
 * construct a client would block, strip or render wrongly (or that would track the reader).
 */
export function emailViolations(html: string): string[] {
  const found: string[] = [];
  // Only markup counts: text between tags is what the reader sees, escaped.
  const tags = (html.match(/<[^>]*>/gu) ?? []).join('\n');
  if (/<script\b/iu.test(tags)) found.push('script');
  if (/<link\b[^>]*rel\s*=\s*["']?stylesheet/iu.test(html)) found.push('external stylesheet');
  if (/<style\b[^>]*>[^<]*@import/iu.test(html)) found.push('@import in style');
  if (/\son[a-z]+\s*=/iu.test(tags)) found.push('event handler attribute');
  if (/(?:href|src)\s*=\s*["']?\s*javascript:/iu.test(tags)) found.push('javascript: address');
  for (const img of tags.match(/<img\b[^>]*>/giu) ?? []) {
    if (!/\salt="[^"]*"/u.test(img)) found.push(`img without alt: ${img}`);
    if (/\swidth="?(\d+)/u.test(img) && Number(/\swidth="?(\d+)/u.exec(img)?.[1]) <= 2) found.push(`tracking pixel: ${img}`);
  }
  for (const match of tags.matchAll(/(?:\swidth="|[;"]\s*(?:max-)?width:\s*)(\d+)(?:px)?/gu)) {
    if (Number(match[1]) > 600) found.push(`width ${match[1]} > 600`);
  }
  return found;
}
