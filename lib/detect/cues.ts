import { LIVE_TITLE_WORDS } from './lexicon';

/** True for a letter or digit in any script (letters have case; digits are 0–9 here). */
function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  // ASCII by its codes: titles are mostly ASCII, and case mapping is the costlier call in a first run.
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * True when a page's title calls it live ("LIVE:", "Liveticker", "EN DIRECT", "The Latest:",
 * "na żywo"), as a whole word. Plain string search, no regular expression: compiling a
 * case-insensitive Unicode pattern of these words costs close to a millisecond in a first run.
 */
export function hasLiveTitle(title: string): boolean {
  // "minute-by-minute" and "minute by minute" alike.
  // Only where there is a hyphen: each string method's first call costs in a fresh script world.
  const lower = title.toLowerCase();
  const t = lower.indexOf('-') < 0 ? lower : lower.replaceAll('-', ' ');
  for (let w = 0; w < LIVE_TITLE_WORDS.length; w++) {
    const word = LIVE_TITLE_WORDS[w]!;
    for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
      const plain = isWordChar(word[0]);
      if ((!plain || !isWordChar(t[at - 1])) && (!isWordChar(word[word.length - 1]) || !isWordChar(t[at + word.length]))) return true;
    }
  }
  return false;
}
