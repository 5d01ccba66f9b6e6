/**
 * A speaking verb that reports the act and none of its content. Rule 2 of the labelling: speech
 * with no content makes no speaker. Two shapes recur in committee hearings, ceremonies and
 * courts: one person questioning another and nothing more ("Ann Lee questions Bob Stone."), and
 * an object that names the act itself ("said a short prayer for the victims", "asking the
 * questions,"). When the words do follow, another sentence carries them with its own cue.
 */
import type { Sentence } from './subjects';

const endsAt = (s: Sentence, j: number) => j >= s.to || s.tokens[j]!.text === '.';

/** True when the verb at `v` only says that someone spoke (unless a quotation follows the sentence). */
export function reportsNoContent(s: Sentence, v: number, quoteFollows: boolean): boolean {
  if (quoteFollows) return false;
  const t = s.tokens;
  const L = s.L;
  // "Ann Lee questions Bob Stone.": a person, the verb, a person, and the sentence ends.
  const object = s.starts.get(v + 1);
  if (object?.person && s.ends.get(v - 1)?.person && endsAt(s, object.to)) return true;
  // "said a short prayer for …", "said goodbye.", "asking the questions, …": the noun of the act
  // after at most a determiner and one plain word, then the sentence or the clause ends (not
  // "asked the question of whether …", "asked questions about …": a topic is content).
  for (let j = v + 1; j <= v + 3 && j < s.to; j++) {
    const w = t[j]!;
    if (w.kind !== 'word') return false;
    if (L.emptySpeech.has(w.lower)) {
      const after = t[j + 1];
      return endsAt(s, j + 1) || after?.text === ',' || (!!after && L.preps.has(after.lower) && !L.topicPreps.has(after.lower) && !L.conj.has(after.lower));
    }
    if (w.cap || L.verb(w.lower) || (L.clauseStart.has(w.lower) && !L.dets.has(w.lower))) return false;
    if (j === v + 1 && !L.dets.has(w.lower)) return false;
  }
  return false;
}
