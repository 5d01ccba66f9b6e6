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
  if (colon - from > MAX_PLAIN_PREDICATE) return false;
  for (let k = from; k < colon; k++) {
    const x = s.tokens[k]!;
    // One word a preposition governs is where the words were posted or said ("na Facebooku", "à TF1"), not another speaker.
    const m = s.starts.get(k);
    const named = m?.person && !(m.tokens.length === 1 && s.L.preps.has(s.tokens[k - 1]?.lower ?? ''));
    if (x.kind === 'open' || x.kind === 'close' || x.quoted || named) return false;
  }
  return true;
}
