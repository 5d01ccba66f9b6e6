/**
 * Main clauses after the first in one sentence ("The prosecution had pushed for 15 years, but
 * judge Thoko Masipa gave him six"): their subjects are antecedents too, and the later one is the
 * nearer ("She said ..." in the next sentence is the judge, not the prosecution).
 */
import { clauseSubject, type Sentence, type Subject } from './subjects';

/** The person who is subject of the sentence's last coordinated main clause, if any. */
export function laterClauseSubject(s: Sentence): Subject | null {
  const t = s.tokens;
  let found: Subject | null = null;
  for (let k = s.from + 2; k < s.to - 2; k++) {
    const tk = t[k]!;
    if (tk.quoted || !(tk.text === ';' || (tk.text === ',' && (s.L.contrast.has(t[k + 1]!.lower) || s.L.conj.has(t[k + 1]!.lower))))) continue;
    const from = tk.text === ';' ? k + 1 : k + 2;
    const sub = clauseSubject({ ...s, from });
    if (sub && !sub.ambiguous && sub.subject.type === 'person') found = sub.subject;
  }
  return found;
}
