import { LIVE_TITLE_WORDS } from './lexicon';

/** True for a letter or digit in any script (letters have case; digits are 0–9 here). */
function isWordChar(ch: string | undefined): boolean {
  return !!ch && (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9'));
}

/**
 * True when a page's title calls it live ("LIVE:", "Liveticker", "EN DIRECT", "The Latest:",
 * "na żywo"), as a whole word. Plain string search, no regular expression: compiling a
 * case-insensitive Unicode pattern of these words costs close to a millisecond in a first run.
 */
export function hasLiveTitle(title: string): boolean {
  // "minute-by-minute" and "minute by minute" alike.
  const t = title.toLowerCase().split('-').join(' ');
  for (const word of LIVE_TITLE_WORDS) {
    for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
      const plain = isWordChar(word[0]);
      if ((!plain || !isWordChar(t[at - 1])) && (!isWordChar(word[word.length - 1]) || !isWordChar(t[at + word.length]))) return true;
    }
  }
  return false;
}
