/**
 * Polish word order for the speaker finder: the subject is often left out ("Po naradzie
 * powiedziała dziennikarzom, że …": she said, the person the entry just named), and an adverbial
 * may stand between a named subject and its verb ("Selekcjoner Marek Zawisza przed meczem
 * powiedział …"). Used only by lexicons that set `proDrop`.
 */
import type { Sentence } from './sentence';
import type { Mention } from './names';
import { agreeingVerb } from './sex';

// The dash of Polish dialogue (cue.ts has the same: importing it from there makes a cycle).
const DASH = /^[-–—]$/;

// An adverbial of at most this many words between a subject and its verb, and of this many
// when prepositional phrases follow one another ("na konferencji prasowej w Sejmie").
const MAX_ADVERBIAL = 4;
const MAX_CHAIN = 8;
// A description of at most this many words ("pytany przez dziennikarzy o deficyt", "zapytany o Nowaka").
const MAX_DESCRIPTION = 6;
// Passive participles open a description of the subject ("pytany", "zapytana", "proszony").
const PARTICIPLE = /(?:any|ana|ony|ona|ięty|ięta)$/;

/**
 * Whether the capitalised word at `k` names a place or body a preposition governs, directly or
 * through the noun it depends on ("w Sejmie", "z TVN24", "przed budynkiem Kancelarii Premiera").
 */
function governed(s: Sentence, k: number): boolean {
  const t = s.tokens;
  let r = k;
  while (r > s.from && r > k - 3 && t[r - 1]!.cap && t[r - 1]!.kind === 'word') r--;
  if (r <= s.from) return false;
  if (s.L.preps.has(t[r - 1]!.lower)) return true;
  return r - 2 >= s.from && t[r - 1]!.kind === 'word' && !s.L.verb(t[r - 1]!.lower) && s.L.preps.has(t[r - 2]!.lower);
}

/** The preposition opening one short phrase that ends at `j`, or -1. */
function phraseStart(s: Sentence, j: number, max: number): number {
  const t = s.tokens;
  for (let k = j; k >= Math.max(s.from, j - max + 1); k--) {
    const tk = t[k]!;
    const word = tk.kind === 'word' || (tk.kind === 'num' && k > s.from);
    if (!word || tk.quoted || s.L.verb(tk.lower) || s.L.aux.has(tk.lower)) return -1;
    if (tk.cap && k > s.from && !governed(s, k)) return -1;
    if (tk.cap && k > s.from && s.ends.get(k)?.person && !s.ends.get(k)!.oblique) return -1;
    if (s.L.preps.has(tk.lower)) return k;
  }
  return -1;
}

/** The preposition opening a short adverbial (prepositional phrases in a row) that ends at `j`, or -1. */
function adverbialStart(s: Sentence, j: number): number {
  let p = phraseStart(s, j, MAX_ADVERBIAL);
  while (p > s.from) {
    const q = phraseStart(s, p - 1, MAX_ADVERBIAL);
    if (q < 0 || j - q + 1 > MAX_CHAIN) break;
    p = q;
  }
  return p;
}

/**
 * Token index before an adverbial that separates a named subject from the verb at `v`
 * ("Marek Zawisza przed meczem powiedział": the name's last token), else `j` unchanged.
 */
export function beforeAdverbial(s: Sentence, j: number): number {
  if (!s.L.proDrop || j < s.from) return j;
  const p = adverbialStart(s, j);
  const m = p > s.from ? s.ends.get(p - 1) : undefined;
  if (m?.person && !m.poss && !m.oblique) return p - 1;
  // "Jan Wróbel, który jest piąty, w krótkiej rozmowie przyznał": the comma closing a description.
  if (p > s.from + 2 && s.tokens[p - 1]!.text === ',') return p - 1;
  // "Minister Andrzej Domański pytany przez dziennikarzy o deficyt odpowiedział": a participle's phrase.
  const t = s.tokens;
  for (let k = j; k >= Math.max(s.from + 1, j - MAX_DESCRIPTION + 1); k--) {
    const tk = t[k]!;
    if (tk.kind !== 'word' || (tk.cap && !governed(s, k)) || tk.quoted || s.L.verb(tk.lower) || s.L.aux.has(tk.lower) || s.L.conj.has(tk.lower) || s.L.clauseStart.has(tk.lower)) return j;
    const named = s.ends.get(k - 1);
    if (PARTICIPLE.test(tk.lower) && named?.person && !named.poss && !named.oblique) return k - 1;
  }
  return j;
}

const persons = new WeakMap<object, { words: Set<string>; endings: string[] }>();

/** Whether the verb at `v`, or an auxiliary from `from`, is of the first person or the plural ("abbiamo parlato"). */
function otherPerson(s: Sentence, from: number, v: number): boolean {
  const raw = s.L.data.otherPersons;
  if (!raw) return false;
  let p = persons.get(s.L.data);
  if (!p) {
    const items = raw.trim().split(/\s+/);
    p = { words: new Set(items.filter((w) => !w.startsWith('-'))), endings: items.filter((w) => w.startsWith('-')).map((w) => w.slice(1)) };
    persons.set(s.L.data, p);
  }
  for (let k = from; k < v; k++) if (p.words.has(s.tokens[k]!.lower)) return true;
  const verb = s.tokens[v]!.lower;
  return p.words.has(verb) || p.endings.some((e) => verb.endsWith(e));
}

/**
 * Whether the verb at `v` has no subject of its own: it opens the sentence, or only an adverbial
 * ("Po naradzie", "Wcześniej") or an earlier clause ending in a comma stands before it.
 */
export function subjectLeftOut(s: Sentence, v: number): boolean {
  if (!s.L.proDrop) return false;
  const t = s.tokens;
  let j = v - 1;
  while (j >= s.from && t[j]!.kind === 'word' && s.L.fillers.has(t[j]!.lower)) j--;
  if (otherPerson(s, j + 1, v)) return false;
  // "– To dobry dzień – mówił": the dash closes the person's words, whoever spoke them last.
  if (j < s.from || (DASH.test(t[j]!.text) && j > s.from)) return true;
  // "«…», afirmó a su llegada": the quotation is the verb's, its subject left out.
  if (t[j]!.text === ',' && t[j - 1]?.kind === 'close' && j - 1 > s.from) return true;
  // "Además, ha anunciado …", "Inoltre, ha spiegato …": an opening connective and its comma.
  if (t[j]!.text === ',' && j > s.from && t.slice(s.from, j).every((x) => x.kind === 'word' && s.L.fillers.has(x.lower))) return true;
  const p = adverbialStart(s, j);
  if (p < s.from) return false;
  for (let k = p - 1; k >= s.from && s.L.fillers.has(t[k]!.lower); k--) if (k === s.from) return true;
  return p === s.from;
}

/**
 * "Hemos hablado con Isabel Navas, vecina de Guisando: «…»", "Abbiamo parlato con X: …": a
 * reporter (a first-person or plural verb of talking) relays the person talked to, whose words
 * follow the colon. Null: the talk alone, which reports no one; undefined: not this construction.
 */
export function talkPartner(s: Sentence, v: number): Mention | null | undefined {
  const t = s.tokens;
  if (!otherPerson(s, Math.max(s.from, v - 2), v)) return undefined;
  const m = s.L.preps.has(t[v + 1]?.lower ?? '') ? s.starts.get(v + 2) : undefined;
  if (!m?.person || m.poss) return null;
  for (let k = m.to; k < Math.min(s.to, m.to + 10); k++) {
    const x = t[k]!;
    if (x.text === ':' || x.kind === 'open') return m;
    if (x.kind === 'word' && s.L.verb(x.lower)) return null;
  }
  return null;
}

/**
 * "Premier spotkał się z Janem Kowalskim.": with no articles, a role that opens the clause right
 * before a verb whose ending agrees with one person (`agreeingVerb`: "-ł", "-ła") is
 * the clause's subject, so a later left-out subject is that role, not the person the preposition
 * governs. The role word, else null. Only where endings agree without an auxiliary (Polish).
 */
export function bareRoleSubject(s: Sentence, k: number): string | null {
  const t = s.tokens;
  const role = t[k];
  if (!s.L.proDrop || role?.kind !== 'word' || role.quoted || !s.L.publicRole(role.lower) || s.starts.get(k)?.person) return null;
  const verb = t[k + 1];
  return verb?.kind === 'word' && !verb.cap && !verb.quoted && !s.L.isOrg(verb.lower) && agreeingVerb(verb.lower, s.L) ? role.lower : null;
}
