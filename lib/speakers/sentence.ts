/**
 * A sentence with its person mentions, and the noun phrases that describe a person before a
 * reporting verb ("Basil McCrea of NI21", "Kathy Lien, managing director of ... in New York").
 */
import type { Token } from './tokens';
import { findMentions, type Mention } from './names';
import type { Lang } from './lang';

/** A sentence of a paragraph with its mentions, indexed by first and last token. */
export interface Sentence {
  L: Lang;
  tokens: Token[];
  from: number;
  to: number;
  mentions: Mention[];
  starts: Map<number, Mention>;
  ends: Map<number, Mention>;
}

/** Reads the mentions of tokens [from, to) into a sentence. */
export function makeSentence(tokens: Token[], from: number, to: number, L: Lang): Sentence {
  const mentions = findMentions(tokens, from, to, L);
  const starts = new Map<number, Mention>();
  const ends = new Map<number, Mention>();
  for (const m of mentions) {
    starts.set(m.from, m);
    ends.set(m.to - 1, m);
  }
  return { L, tokens, from, to, mentions, starts, ends };
}

/** "Cllr Nadia Rahman, Chair of the Harbour Trust said:" (no closing comma). */
export function nameBeforeComma(s: Sentence, j: number): Mention | undefined {
  for (let k = j; k >= Math.max(s.from, j - 12); k--) {
    const tk = s.tokens[k]!;
    if (tk.kind === 'open' || tk.kind === 'close' || tk.text === ':') return undefined;
    if (tk.text === ',') {
      const m = s.ends.get(k - 1);
      return m?.person && !m.poss ? m : undefined;
    }
  }
  return undefined;
}

/**
 * The person a clause opens with when a description of where they work or come from runs up to
 * `j`: "Lorraine McDowell from the Arts Council", "Kathy Lien, managing director of currency
 * strategy at BK Asset Management in New York". The person must open the clause ("Relatives of
 * John Smith from Leeds said" is the relatives), and the description hold a preposition and no
 * verb, pronoun or conjunction.
 */
export function describedPerson(s: Sentence, j: number): Mention | undefined {
  const t = s.tokens;
  const L = s.L;
  const opens = (m: Mention) => m.from === s.from || t[m.from - 1]!.kind !== 'word';
  const linking = (w: string) => L.workPreps.has(w) || L.ofWords.has(w) || L.locative.has(w);
  let prep = false;
  for (let k = j; k >= Math.max(s.from, j - 16); k--) {
    const tk = t[k]!;
    const m = s.ends.get(k);
    if (m?.person && opens(m)) return prep && !m.poss && linking(t[k + 1]?.lower ?? '') ? m : undefined;
    // Inside the description a name-shaped run is a firm or a place ("BK Asset Management", "New York").
    if (m) {
      if (m.poss) return undefined;
      k = m.from;
      continue;
    }
    if (tk.text === ',') {
      const p = s.ends.get(k - 1);
      return prep && p?.person && !p.poss && opens(p) && !L.functionHeads.has(t[k + 1]?.lower ?? '') ? p : undefined;
    }
    if (tk.kind === 'num') continue;
    if (tk.kind !== 'word' || tk.quoted || tk.poss) return undefined;
    if (linking(tk.lower)) prep = true;
    else if (!tk.cap && !L.dets.has(tk.lower) && (L.stopCaps.has(tk.lower) || L.verb(tk.lower) || L.aux.has(tk.lower))) return undefined;
  }
  return undefined;
}
