/** The words around a name that say who the person is: a role before it, an appositive after it. */
import type { Token } from './tokens';
import type { Lang } from './lang';

/** Lower-case words of the noun phrase just before `i` (exclusive), back to a boundary. */
export function wordsBefore(tokens: Token[], i: number, floor: number, max: number, L: Lang, through = false): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= floor && out.length < max; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || L.verb(t.lower)) break;
    // `through`: read a role across its domain ("direttore generale dell'Organizzazione ...").
    if (L.npBoundary.has(t.lower) && !(through && L.ofWords.has(t.lower))) break;
    out.unshift(t.lower);
    if (t.poss) break;
  }
  return out;
}

/** Words of an appositive ", the Nato secretary general," right after token `i`, if any. */
export function appositiveAfter(tokens: Token[], i: number, to: number, L: Lang): string[] {
  // "Jessica Hamzelou a biomedical reporter at the New Scientist told": no comma, an indefinite article.
  if (tokens[i]?.kind === 'word' && L.indefinite.has(tokens[i]!.lower) && !tokens[i]!.cap) {
    const out: string[] = [];
    for (let j = i; j < to && j < i + 6 && tokens[j]!.kind === 'word' && !tokens[j]!.cap && !L.verb(tokens[j]!.lower); j++) out.push(tokens[j]!.lower);
    return out;
  }
  if (tokens[i]?.text !== ',') return [];
  const first = tokens[i + 1];
  if (!first || first.kind !== 'word' || L.functionHeads.has(first.lower) || L.clauseStart.has(first.lower)) return [];
  const out: string[] = [];
  for (let j = i + 1; j < to && j < i + 16; j++) {
    const t = tokens[j]!;
    // ", our correspondent in Surabaya:" and a sentence's last appositive end in a colon or a stop.
    if (t.kind === 'punct' || t.kind === 'open' || t.kind === 'close') return t.text === ',' || t.text === ':' || t.text === '.' ? out : [];
    if (t.kind === 'word') out.push(t.lower);
  }
  return [];
}

/** "O hOisin", "Ní Chuilín", "Mac an tSaoi": Irish surnames begin lower-case after their particle. */
const IRISH = /^(?:o|ó|ní|nic|mac|uí|ui|an)$/;
export function irishMutation(t: Token, prev: Token): boolean {
  return t.kind === 'word' && /^[hnt]\p{Lu}\p{Ll}/u.test(t.text) && IRISH.test(prev.lower);
}

/** A role word just before the name, or before the comma that opens it ("the clerk, Peter Hall"). */
export function introducedByRole(tokens: Token[], start: number, floor: number, L: Lang): boolean {
  const before = tokens[start - 1]?.text === ',' ? wordsBefore(tokens, start - 1, floor, 4, L) : wordsBefore(tokens, start, floor, 2, L);
  const w = before[before.length - 1] ?? '';
  return L.isRole(w) || L.occupations.has(w);
}

/**
 * A name particle: "von", "de la", and inside a name, capitalised where the name writes it so
 * ("Yannick Le Goff", "Marine Le Pen"): mid-sentence, a capitalised "Le" is no article.
 */
export function isParticle(t: Token, L: Lang): boolean {
  return L.particles.has(t.text) || (t.cap && L.particles.has(t.lower));
}
