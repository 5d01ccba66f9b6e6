/**
 * A colon lead with a longer predicate: "Olmedo, en cambio, ha preferido no opinar sobre la sanción:
 * «…»", "Lucas Morel n'a pas caché ses ambitions avant la course : « … »". Whatever the verb,
 * when the words between the subject and a colon into a quotation name nobody else and quote
 * nothing, the quotation can only be the subject's.
 */
import type { Sentence } from './sentence';

// Longer predicates say more than who speaks (and are rarer than a second name in them).
const MAX_PLAIN_PREDICATE = 11;

/** Tokens [from, colon) name no one and quote nothing. */
export function plainPredicate(s: Sentence, from: number, colon: number): boolean {
  if (colon - from > MAX_PLAIN_PREDICATE) return longPredicate(s, from, colon);
  for (let k = from; k < colon; k++) {
    const x = s.tokens[k]!;
    // One word a preposition governs is where the words were posted or said ("na Facebooku", "à TF1"), not another speaker.
    const m = s.starts.get(k);
    const named = m?.person && !(m.tokens.length === 1 && s.L.preps.has(s.tokens[k - 1]?.lower ?? ''));
    if (x.kind === 'open' || x.kind === 'close' || x.quoted || named) return false;
  }
  return true;
}

/**
 * Where leads run long (German, Polish: "Nowak przemawiał krótko przed budynkiem ... do zebranych:"),
 * a longer one still holds when the subject's own verb follows it at once and the lead names no
 * one, not even after a preposition, and has no pronoun that could be another subject. Where
 * every noun is capitalised, one capitalised word after a lower-case one is a noun ("am späten Abend").
 */
function longPredicate(s: Sentence, from: number, colon: number): boolean {
  const t = s.tokens;
  const L = s.L;
  if (colon - from > L.longColonLead || t[from]?.kind !== 'word' || t[from]!.cap || L.conj.has(t[from]!.lower)) return false;
  const noun = (k: number) => L.capitalNouns && s.starts.get(k)!.tokens.length === 1 && !t[k - 1]!.cap && t[k - 1]!.kind === 'word';
  for (let k = from; k < colon; k++) {
    const x = t[k]!;
    if (x.kind === 'open' || x.kind === 'close' || x.quoted || x.text === ';' || L.pronouns.has(x.lower)) return false;
    if (s.starts.get(k)?.person && !noun(k)) return false;
  }
  return true;
}
