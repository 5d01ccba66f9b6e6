/**
 * Q&A entries: "Q: Will schools close? / A: No, we have no plans to.", under a title or lead that
 * names the one person answering ("Q&A with the health minister Lena Moss", "We put your
 * questions to X"). The answers are that person's words.
 */
import type { Mention } from './names';
import type { Lang } from './lang';
import type { TokenizedParagraph } from './tokens';
import type { Sentence } from './subjects';

interface QaPara {
  tp: TokenizedParagraph;
  sentences: Sentence[];
}

/** The letter of a "Q:"/"A:" mark opening token `i`, or null. */
function markAt(tp: TokenizedParagraph, i: number): string | null {
  const t = tp.tokens;
  return t[i]?.kind === 'word' && t[i]!.text.length === 1 && t[i]!.cap && t[i + 1]?.text === ':' ? t[i]!.lower : null;
}

/**
 * The one person named before the first question (title included), when the entry holds both a
 * question and an answer; null when there is none, or more than one (then nobody is guessed).
 */
export function interviewee(paras: readonly QaPara[], L: Lang): Mention | null {
  if (!L.qa) return null;
  const [q, a] = L.qa;
  let firstQ = -1;
  let answered = false;
  paras.forEach((p, i) => {
    for (const s of p.sentences) {
      const mark = markAt(p.tp, s.from);
      if (mark === q && firstQ < 0) firstQ = i;
      if (mark === a && firstQ >= 0) answered = true;
    }
  });
  if (firstQ < 0 || !answered) return null;
  const people = new Map<string, Mention>();
  for (const p of paras.slice(0, firstQ + 1)) {
    for (const s of p.sentences) {
      if (markAt(p.tp, s.from) === q) break;
      for (const m of s.mentions) if (m.person && !m.poss && !m.journalist && (m.tokens.length > 1 || m.titled)) people.set(m.tokens.join(' '), m);
    }
  }
  return people.size === 1 ? [...people.values()][0]! : null;
}
