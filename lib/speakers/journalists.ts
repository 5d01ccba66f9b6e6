/**
 * People a sentence shows at work as journalists (rule 6 of the labelling: their words are
 * reporting, not speech to attribute): the reporter of a "reports from" line, whoever interviews
 * someone, and the author of a piece.
 */
import type { Mention } from './names';
import type { RawName } from './model';
import type { Sentence } from './subjects';

/** "Jennifer Rankin reports from Brussels": a short line naming the reporter of the entry. */
function bylineReporter(s: Sentence): Mention | null {
  const m = s.starts.get(s.from);
  const verb = m ? s.tokens[m.to] : undefined;
  return m?.person && verb && s.L.bylineVerbs.has(verb.lower) && s.to - s.from <= 10 ? m : null;
}

/** "Andrew Marr is interviewing Natalie Bennett", "was interviewed by X": the interviewer. */
function interviewer(s: Sentence, v: number): Mention | null {
  const t = s.tokens;
  const L = s.L;
  if (L.nounDets.has(t[v - 1]?.lower ?? '')) return null; // "an interview with X": a noun
  if (L.agentPreps.has(t[v + 1]?.lower ?? '')) return s.starts.get(v + 2) ?? null;
  // A verb with the interviewee after it ("interviews Clegg", "is interviewing the Green party
  // leader Natalie Bennett"), not the noun of "the Bennett interview".
  if (![1, 2, 3, 4].some((d) => s.starts.get(v + d)?.person)) return null;
  let j = v - 1;
  while (j >= s.from && (L.aux.has(t[j]!.lower) || L.fillers.has(t[j]!.lower) || L.passiveAux.has(t[j]!.lower))) j--;
  if (j < v - 1 && L.passiveAux.has(t[j + 1]!.lower) && !/ing$/.test(t[v]!.lower)) return null; // "was interviewed": the interviewee
  return s.ends.get(j) ?? null;
}

/**
 * A correspondent at work: "X, reporting from the courthouse, says" (a byline participle in
 * apposition), "“…,” writes X from Rome" (a filing verb, the name, then where it is filed from).
 */
function correspondents(s: Sentence): Mention[] {
  const t = s.tokens;
  const L = s.L;
  return s.mentions.filter((m) => {
    if (!m.person || m.poss) return false;
    if (t[m.to]?.text === ',' && L.bylineVerbs.has(t[m.to + 1]?.lower ?? '') && /ing$/.test(t[m.to + 1]!.lower)) return true;
    // "Relacjonuje Katarzyna Lis, Wrocław", "Aus Kiew berichtet Julia Krämer.": a filing line
    // turned round, the verb first (after where it is filed from), the name, at most a dateline.
    let open = s.from;
    if (L.filing.from.has(t[open]?.lower ?? '')) for (open++; t[open]?.cap && open < m.nameFrom - 1; ) open++;
    const tail = t.slice(m.to, s.to).filter((x) => x.text !== '.');
    if (L.filing.verbs.has(t[open]?.lower ?? '') && open === m.nameFrom - 1 && (tail.length === 0 || (tail[0]!.text === ',' && tail.length <= 3 && tail.slice(1).every((x) => x.cap)))) return true;
    if (!L.filing.verbs.has(t[m.from - 1]?.lower ?? '')) return false;
    const filed = L.filing.from.has(t[m.to]?.lower ?? '') && !!t[m.to + 1]?.cap;
    if (filed && m.to + 3 >= s.to) return true;
    // "…, writes X." / "…, writes X in Madrid": a filing verb turned round after the report closes
    // the sentence with its reporter's name, bare or with a dateline ("in the Telegraph" is a
    // publication, where a politician's own piece may appear: left alone).
    const after = t[m.from - 2];
    const inverted = after?.text === ',' || after?.kind === 'close';
    const rest = t.slice(m.to, s.to).filter((x) => x.kind === 'word');
    const dateline = (L.locative.has(rest[0]?.lower ?? '') || L.filing.from.has(rest[0]?.lower ?? '')) && !!rest[1]?.cap && !L.dets.has(rest[1]!.lower);
    return inverted && (rest.length === 0 || dateline);
  });
}

/** The journalists a sentence names at work. */
export function journalistsOf(s: Sentence): RawName[] {
  const t = s.tokens;
  const out: Mention[] = [...correspondents(s)];
  const reporter = bylineReporter(s);
  if (reporter) out.push(reporter);
  for (let v = s.from; v < s.to; v++) {
    const l = t[v]!.lower;
    if (t[v]!.kind !== 'word') continue;
    if (s.L.interviews.has(l)) {
      const m = interviewer(s, v);
      if (m) out.push(m);
    }
    // "a brief piece by Alan Pickup", "un articolo di X": the writer of a piece.
    if (s.L.pieces.has(l) && s.L.byWords.has(t[v + 1]?.lower ?? '')) {
      const m = s.starts.get(v + 2);
      if (m) out.push(m);
    }
  }
  return out.filter((m) => m.person && !m.poss).map((m) => ({ tokens: m.tokens, titled: true }));
}
