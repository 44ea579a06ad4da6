/**
 * A simple sign that a description was written in English: words that are common in English
 * sentences and never French words. Code (between backticks), quoted French (« … ») and markup are
 * left out first, so `YYYY-MM-DD`, `in-person` or `<section>` never count.
 */
const ENGLISH = new Set([
  'the', 'of', 'and', 'when', 'with', 'is', 'are', 'to', 'from', 'each', 'which', 'what', 'where', 'whether',
  'that', 'this', 'its', 'it', 'by', 'be', 'not', 'in', 'at', 'has', 'have', 'shown', 'default', 'only', 'every',
  'how', 'who', 'into', 'than', 'used', 'until', 'after', 'before', 'without', 'between', 'any', 'none', 'one',
  'shows', 'says', 'gives', 'written', 'read', 'sets', 'inside', 'else',
]);

/** The English words of a text, in order of appearance, once each. */
export function englishWords(text: string): string[] {
  const prose = text
    .replace(/`[^`]*`/gu, ' ')
    .replace(/«[^»]*»/gu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/\b[a-z]+:\/\/\S+/giu, ' ');
  const words = (prose.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase());
  return [...new Set(words.filter((word) => ENGLISH.has(word)))];
}
