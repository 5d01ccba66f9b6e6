/**
 * A name right after a reporting verb that is its object, not its subject, where subjects may
 * follow the verb: the sentence opens with an article and a noun that is its subject ("Le juge a
 * interrogé Jean Castel", "Der Trainer lobte Thomas Müller:", "Die Opposition wirft Olaf Brenner
 * vor, …"), so whoever is named next is the one judged, praised or accused.
 */
import type { Sentence, Subject } from './subjects';
import { sexOfWord } from './sex';

/**
 * German articles also mark objects ("Der Zeitung sagte X", "Dem Spiegel sagte X"), so there the
 * subject must be one the article fits in the nominative: "der" before a man's role ("Der
 * Trainer"), "die" before a role, an organisation or a party ("Die Opposition", "Die CDU").
 */
function germanSubject(s: Sentence, v: number): boolean {
  const t = s.tokens;
  const det = t[s.from]?.lower;
  const noun = t[s.from + 1];
  if ((det !== 'der' && det !== 'die') || !noun || noun.kind !== 'word' || noun.quoted || v !== s.from + 2) return false;
  const l = noun.lower;
  const role = s.L.isRole(l) || s.L.occupations.has(l);
  if (det === 'der') return role && sexOfWord(l, s.L) !== 'f' && !/in$/.test(l);
  return role || s.L.isOrg(l) || s.L.parties.has(l) || s.L.acronyms.has(l);
}

/** Whether the person `right`, named right after the verb at `v`, is its object. */
export function objectAfter(s: Sentence, v: number, right: Subject): boolean {
  const t = s.tokens;
  if (right.type !== 'person' || right.people[0]!.mention.from !== v + 1) return false;
  if (s.L.capitalNouns) return germanSubject(s, v);
  if (!s.L.dets.has(t[s.from]?.lower ?? '') || v - s.from > 6) return false;
  const noun = t[s.from + 1];
  if (!noun || noun.kind !== 'word' || noun.cap || s.L.verb(noun.lower) || s.L.aux.has(noun.lower)) return false;
  return t.slice(s.from, v).every((x) => x.kind === 'word' && !x.quoted);
}
