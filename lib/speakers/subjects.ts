/**
 * Who a reporting verb belongs to: the noun phrase on its left ("Mark Rutte, the Nato secretary
 * general, said"), or on its right after a quotation ("..., said Rose"). Returns people, pronouns
 * and role descriptions unresolved; the entry walker resolves them in context.
 */
import type { Token } from './tokens';
import type { Mention } from './names';
import { describedPerson, nameBeforeComma, type Sentence } from './sentence';
import { nominativeAfterGlue } from './inflection-pl';
import { beforeAdverbial } from './free-order';

export { makeSentence, type Sentence } from './sentence';

/** One named person in a subject, with the name it stands for there. */
export interface Named {
  mention: Mention;
  tokens: string[];
}

/** The subject of a cue, before resolution. */
export type Subject =
  | { type: 'person'; people: Named[] }
  /** `at`: the pronoun's token, so that only people named before it are its antecedents. */
  | { type: 'pronoun'; at: number }
  | { type: 'role'; head: string; indefinite: boolean; words?: string[] }
  | { type: 'anon' };

/** English words in the preposition list that can stand before a subject ("as X said", "like X, Y said"). */
const NOT_GOVERNING = new Set(['as', 'like', 'than', 'or']);

/** Marks "the verb is not speech here" (future, negated, infinitive). */
export const BLOCKED = 'blocked';
/** Marks a verb coordinated with an earlier predicate ("visited Leeds and said"): the clause's subject speaks. */
export const COORDINATED = 'coordinated';

const endingAt = (s: Sentence, j: number): Mention | undefined => s.ends.get(j);
export const startingAt = (s: Sentence, j: number): Mention | undefined => s.starts.get(j);

export const named = (m: Mention): Named => ({ mention: m, tokens: m.tokens });

/**
 * A person mention as a subject, with coordination: "Anna and Erik Berg" gives both
 * Bergs; "Hana Sato and her husband Kenji" gives Sato (a first name alone names nobody).
 */
export function personSubject(s: Sentence, m: Mention): Subject {
  const t = s.tokens;
  const people = [named(m)];
  for (let k = m.from - 1; k >= Math.max(s.from, m.from - 4); k--) {
    if (!s.L.conj.has(t[k]!.lower)) {
      if (t[k]!.kind !== 'word' || t[k]!.cap) break;
      continue;
    }
    const first = endingAt(s, k - 1);
    if (first?.person && !first.poss) {
      const direct = k === m.from - 1;
      if (!direct) return s.L.possDets.has(t[k + 1]!.lower) ? { type: 'person', people: [named(first)] } : { type: 'person', people };
      const tokens = first.tokens.length === 1 && m.tokens.length > 1 ? [first.tokens[0]!, ...m.tokens.slice(1)] : first.tokens;
      people.unshift({ mention: first, tokens });
      // "John McCain, Bob Corker and Jeff Flake said": a list before the last two.
      for (let c = first.from - 1; t[c]?.text === ',' && people.length < 6; ) {
        const more = endingAt(s, c - 1);
        // Each member a whole name, the first opening the clause ("after meeting X, Y and Z said": Y and Z).
        if (!more?.person || more.poss || more.tokens.length < 2 || (more.from > s.from && t[more.from - 1]!.kind === 'word' && t[more.from - 1]!.text !== ',')) break;
        people.unshift(named(more));
        c = more.from - 1;
      }
    }
    break;
  }
  return { type: 'person', people };
}

/** "the Ohio senator", "Italy’s veteran coach", "a spokesperson": a role or an anonymous subject. */
function nounPhrase(s: Sentence, j: number): Subject | null {
  const t = s.tokens;
  const head = t[j]!.lower;
  if (s.L.functionHeads.has(head)) return null;
  // "Hana Sato and her husband express": the named first conjunct is the subject.
  for (let k = j - 1; k >= Math.max(s.from, j - 4); k--) {
    if (s.L.conj.has(t[k]!.lower)) {
      const first = endingAt(s, k - 1);
      if (first?.person && !first.poss && s.L.possDets.has(t[k + 1]!.lower)) return { type: 'person', people: [named(first)] };
      break;
    }
    if (t[k]!.kind !== 'word') break;
  }
  let k = j - 1;
  let n = 0;
  while (k >= s.from && n < 4 && t[k]!.kind === 'word' && !s.L.dets.has(t[k]!.lower) && !t[k]!.poss && !s.L.preps.has(t[k]!.lower)) {
    k--;
    n++;
  }
  const det = t[k];
  const indefinite = det !== undefined && k >= s.from && s.L.indefinite.has(det.lower);
  // The role's words ("prime minister" is not "first minister"); where the head comes first
  // ("il capo dipartimento"), the role word inside the phrase.
  const words = t.slice(k + 1, j + 1).map((x) => x.lower).filter((w) => s.L.isRole(w));
  let role = /year-old$/.test(head) ? 'year-old' : head;
  if (!s.L.publicRole(role) && role !== 'year-old') role = words.find((w) => s.L.publicRole(w)) ?? role;
  if (s.L.journalistRoles.has(role)) return { type: 'anon' };
  if (s.L.publicRole(role) || role === 'year-old') return { type: 'role', head: role, indefinite, words };
  // Only a clear noun phrase is an anonymous speaker; a stray word ("backed calls") is no subject.
  const plural = /[^s]s$/.test(head);
  return (det && k >= s.from) || plural || s.L.isOrg(head) ? { type: 'anon' } : null;
}

/** Commas bracketing appositives left of `c1`: "Ana Ruiz, a deputy minister ..., who ..., clarified". */
function appositive(s: Sentence, c1: number, colonAfter: boolean): Subject | null {
  const commas = [c1];
  for (let k = c1 - 1; k >= Math.max(s.from, c1 - 40) && commas.length < 3; k--) {
    const tk = s.tokens[k]!;
    if (tk.kind === 'open' || tk.kind === 'close' || tk.text === ':' || tk.text === ';') break;
    if (tk.text === ',') commas.push(k);
  }
  // A name after a preposition ("the MP for Newcastle Central,") is inside an appositive.
  const cand = (c: number | undefined) => {
    if (c === undefined) return undefined;
    const m = endingAt(s, c - 1);
    // Across an article: "en La Rosaleda," is a place.
    const at = m && s.L.dets.has(s.tokens[m.from - 1]?.lower ?? '') && s.L.preps.has(s.tokens[m.from - 2]?.lower ?? '') ? m.from - 2 : (m?.from ?? 0) - 1;
    const before = m ? (s.tokens[at]?.lower ?? '') : '';
    // "Anna Kowal and Peter Brandt, both councillors," is a coordinated subject, not an object.
    const governed = s.L.preps.has(before) && !s.L.conj.has(before);
    return m?.person && !m.poss && !m.oblique && !governed && !s.L.locative.has(before) ? m : undefined; // oblique: "zapytany o trenera Adama Wolskiego,"
  };
  // "Le Premier ministre, qui a rencontré X, a affirmé": a name ending a relative clause is its object.
  const relative = commas[1] !== undefined && s.L.relatives.has(s.tokens[commas[1] + 1]?.lower ?? '');
  const m = cand(commas[1]) ?? (relative ? undefined : cand(commas[0])) ?? cand(commas[2]);
  if (m) return personSubject(s, m);
  if (colonAfter) {
    const g = nameBeforeComma(s, c1 - 1);
    if (g) return personSubject(s, g);
  }
  const seg = s.tokens[(commas[1] ?? c1) + 1];
  return seg && (s.L.dets.has(seg.lower) || s.mentions.some((x) => !x.person && x.from > (commas[1] ?? c1) && x.to <= c1)) ? { type: 'anon' } : null;
}

/** Whether an "of"/"for" phrase ends at `j`, across a description ("of (South African) rally driver"), and is no title's domain. */
function ownedBy(s: Sentence, m: Mention): boolean {
  const j = m.from - 1;
  const t = s.tokens;
  let b = j;
  const L = s.L;
  const modifier = (x: Token) => x.kind === 'word' && !L.preps.has(x.lower) && !L.ofWords.has(x.lower) && !L.dets.has(x.lower) && !L.verb(x.lower) && !L.aux.has(x.lower) && (x.cap || !L.stopCaps.has(x.lower));
  while (b > s.from && b > j - 5 && modifier(t[b]!)) b--;
  // "Ein Vertrauter von X", "aus dem Umfeld von X": a noun and "von" ran into the name as a particle.
  const glued = m.nameFrom - 1;
  if (glued > m.from && L.ofWords.has(t[glued]!.lower) && (!L.isRole(t[glued - 1]!.lower) || L.anonRoles.has(t[glued - 1]!.lower))) return true;
  const w = t[b]?.lower ?? '';
  const owner = t[b - 1]?.lower ?? '';
  // "of"/"for", "del", "von": not an article ("der", "des" open subjects too), except a genitive
  // article after a spokesperson ("Ein Sprecher des Innenministers X").
  if (!L.ofWords.has(w) || (L.dets.has(w) && !L.anonRoles.has(owner))) return false;
  // A title's domain ("Secretary of State X") is no owner; a spokesperson's ("portavoce del premier X") is.
  // "Ein Sprecher von Innenministerin X" is the minister's; "il portavoce di Forza Italia X" is X, the party's.
  const titledOwner = L.anonRoles.has(owner) && t.slice(m.from, m.nameFrom).some((x) => L.isRole(x.lower) || L.isRole(x.lower.replace(/e?s$/, '')));
  // "Federation of Rural Shops chief X": the "of" belongs to a body's own name, and a role before X opens X's phrase.
  if (t[b - 1]?.cap && L.isOrg(owner) && b < j && L.isRole(t[j]!.lower)) return false;
  return b === j ? m.nameFrom === m.from || titledOwner : !L.isRole(owner) || L.anonRoles.has(owner);
}

/** Whether the token at `j` is "to" in "used her testimony to" / "went on to": speech still follows. */
function openingTo(t: Token[], j: number): number {
  if (t[j - 1]?.lower === 'on' && t[j - 2]?.lower === 'went') return j - 3;
  if (t[j - 3]?.lower === 'used' && /^(his|her|their)$/.test(t[j - 2]?.lower ?? '')) return j - 4;
  return -1;
}

/**
 * The subject left of the reporting verb at `v`, skipping auxiliaries and adverbs. BLOCKED when a
 * modal, negation or "to" shows the speech did not (yet) happen.
 */
export function leftSubject(s: Sentence, v: number, colonAfter: boolean): Subject | typeof BLOCKED | typeof COORDINATED | null {
  const t = s.tokens;
  let j = v - 1;
  // "X was quoted by agency LifeNews as saying": the agency relays, X speaks.
  if (s.L.quotedAs.size && s.L.quotedAs.has(t[j]?.lower ?? '')) {
    for (let q = j - 1; q >= Math.max(s.from, j - 6); q--) if (s.L.quotedAs.has(t[q]!.lower) && t[q]!.lower !== t[j]!.lower) j = q - 1;
  }
  for (let steps = 0; j >= s.from && steps < 8; steps++) {
    const tk = t[j]!;
    // "Sir Bill Cash (Con) asks", "Iain Dale (among others) has predicted": a bracketed aside.
    if (tk.text === ')') {
      let o = j - 1;
      while (o > s.from && o > j - 8 && t[o]!.text !== '(' && t[o]!.text !== ')') o--;
      if (t[o]?.text !== '(') break;
      j = o - 1;
      continue;
    }
    if (tk.kind === 'num' && !/year-old$/.test(tk.lower)) {
      j--;
      continue;
    }
    if (tk.kind !== 'word') break;
    const l = tk.lower;
    if (l === 'to') {
      const k = openingTo(t, j);
      if (k < 0) return BLOCKED;
      j = k;
      continue;
    }
    if (s.L.speechContainers.has(l)) {
      const k = [j - 1, j - 2, j - 3].find((x) => t[x]?.lower === 'in');
      if (k !== undefined) {
        j = k - 1;
        continue;
      }
    }
    // "Theresa May said": a blocker's capital that ends a person's name is the name's.
    if (s.L.blockers.has(l) && !(tk.cap && endingAt(s, j)?.person)) return BLOCKED;
    if (!(s.L.fillers.has(l) || s.L.passiveAux.has(l)) || endingAt(s, j)) break;
    j--;
  }
  j = beforeAdverbial(s, j);
  if (j < s.from) return null;
  // "con il sindaco Matteo Donati, che ha spiegato": a relative's antecedent is its subject, even
  // where a preposition governs it.
  const antecedent = s.L.relatives.has(t[j]!.lower) && t[j - 1]?.text === ',' ? endingAt(s, j - 2) : undefined;
  if (antecedent?.person && !antecedent.poss) return ownedBy(s, antecedent) ? { type: 'anon' } : personSubject(s, antecedent);
  const tk = t[j]!;
  const m = endingAt(s, j);
  if (m) {
    if (m.poss) return null;
    // "Lena Vogt vom Roten Kreuz in Passau sagte", "Krzysztof Bosak z Konfederacji ocenił": the whole description, back to the person.
    const before = t[m.from - 1]?.lower ?? '';
    const inPhrase = m.person && m.nameFrom === m.from && (s.L.locative.has(before) || s.L.workPreps.has(before)) && !s.L.conj.has(before);
    const described = inPhrase ? describedPerson(s, m.from - 1) : undefined;
    if (described) return personSubject(s, described);
    // "Wdowa po kierowcy Adamie Nowaku powiedziała": where names inflect, a name in an oblique case is no subject.
    if (m.person && m.oblique) return { type: 'anon' };
    // "L'ufficio di Benjamin Netanyahu ha precisato", "a spokesman for X said": the office or the
    // spokesman speaks, not X (a title's domain, "Secretary of State X", is not this).
    // Also across the person's description: "the widow of South African rally driver Gugu Zulu says".
    if (m.person && ownedBy(s, m)) return { type: 'anon' };
    // "Jonathan Pearlman in Palangkan Bun has spoken to ...": a place inside the subject's phrase.
    if (inPhrase && s.L.locative.has(before)) {
      const outer = endingAt(s, m.from - 2);
      return outer?.person && !outer.poss ? personSubject(s, outer) : { type: 'anon' };
    }
    // "... at BK Asset Management in New York said": a lone word ending a description is a place.
    const lone = m.person && m.tokens.length === 1 && !m.titled ? describedPerson(s, j) : undefined;
    if (lone) return personSubject(s, lone);
    // A name a preposition governs is its object, never the subject ("Auf Instagram schrieb X",
    // "Vor Journalisten sagte X", "after talks with X, officials said"); in languages that invert,
    // the subject may still follow the verb.
    if (m.person && s.L.preps.has(before) && !s.L.ofWords.has(before) && !NOT_GOVERNING.has(before) && !s.L.conj.has(before) && !nominativeAfterGlue(m, s.L.declension)) return { type: 'anon' };
    if (m.person) return personSubject(s, m);
    // "Der Bundeskanzler betonte": where nouns are capitalised, a role description is a run too.
    const words = t.slice(m.from, m.to).map((x) => x.lower);
    const article = t[m.from - 1]?.lower ?? '';
    // Languages without articles open the sentence with the bare role ("Minister powiedziała").
    if (words.every((w) => s.L.isRole(w)) && (s.L.dets.has(article) || m.from === s.from)) return { type: 'role', head: words[words.length - 1]!, indefinite: s.L.indefinite.has(article), words };
    // "Kathleen Brooks of City Index says", "Basil McCrea of NI21 says".
    const at = describedPerson(s, m.from - 1);
    if (at) return personSubject(s, at);
    const g = colonAfter ? nameBeforeComma(s, m.from - 1) : undefined;
    return g ? personSubject(s, g) : { type: 'anon' };
  }
  if (tk.kind === 'word' && s.L.pronouns.has(tk.lower)) return tk.quoted ? null : { type: 'pronoun', at: j };
  // "Rishi Sunak visited a hospital and said ...", "ha incontrato i sindacati e ha detto": a second
  // predicate of the clause, whose subject speaks.
  if (tk.kind === 'word' && s.L.conj.has(tk.lower) && !tk.quoted && j > s.from) return COORDINATED;
  if (tk.text === ',') return appositive(s, j, colonAfter);
  if (tk.kind === 'word' && !tk.quoted) {
    // "for secretary of state": a word after a preposition is a noun, not the reporting verb.
    const noun = s.L.preps.has(tk.lower) || s.L.dets.has(tk.lower);
    const at = noun ? undefined : describedPerson(s, j);
    return at ? personSubject(s, at) : nounPhrase(s, j);
  }
  if (tk.kind === 'num' && !tk.quoted) return nounPhrase(s, j);
  return null;
}
