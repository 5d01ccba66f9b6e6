/**
 * Reported clauses that a verb takes without a complementizer or before one: "confirmed the talks
 * would resume" (a bare clause: a short noun phrase, then a finite auxiliary) and "assured MPs that
 * the plan was safe" (a listener, then the clause). They let verbs that also name plain acts
 * ("welcomed the visitors", "defended his title") count only when words are reported.
 */
import type { Sentence } from './subjects';

/** Longest noun phrase before the auxiliary: "the new rail timetable would" is four words. */
const MAX_NP = 4;

/** A word that can stand in a short subject noun phrase (no verb, preposition or punctuation). */
function npWord(s: Sentence, k: number): boolean {
  const x = s.tokens[k];
  if (!x || k >= s.to || x.kind !== 'word' || x.quoted) return false;
  const l = x.lower;
  return !s.L.verb(l) && !s.L.aux.has(l) && !s.L.blockers.has(l) && !s.L.preps.has(l) && !s.L.conj.has(l) && !s.L.complementizers.has(l);
}

/**
 * "the talks would resume", "rates will fall", "the council had been slow": from `k`, a subject of
 * at most four words and a finite auxiliary or modal. A pronoun subject is a clause start already.
 */
export function bareClause(s: Sentence, k: number): boolean {
  const t = s.tokens;
  let j = k;
  while (j < k + MAX_NP && npWord(s, j)) j++;
  if (j === k || j >= s.to - 1) return false;
  // "confirmed his place in the team" has no auxiliary; "confirmed Reyes would start" has one.
  const aux = t[j]!;
  // "expects the vote to be close" has an infinitive, no finite clause.
  return !aux.quoted && s.L.aux.has(aux.lower);
}

/** A word that names who hears the words: "MPs", "the court", "reporters", "Reyes". */
function listenerWord(s: Sentence, k: number): boolean {
  const x = s.tokens[k]!;
  const one = x.lower.replace(/s$/, '');
  return x.cap || [x.lower, one].some((w) => s.L.isOrg(w) || s.L.isRole(w) || s.L.occupations.has(w) || s.L.journalistRoles.has(w));
}

/**
 * "assured MPs that", "reminded the court that the …": a listener of up to four words, then the
 * clause ("accepted the award that the committee gave" has an object and a relative clause).
 */
export function listenerThenThat(s: Sentence, k: number): boolean {
  const t = s.tokens;
  let j = k;
  while (j < k + MAX_NP && (npWord(s, j) || t[j]?.poss)) j++;
  if (j === k || !listenerWord(s, j - 1) || !s.L.complementizers.has(t[j]?.lower ?? '')) return false;
  // The clause has its own subject: "that the", "that he", "that Reyes" (not "that day").
  const subj = t[j + 1];
  return !!subj && j + 1 < s.to && (subj.cap || s.L.dets.has(subj.lower) || s.L.clauseStart.has(subj.lower));
}

/**
 * "zapowiedziała już, że", "a confirmé hier que": one or two adverbs after the verb at `v`, then
 * the reported clause (where subjects follow verbs: not English, whose adverbs there are rarer).
 */
export function afterAdverbs(s: Sentence, v: number): boolean {
  if (!s.L.inversion) return false;
  const t = s.tokens;
  let k = v + 1;
  while (k < Math.min(s.to, v + 3) && t[k]!.kind === 'word' && s.L.fillers.has(t[k]!.lower) && !s.L.aux.has(t[k]!.lower)) k++;
  const x = t[k];
  if (k === v + 1 || !x) return false;
  return s.L.complementizers.has(x.lower) || (x.text === ',' && s.L.complementizers.has(t[k + 1]?.lower ?? ''));
}

/**
 * "a estimé de son côté que", "ha anunciado en un comunicado que", "announced in a statement that":
 * a short phrase opened by a preposition, then the reported clause.
 */
export function prepThenClause(s: Sentence, v: number): boolean {
  const t = s.tokens;
  if (!s.L.preps.has(t[v + 1]?.lower ?? '')) return false;
  for (let k = v + 2; k < Math.min(s.to, v + 7); k++) {
    const x = t[k]!;
    if (x.kind === 'word' && s.L.complementizers.has(x.lower)) return true;
    if (x.text === ',' && s.L.complementizers.has(t[k + 1]?.lower ?? '')) return true;
    if (x.kind !== 'word' || s.L.verb(x.lower)) return false;
  }
  return false;
}

/** Longest object before the judgement: "called snap elections inevitable", "called the new rail plan a scandal". */
const MAX_OBJECT = 4;

/** "inevitable", "disgraceful", "historic": an adjective by its ending (the language's list). */
function judgement(s: Sentence, k: number): boolean {
  const x = s.tokens[k];
  if (!x || k >= s.to || x.kind !== 'word' || x.cap || x.quoted) return false;
  for (const e of s.L.adjectiveEndings) if (x.lower.length > e.length + 2 && x.lower.endsWith(e)) return true;
  return false;
}

/**
 * "called the programme a game changer", "calls the collapse a disaster", "called snap elections
 * inevitable": a thing named, then what the speaker called it (an indefinite noun phrase or an
 * adjective). Not "called the police a second time" nor "called the meeting a day after".
 */
export function callsItSo(s: Sentence, v: number): boolean {
  const t = s.tokens;
  // Only where the lexicon lists the time nouns that tell "a day later" apart (English): German
  // "nannte den Namen eines Verdächtigen" has an article of the genitive that looks the same.
  if (!s.L.timeNouns.size) return false;
  const first = s.L.nounDets.has(t[v + 1]?.lower ?? '') ? v + 2 : v + 1;
  for (let k = first; k < first + MAX_OBJECT && npWord(s, k) && !s.L.indefinite.has(t[k]!.lower); k++) {
    const p = k + 1;
    if (judgement(s, p)) return true;
    const w = t[p + 1];
    if (!s.L.indefinite.has(t[p]?.lower ?? '') || !s.L.nounDets.has(t[p]!.lower) || !w || p + 1 >= s.to || w.kind !== 'word') continue;
    if (s.L.timeNouns.has(w.lower) || s.L.timeNouns.has(t[p + 2]?.lower ?? '')) return false;
    return true;
  }
  return false;
}
