/**
 * Nested speech: a speaker recounts what someone told them ("Marek powiedział mi: …", "Lucía me
 * dijo que …", "Giulia mi diceva: …"). The one who told speaks too (labelling rule 3). Only a
 * person right before the verb of saying and the speaker's own "to me" counts, so the name is the
 * verb's subject; a name elsewhere in the sentence ("le dije a Lucía") is left alone.
 */
import type { Mention } from './names';
import type { Sentence } from './sentence';

export type { Mention } from './names';

/** Verb classes that report words (not "call" or "address", which name an act). */
const SAYING = new Set(['strong', 'semi', 'weak', 'speak']);
/** Words between the name and the verb at most: the pronoun and one auxiliary ("mi ha detto"). */
const SPAN = 3;

/** The people of sentence `s` who told the speaker something. */
export function toldMe(s: Sentence): Mention[] {
  const { L, tokens } = s;
  if (!L.toMe.size) return [];
  const out: Mention[] = [];
  for (const m of s.mentions) {
    if (!m.person || m.poss || !m.tokens.length) continue;
    let me = false;
    let said = false;
    // "Mi madre, Rosa Vidal, me dijo": an apposition's closing comma.
    const from = tokens[m.from - 1]?.text === ',' && tokens[m.to]?.text === ',' ? m.to + 1 : m.to;
    for (let k = from; k < Math.min(s.to, from + SPAN + 1) && !(me && said); k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || s.starts.has(k)) break;
      if (L.toMe.has(t.lower)) me = true;
      else if (SAYING.has(L.verb(t.lower)?.cls ?? '') && !L.verb(t.lower)?.participle) said = true;
      else if (!L.aux.has(t.lower)) break;
    }
    if (me && said) out.push(m);
  }
  return out;
}
