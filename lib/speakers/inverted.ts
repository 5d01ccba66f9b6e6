/**
 * The subject right of a verb: after a quotation ("“…,” said Rose") and in languages that put the
 * subject after the verb anywhere ("Lo ha detto il ministro X", "sagte der Sprecher X").
 */
import type { Token } from './tokens';
import type { Mention } from './names';
import type { Lang } from './lang';
import { personSubject, startingAt, type Sentence, type Subject } from './subjects';
import { nominativeAfterGlue } from './inflection-pl';

export function endsInversion(t: Token | undefined, L: Lang): boolean {
  return !t || t.kind === 'punct' || t.kind === 'open' || t.kind === 'close' || L.afterInversion.has(t.lower);
}

/**
 * The subject right of a verb: `“…,” said Rose`, `, says Guardian correspondent X:`, and in
 * languages that put the subject after the verb "Lo ha detto il ministro degli Esteri, Sergei
 * Lavrov", "sagte der Sprecher des Ministeriums, Matthew Miller". A determiner, a role with its
 * domain ("of the Interior") and one comma may come before the name; a preposition ("told to",
 * "ha detto a"), a clause ("said that") or a verb ends the search. `loose`: after "according to",
 * where the sentence goes on after the name.
 */
export function rightSubject(s: Sentence, v: number, loose = false): Subject | null {
  const t = s.tokens;
  const L = s.L;
  let k = v + 1;
  if (L.reflexives.has(t[k]?.lower ?? '')) k++;
  if (k >= s.to || L.complementizers.has(t[k]!.lower)) return null;
  if (t[k]!.kind === 'word' && L.pronouns.has(t[k]!.lower)) return endsInversion(t[k + 1], L) ? { type: 'pronoun', at: k } : null;
  // "sagte dem Bayerischen Rundfunk": an article in an object case starts no subject.
  if (L.objectDets.has(t[k]!.lower)) return null;
  const det = t[k]!.kind === 'word' && L.dets.has(t[k]!.lower) ? t[k++] : undefined;
  let head: string | null = null;
  for (let n = 0; k < s.to && n < (loose ? 8 : 14); n++, k++) {
    const m = startingAt(s, k);
    // "il presidente di Yad Vashem, Dany Dayan": a name after the role's "of" is its domain.
    // "de la Transition écologique": an article may stand between "of" and the domain.
    const of = L.dets.has(t[k - 1]?.lower ?? '') ? k - 2 : k - 1;
    const inDomain = head !== null && L.ofWords.has(t[of]?.lower ?? '') && m?.nameFrom === m?.from;
    // A name in an oblique case after the verb is whom it was said to ("powiedział reporterce Annie Kamińskiej").
    if (m?.person && m.oblique && !loose && L.declension) {
      k = m.to - 1;
      continue;
    }
    if (m?.person && !m.poss && !inDomain) return loose || endsInversion(t[m.to], L) ? personSubject(s, m) : null;
    const tk = t[k]!;
    // "il ministro degli Esteri, Sergei Lavrov": one comma between a role and its holder.
    // Not after sources: "secondo fonti di Forza Italia, Tajani sarebbe …" (the sources speak).
    if (tk.text === ',' && head !== null && (L.isRole(head) || L.occupations.has(head) || L.kin.has(head)) && startingAt(s, k + 1)?.person) continue;
    // "il vicepremier e ministro degli Esteri Antonio Tajani": one person holding two roles.
    if (head !== null && L.conj.has(tk.lower) && L.isRole(t[k + 1]?.lower ?? '')) continue;
    // "zdaniem klimatologa prof. Jana Nowaka": an abbreviation's full stop.
    if (tk.text === '.' && L.abbrev.has(t[k - 1]?.lower ?? '')) continue;
    // "el portavoz de los bomberos": after "of", "los" is an article, not an object pronoun.
    const article = L.dets.has(tk.lower) && L.ofWords.has(t[k - 1]?.lower ?? '');
    if (tk.kind !== 'word' || L.complementizers.has(tk.lower) || (L.functionHeads.has(tk.lower) && !article)) break;
    // "racconta in lacrime Linor Atia", "przyznał po spotkaniu Bartosz Zmarzlik": a short phrase
    // of manner or time between the verb and its subject.
    if (!loose && head === null && L.preps.has(tk.lower)) {
      const after = mannerThenName(s, k + 1);
      if (after) return personSubject(s, after);
    }
    // "ha detto a SkyTg24 l'ambasciatore", "l'ambasciatore in Italia, Alon Bar": a recipient or a
    // place between verb and subject.
    const object = L.preps.has(tk.lower) ? startingAt(s, k + 1) : undefined;
    if (object && (!object.person || (object.tokens.length === 1 && !object.titled)) && !loose) {
      k = object.to - 1;
      continue;
    }
    // "chiede le dimissioni del ministro X": the "of" of a thing names its owner, not the subject.
    if (head !== null && L.ofWords.has(tk.lower) && !personWord(head, L)) return null;
    if (L.preps.has(tk.lower) && !(head !== null && L.ofWords.has(tk.lower))) break;
    if (L.aux.has(tk.lower) || (L.verb(tk.lower) && !m)) return null; // "said the members were united": a reported clause
    if (m) {
      const role = m.person ? undefined : t.slice(m.from, m.to).find((x) => L.publicRole(x.lower));
      if (role) head = role.lower;
      k = m.to - 1;
      continue;
    }
    if (L.publicRole(tk.lower)) head = tk.lower;
    else if (head === null && !tk.cap) head = tk.lower;
  }
  if (head === null || !(loose || endsInversion(t[k], L))) return null;
  if (det && L.indefinite.has(det.lower)) return { type: 'anon' };
  if (L.journalistRoles.has(head)) return { type: 'anon' };
  return L.publicRole(head) ? { type: 'role', head, indefinite: false } : { type: 'anon' };
}

/** A word that names a person or a group of people by what they are (a role, a job, kin, a people). */
function personWord(w: string, L: Lang): boolean {
  return L.isRole(w) || L.occupations.has(w) || L.kin.has(w) || L.titles.has(w) || L.nationalities.has(w) || L.anonRoles.has(w) || L.journalistRoles.has(w);
}

// A phrase of manner, time or place and a role may run this long before the name; longer where
// names decline, so that a name in an oblique case is told from the subject ("mówił przed
// wejściem na salę plenarną minister finansów X": two prepositional phrases, then the role).
const MANNER_WORDS = 6;
const MANNER_WORDS_DECLINED = 8;

/** A person named after a short phrase of lower-case words (and a medium's name) at `k`, closing the clause. */
function mannerThenName(s: Sentence, k: number): Mention | null {
  for (let j = k; j < Math.min(s.to, k + (s.L.declension ? MANNER_WORDS_DECLINED : MANNER_WORDS)); j++) {
    const m = startingAt(s, j);
    // "w rozmowie z nSport+ Bartosz Zmarzlik": a medium may be named on the way; a person right
    // after a preposition is its object ("con Marco Galli"), not the subject.
    // So may an agency's acronym: "ha detto all'ANSA Franco Ferrante".
    // So may a platform: "ha scritto su Instagram Carla Riva".
    const medium = (w: string) => s.L.acronyms.has(w) || s.L.platforms.has(w);
    const glued = !!m && (nominativeAfterGlue(m, s.L.declension) || (m.person && m.nameFrom === m.from + 1 && medium(s.tokens[m.from]!.lower)));
    // Where every noun is capitalised, one untitled word after a phrase is its noun ("warnte vor weiterem Regen").
    if (m?.person && s.L.capitalNouns && m.tokens.length === 1 && !m.titled) return null;
    if (m?.person) return (j > k || glued) && !m.poss && (glued || !s.L.preps.has(s.tokens[j - 1]!.lower)) && endsInversion(s.tokens[m.to], s.L) ? m : null;
    if (m) {
      j = m.to - 1;
      continue;
    }
    const tk = s.tokens[j]!;
    if (tk.text === '+') continue;
    if (tk.kind !== 'word' || tk.cap || s.L.verb(tk.lower) || s.L.complementizers.has(tk.lower)) return null;
  }
  return null;
}
