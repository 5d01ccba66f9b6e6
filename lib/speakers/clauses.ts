/**
 * Clause subjects: the subject at the start of a clause (pronoun antecedents, colon leads), and
 * main clauses after the first in one sentence ("The prosecution had pushed for 15 years, but
 * judge Thoko Masipa gave him six"): their subjects are antecedents too, and the later one is the
 * nearer ("She said ..." in the next sentence is the judge, not the prosecution).
 */
import type { Mention } from './names';
import { personSubject, startingAt, type Sentence, type Subject } from './subjects';
import { bareRoleSubject } from './free-order';

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

/**
 * The subject at the start of a clause, for pronoun antecedents and colon leads: skips an
 * introductory phrase ("At the summit, Helena Markovic was ..."), then takes the first person
 * named before any preposition. Two coordinated names make it ambiguous.
 */
export function clauseSubject(s: Sentence): { subject: Subject; ambiguous: boolean; end: number } | null {
  const t = s.tokens;
  let k = s.from;
  while (k < s.to && (t[k]!.quoted || t[k]!.kind === 'open' || t[k]!.kind === 'close')) k++;
  const first = t[k];
  if (!first) return null;
  if (first.kind === 'word' && s.L.pronouns.has(first.lower)) return { subject: { type: 'pronoun', at: k }, ambiguous: false, end: k + 1 };
  // "Pour Inès Carpentier, économiste de l’énergie, la hausse …": whose view the sentence gives.
  const view = s.L.forLead.has(first.lower) ? startingAt(s, k + 1) : undefined;
  if (view?.person && !view.poss && t[view.to]?.text === ',') return { subject: personSubject(s, view), ambiguous: false, end: view.to };
  if (first.kind === 'word' && !startingAt(s, k) && !s.L.dets.has(first.lower)) {
    for (let c = k + 1; c < Math.min(s.to, k + 16); c++) {
      if (t[c]!.text === ',') {
        k = c + 1;
        break;
      }
      if (t[c]!.kind !== 'word' && t[c]!.kind !== 'num') break;
    }
  }
  if (t[k]?.kind === 'word' && s.L.pronouns.has(t[k]!.lower)) return { subject: { type: 'pronoun', at: k }, ambiguous: false, end: k + 1 };
  const bare = bareRoleSubject(s, k);
  if (bare) return { subject: { type: 'role', head: bare, indefinite: false, words: [bare] }, ambiguous: false, end: k + 1 };
  // Before the name only what a subject noun phrase holds: determiners, titles, roles, modifiers,
  // capitalised words and possessives ("Canada's defence minister Bill Blair").
  const definite = s.L.dets.has(t[k]?.lower ?? '') && !s.L.indefinite.has(t[k]!.lower);
  let role: string | null = null;
  let domain = false;
  for (let j = k; j < Math.min(s.to, k + 10); j++) {
    const tk = t[j]!;
    const m = startingAt(s, j);
    if (m?.person && !m.poss) {
      const other = s.L.conj.has(t[m.to]?.lower ?? '') ? startingAt(s, m.to + 1) : undefined;
      return { subject: personSubject(s, m), ambiguous: !!other?.person, end: m.to };
    }
    if (m) {
      // "Labour MP for Kensington Emma Dent Coad": a role that ends a name-less run of a party or
      // body takes a domain (a lone capitalised role, as a headline opens, does not: "Negoziatore
      // di Shalit" is no Shalit).
      if ((m.to - m.from > 1 || s.L.declension) && s.L.publicRole(t[m.to - 1]!.lower)) role = t[m.to - 1]!.lower;
      j = m.to - 1;
      continue;
    }
    if (tk.text === ',' && startingAt(s, j + 1)?.person) continue;
    if (tk.kind !== 'word' || tk.quoted) return null;
    // "Il ministro della Protezione civile Nello Musumeci": a role's domain, in any case.
    if (role && s.L.ofWords.has(tk.lower)) domain = true;
    if (domain && !s.L.aux.has(tk.lower) && !s.L.verb(tk.lower)) continue;
    if (s.L.publicRole(tk.lower)) role = tk.lower;
    else if (role && s.L.nationalities.has(tk.lower)) continue;
    // "Il primo ministro ha espresso ...", "The prime minister has said": a definite role
    // description is the clause's subject when a verb follows it.
    else if (role && definite && (s.L.aux.has(tk.lower) || s.L.verb(tk.lower))) {
      const words = t.slice(k, j).map((x) => x.lower).filter((w) => s.L.isRole(w));
      return { subject: { type: 'role', head: role, indefinite: false, words }, ambiguous: false, end: j };
    }
    // "Bridgend council leader John Spanswick": organisation words modify the role; so do kin,
    // colleagues and occupations ("Her colleague Osian Rees agreed, saying ...").
    const l = tk.lower;
    // "Minister sportu Adam Bąk": where names decline, a role's domain is a bare genitive.
    if (role && s.L.declension && !tk.cap && !s.L.aux.has(l) && !s.L.verb(l) && !s.L.preps.has(l) && !s.L.conj.has(l)) continue;
    if (!tk.cap && !s.L.npWords.has(l) && !s.L.titles.has(l) && !s.L.publicRole(l) && !s.L.isOrg(l) && !s.L.kin.has(l) && !s.L.colleagues.has(l) && !s.L.occupations.has(l)) return null;
  }
  return null;
}

/**
 * "Cameron says he knows ...": the subject right before the verb speaks of itself as he or she,
 * which shows a lone word is a person as a title would, so the blog may name the person by it
 * elsewhere. At a sentence's start, where any noun has a capital, only with a verb form that
 * agrees with one person ("says", not "say" or "said": "Relatives said he was kind").
 */
export function selfPronoun(s: Sentence, at: number, m: Mention): boolean {
  if (m.tokens.length !== 1 || m.to !== at) return false;
  const verb = s.L.verb(s.tokens[at]!.lower);
  if (m.initial && (!verb || verb.past || verb.base || verb.participle || verb.lemma === s.tokens[at]!.lower)) return false;
  let k = at + 1;
  if (s.L.complementizers.has(s.tokens[k]?.lower ?? '')) k++;
  return k < s.to && s.L.pronouns.has(s.tokens[k]!.lower);
}

/**
 * "Para Alberto Cuesta, el decreto es un error", "Pour X, la gauche doit s'unir": after "for X,"
 * (the comma at `c`), a clause that judges in the present is X's view, quoted or not; a clause of
 * events ("Pour X, la semaine a commencé à Lyon") or in the first person is the writer's.
 */
export function judgementAfter(s: Sentence, c: number): boolean {
  const t = s.tokens;
  let subject = false; // "Para X, hoy es un día de descanso": a time, not a subject, before the copula
  for (let k = c + 1; k < Math.min(s.to, c + 8); k++) {
    const tk = t[k]!;
    if (tk.kind !== 'word' || s.L.firstPerson.has(tk.lower) || s.L.complementizers.has(tk.lower)) return false;
    if (!s.L.judgements.has(tk.lower)) {
      subject ||= !s.L.fillers.has(tk.lower) && !s.L.adverbs.has(tk.lower);
      continue;
    }
    // "è cominciata", "est terminé": the copula of a past event (`-ending`s of participles), no judgement.
    const next = t[k + 1]?.lower ?? '';
    return subject && ![...s.L.judgements].some((e) => e[0] === '-' && next.endsWith(e.slice(1)) && next.length > e.length + 1);
  }
  return false;
}

/** One person named in full as the subject, with an apposition after the name ("Ivan Lutz, 48, …"). */
export function appositive(s: Sentence, subject: Subject): boolean {
  // Read on English blogs only so far: the other languages' pronoun figures were not measured with it.
  if (s.L.data.regular !== 'en' || subject.type !== 'person' || subject.people.length !== 1) return false;
  const m = subject.people[0]!.mention;
  return m.tokens.length > 1 && s.tokens[m.to]?.text === ',';
}
