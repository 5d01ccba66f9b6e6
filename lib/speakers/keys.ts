/**
 * Comparison keys of names: the forms of one name that must compare equal (case, accents,
 * transliterations, case endings) and the matching of short forms and social handles.
 */

/**
 * Folds one word for comparison: case, accents and the transliteration endings of Slavic names
 * (Zelensky / Zelenskyy / Zelenskiy → one key), while Zelenska and Peskova keep their own.
 */
export function foldWord(word: string, endings: readonly string[] = NO_ENDINGS): string {
  // Most names are plain ASCII: skip Unicode normalisation for them (this runs on every name).
  let s = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').toLowerCase();
  if (s.includes('’')) s = s.replace(/’/g, "'");
  // Languages that inflect names ("według Tuska", "Tuskiem"): compare the stems.
  for (const e of endings) {
    if (s.length - e.length >= 3 && s.endsWith(e)) return s.slice(0, -e.length);
  }
  // The e that drops before a case ending: "Dudek" / "Dudka", "Marek" / "Marka", "Paweł" / "Pawła".
  if (endings.length && s.length > 4 && /[^aeiouy]e[kcl]$/.test(s)) s = s.slice(0, -2) + s.slice(-1);
  const c = s.charCodeAt(s.length - 1);
  if (s.length > 4 && (c === 121 || c === 105 || c === 106)) s = s.replace(/(?:iy|yy|yi|ij|ii|y|i)$/, 'i');
  return s;
}

const NO_ENDINGS: readonly string[] = [];

/** The comparison key of a name: folded words joined by spaces. */
export function nameKey(tokens: readonly string[], endings: readonly string[] = NO_ENDINGS): string {
  return tokens.map((w) => foldWord(w, endings)).join(' ');
}

/** True when folded name `short` equals `long` or is its last words ("rutte" of "mark rutte"). */
export function endsWithName(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false;
  const off = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[off + i]) return false;
  return true;
}

/** Letters of a name for matching social handles ("Amira Haddad" → "amirahaddad"). */
export function handleLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}
