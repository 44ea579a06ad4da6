/**
 * A French syllable counter for readability scores. It counts spoken syllables in standard
 * diction: vowel groups, with the usual corrections — a final mute « e » (« table », « rues »)
 * is not counted, an accented « é » before another vowel starts a new syllable (« réalité »),
 * a diaeresis splits (« naïf »), « y » between vowels belongs to both (« crayon »),
 * the « u » of « gu »/« qu » is silent. Verb endings in « -ent » are not told apart from
 * nouns (« parlent » counts 2): the reference list in the tests measures the error rate.
 */

const VOWELS = 'aeiouyàâäéèêëîïôöùûüœæ';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** Vowels that always start a new syllable when they follow another vowel. */
const HIATUS_AFTER = new Set(['é', 'è', 'ê']);
const DIAERESIS = new Set(['ï', 'ë', 'ü']);
/** Accented vowels that start a new syllable after « a », « o », « e », « u » (« aéroport », « poème »). */
const HIATUS_BEFORE = new Set(['é', 'è']);

function countLetters(word: string): number {
  let count = 0;
  let inGroup = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    const previous = i > 0 ? word.charAt(i - 1) : '';
    if (!isVowel(c)) {
      inGroup = false;
      continue;
    }
    // « y » between two vowels closes one syllable and opens the next (« cray-on », « pa-ys »).
    if (c === 'y' && inGroup && isVowel(word.charAt(i + 1))) {
      count++;
      inGroup = true;
      i++;
      continue;
    }
    // « gu », « qu » before a vowel: the « u » is a spelling, not a sound.
    if (c === 'u' && (previous === 'q' || previous === 'g') && isVowel(word.charAt(i + 1))) {
      continue;
    }
    const splits =
      inGroup &&
      (DIAERESIS.has(c) ||
        (HIATUS_AFTER.has(previous) && c !== 'e') ||
        (HIATUS_BEFORE.has(c) && 'aoeu'.includes(previous)) ||
        (c === 'o' && previous === 'o') ||
        // « i » after a consonant and « l »/« r » is its own syllable: « bi-bli-o », « cli-ent », « tri-o ».
        (previous === 'i' && 'lr'.includes(word.charAt(i - 2)) && !isVowel(word.charAt(i - 3)) && i >= 3 && !(c === 'e' && /^e(?:s|nt)?$/.test(word.slice(i)))));
    if (!inGroup || splits) count++;
    inGroup = true;
  }
  return count;
}

export function countSyllables(rawWord: string): number {
  const word = rawWord.toLowerCase().normalize('NFC').replace(/[^a-zàâäéèêëîïôöùûüœæç]/g, '');
  if (word.length === 0) return /\p{N}/u.test(rawWord) ? Math.max(1, rawWord.replace(/\D/g, '').length) : 0;
  let count = countLetters(word);
  // « pays », « paysage » : « ay » is two sounds there (pé-i).
  if (word.startsWith('pays')) count++;
  // « table », « tables », « rue », « journées » : the last written « e » is silent.
  if (count > 1 && /(?:e|es)$/.test(word) && !/(?:ée|ées)$/.test(word)) {
    const stem = word.replace(/s$/, '').slice(0, -1);
    const before = stem.charAt(stem.length - 1);
    // After a vowel (« rue », « joie ») the « e » already merged into that vowel's group.
    if (!isVowel(before) || /[qg]u$/.test(stem)) count--; // « musique », « dialogue »: « u » is silent
  }
  return Math.max(1, count);
}
