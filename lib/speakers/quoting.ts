/**
 * "The paper quoted him saying …", "concluded by quoting former president X: …", "quotes X, the
 * commissioner, as warning that …": whoever is quoted speaks (labelling rule 3, nested speech),
 * whoever quotes them too when the sentence says so with its own cue.
 */
import { colonOrOpen, type Cue } from './cue';
import { personSubject, type Sentence, type Subject } from './subjects';

/** Words that may stand between the verb and the name: roles, articles, nationalities ("former US president"). */
function describes(s: Sentence, k: number): boolean {
  const x = s.tokens[k]!;
  return x.kind === 'word' && !x.quoted && !s.L.verb(x.lower) && !s.L.aux.has(x.lower) && !s.L.preps.has(x.lower) && !s.L.conj.has(x.lower);
}

/** After the person: the words themselves (a colon, a quotation) or "(as) saying", "(as) warning". */
function wordsFollow(s: Sentence, k: number): boolean {
  if (wordsAt(s, k)) return true;
  // An appositive first: "X, the commissioner for energy, saying", "X the commissioner for energy: …".
  const t = s.tokens;
  const from = t[k]?.text === ',' ? k + 1 : k;
  let c = from;
  // "the commissioner for energy": a role's domain after an article or a role ("for years" is none).
  const role = s.L.dets.has(t[from]?.lower ?? '') || s.L.isRole(t[from]?.lower ?? '');
  while (c < Math.min(s.to, from + 10) && (describes(s, c) || (role && c > from + 1 && s.L.ofWords.has(t[c]!.lower)))) c++;
  return c > from && wordsAt(s, c);
}

function wordsAt(s: Sentence, k: number): boolean {
  const t = s.tokens;
  if (t[k]?.text === ',') k++;
  const x = t[k];
  return (!!x && k < s.to && colonOrOpen(x)) || speechAt(s, k);
}

/** "as saying", "as also saying", "saying", "confirming": a participle of a reporting verb at `k`. */
function speechAt(s: Sentence, k: number): boolean {
  const t = s.tokens;
  if (t[k]?.lower === 'as') k++;
  while (k < s.to && s.L.adverbs.has(t[k]!.lower)) k++;
  const info = k < s.to ? s.L.verb(t[k]!.lower) : undefined;
  return !!info && info.participle;
}

/** The cue of a quoting verb at `v`: the person quoted, or null. */
export function quotedPerson(s: Sentence, v: number): Cue | null {
  const t = s.tokens;
  const L = s.L;
  // "a quote", "the quotes": a noun; "was quoted as saying" is the subject's own (subjects.ts).
  if (L.nounDets.has(t[v - 1]?.lower ?? '')) return null;
  let p = v - 1;
  while (p > s.from && L.adverbs.has(t[p]!.lower)) p--;
  if (p >= s.from && L.passiveAux.has(t[p]!.lower)) return null;
  let subject: Subject | null = null;
  let end = -1;
  if (L.objectPronouns.has(t[v + 1]?.lower ?? '')) {
    subject = { type: 'pronoun', at: v + 1 };
    end = v + 2;
  } else {
    for (let k = v + 1; k < Math.min(s.to, v + 6); k++) {
      const m = s.starts.get(k);
      if (m?.person) {
        if (m.poss || m.journalist) return null;
        subject = personSubject(s, m);
        end = m.to;
        break;
      }
      if (!describes(s, k)) return null;
    }
  }
  return subject && wordsFollow(s, end) ? { subject, at: v } : null;
}
