/**
 * Capitalised runs that a person's name cannot be, told by the words around them rather than by
 * their own words: an outlet named by its kind ("the news show Morning Harbour", "the Valley Courier
 * newspaper"), a body a relative pronoun for things follows ("Brightline Care, which runs…"),
 * and a name that only qualifies the role of the person after it ("Northwind Ferries boss Lena
 * Sorensen", "Elysee spokesman Paul Marot").
 */
import type { Lang } from './lang';
import type { Token } from './tokens';

/**
 * What the run [start, end) is when the words around it say it is no person: `'thing'`, a body
 * the whole blog can learn is none; `'modifier'`, a name used here to qualify someone else's
 * role (it may be a person elsewhere: "Ada Brook fan Tom Hale"); null otherwise.
 */
export function notPersonHere(tokens: readonly Token[], start: number, end: number, L: Lang): 'thing' | 'modifier' | null {
  const before = tokens[start - 1];
  const next = tokens[end];
  const lower = (t: Token | undefined) => (t?.kind === 'word' && !t.cap ? t.lower : '');
  if (L.outletNouns.has(lower(before)) || (L.outletNouns.has(lower(next)) && !next?.poss)) return 'thing';
  if (next?.text === ',' && L.thingRelatives.has(lower(tokens[end + 1]))) return 'thing';
  // The role's holder follows the role ("boss", "chief executive"): the name before says whose role it is.
  let j = end;
  const plain = (w: string) => !!w && !L.verb(w) && !L.aux.has(w) && !L.preps.has(w) && !L.dets.has(w) && !L.conj.has(w);
  while (j < end + 3 && plain(lower(tokens[j]))) j++;
  const role = lower(tokens[j - 1]);
  const holder = tokens[j];
  const isRole = j > end && (L.isRole(role) || L.occupations.has(role) || L.journalistRoles.has(role));
  return isRole && holder?.kind === 'word' && holder.cap && !L.stopCaps.has(holder.lower) ? 'modifier' : null;
}
