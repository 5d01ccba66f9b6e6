/**
 * Capitals that belong to the sentence, not to a name: a verb or participle opening a sentence or
 * a quotation ("Can Cameron confirm ...?", "Having Jude Okafor ...", "Choosing Okafor ...").
 */
import type { Token } from './tokens';
import type { Lang } from './lang';

/** A capitalised word that may continue a run of name words. */
const runWord = (t: Token, L: Lang) => t.kind === 'word' && t.cap && !L.stopCaps.has(t.lower);

/** Token `i` opens its sentence or a quotation (`said: "Having ...`): its capital may be only that. */
export function opensSentence(tokens: Token[], from: number, i: number): boolean {
  if (i > from && tokens[i - 1]!.kind === 'open') return true;
  for (let k = from; k < i; k++) if (tokens[k]!.kind === 'word') return false;
  return true;
}

/**
 * A verb whose capital is the sentence's: "Can Cameron confirm ...", "Does X agree?" (Commons
 * questions), or an opening participle. An auxiliary that is also a given name ("Will", "May")
 * only in a question, so "May said ..." and "Will Smith said ..." keep their names.
 */
export function openingVerb(tokens: Token[], i: number, to: number, L: Lang): boolean {
  const t = tokens[i]!;
  if (L.aux.has(t.lower) && i + 1 < to && runWord(tokens[i + 1]!, L)) {
    if (!L.givenNames.has(t.text)) return true;
    let last = to - 1;
    while (last > i && tokens[last]!.kind === 'close') last--;
    return tokens[last]!.text === '?';
  }
  return L.code === 'en' && (openingParticiple(tokens, i, L) || invertedReport(tokens, i, to, L));
}

/**
 * "Asks Fairhead: ...", "Adds Okafor, ...": a reporting verb in the present, put before the name
 * it reports, takes the sentence's capital; glued to the name it would make a new person of it.
 * Nor does a colon after it lead into the name's words: "Asks X:", "Tells X:" may make X the object.
 */
export function invertedReport(tokens: Token[], i: number, to: number, L: Lang): boolean {
  const t = tokens[i]!;
  const v = L.verb(t.lower);
  if (!v || v.cls !== 'strong' || v.base || v.participle || v.past || !t.lower.endsWith('s') || L.givenNames.has(t.text)) return false;
  return i + 1 < to && runWord(tokens[i + 1]!, L);
}

/**
 * "Choosing Okafor ...", "Reading the statement, ...": an -ing word opening a sentence, unless a
 * verb follows it, as after a surname ("Streeting said", "Fleming has").
 */
function openingParticiple(tokens: Token[], i: number, L: Lang): boolean {
  const text = tokens[i]!.text;
  // Short stems ("Having", "Making") unless a given name ("Irving").
  if (!/^\p{Lu}\p{Ll}{3,}ing$/u.test(text) && !(/^\p{Lu}\p{Ll}{2}ing$/u.test(text) && !L.givenNames.has(text))) return false;
  const next = tokens[i + 1]?.lower ?? '';
  return !(L.verb(next) || L.aux.has(next) || L.fillers.has(next));
}
