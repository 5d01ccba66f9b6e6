/**
 * Pieces of the blog-level name table that need no state: how one person's name forms are grouped
 * (names that are the same words after folding, Zelensky / Zelenskyy / Zelenskiy, or the last
 * words of a longer one, "Lloyd Webber" of "Andrew Lloyd Webber"), which form is shown, and who
 * wrote an entry.
 */
import { endsWithName, nameKey } from './keys';
import type { Lang } from './lang';
import type { EntryAnalysis } from './model';

/** One person of the blog: the fullest form of the name and the forms that shorten it. */
export interface Group {
  folded: string[];
  /** Surface forms of the fullest length, with counts, in first-seen order. */
  surfaces: Map<string, number>;
  /** Surface forms seen in the nominative (not after a preposition), for inflecting languages. */
  direct: Map<string, number>;
  /** Mentions of the person in any form, to settle a surname two people share. */
  mentions: number;
  /** Other spellings merged into this person ("Herzl Halevi" into "Herzi Halevi"). */
  aliases: string[][];
  /** Role words the blog gives the person ("minister", "premier"). */
  roles: Set<string>;
}

/** A multi-word name form as the blog uses it, with its number of mentions. */
export interface Form {
  tokens: string[];
  folded: string[];
  n: number;
  /** Mentions not after a preposition (the nominative, where names inflect). */
  direct: number;
  /** Role words given with this form, with counts. */
  roles: Map<string, number>;
  /** Places in the stream's time order of the entries using this form, with counts. */
  at?: Map<number, number>;
  /** The least of `at` (Infinity: none), kept as entries come so a lookup costs nothing. */
  first?: number;
}

/**
 * "George Bush" of "George W Bush": same first and last word, the short form's words in order
 * inside the long one (middle names and initials left out).
 */
export function sameEnds(long: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length && long[long.length - 1] === short[short.length - 1];
}

/** True when `folded` is one of the forms of group `g` (its own, an alias, or a shortening). */
export function ownsForm(g: Group, folded: readonly string[]): boolean {
  return [g.folded, ...g.aliases].some((f) => endsWithName(f, folded) || sameEnds(f, folded));
}

/**
 * The people of forms that share a last word, longest first so that shorter forms find the
 * person they shorten; a short form two people share ("Berg" of Anna and of Erik Berg) belongs
 * to neither.
 */
export function groupForms(forms: Iterable<Form>): Group[] {
  const groups: Group[] = [];
  const sorted = [...forms].filter((f) => f.n > 0).sort((a, b) => b.tokens.length - a.tokens.length);
  for (const f of sorted) {
    const own = groups.filter((g) => ownsForm(g, f.folded));
    if (own.length > 1) continue;
    const g = own[0];
    const surface = f.tokens.join(' ');
    if (!g) {
      groups.push({ folded: f.folded, surfaces: new Map([[surface, f.n]]), direct: new Map([[surface, f.direct]]), mentions: f.n, aliases: [], roles: new Set(f.roles.keys()) });
      continue;
    }
    g.mentions += f.n;
    for (const r of f.roles.keys()) g.roles.add(r);
    if (f.folded.length === g.folded.length) {
      g.surfaces.set(surface, (g.surfaces.get(surface) ?? 0) + f.n);
      g.direct.set(surface, (g.direct.get(surface) ?? 0) + f.direct);
    }
  }
  return mergeVariants(groups);
}

/** The nominative of a name seen only after a preposition ("Jarosława Kaczyńskiego"). */
export function nominative(surface: string, L: Lang): string {
  const words = surface.split(' ');
  if (L.declension?.given(words[0]!).length) return L.declension.nominative(words).join(' ');
  return surface
    .split(' ')
    .map((w) => {
      for (const [from, to] of L.nominative) if (w.length > from.length + 2 && w.endsWith(from)) return w.slice(0, w.length - from.length) + to;
      return w;
    })
    .join(' ');
}

/** The form a group is shown by: the most frequent fullest spelling (in the nominative where names inflect). */
export function displayName(g: Group, L: Lang): string {
  let best = '';
  let n = -1;
  for (const [surface, c] of g.surfaces) if (c > n) [best, n] = [surface, c];
  if (!L.nominative.length) return best;
  // Inflecting languages: the most frequent form seen as a subject, else the nominative rebuilt.
  let direct = '';
  let d = 0;
  for (const [surface, c] of g.direct) if (c > d) [direct, d] = [surface, c];
  return direct || nominative(best, L);
}

/** The keys of the multi-word names an entry mentions (to settle shared surnames locally). */
export function entryKeySet(e: EntryAnalysis, endings: readonly string[] = []): Set<string> {
  return new Set([...e.names, ...e.speakers].filter((n) => n.tokens.length).map((n) => nameKey(n.tokens, endings)));
}

/** True when a byline (`author`) names the canonical speaker: the entry's author is no speaker. */
export function isAuthor(author: string | null, canonical: string): boolean {
  if (!author) return false;
  const speaker = nameKey(canonical.split(' '));
  return author
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .some((a) => {
      const k = nameKey(a.trim().split(/\s+/));
      return k === speaker || (k.length > 0 && speaker.endsWith(` ${k}`));
    });
}

/** At most one letter added, removed or changed, or two neighbours swapped ("Herzl" / "Herzi", "Maryum" / "Mayrum"). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every word of `long` is the same word of `short` or continues it, and one differs. */
function fuller(long: readonly string[], short: readonly string[]): boolean {
  return long.some((w, i) => w !== short[i]) && long.every((w, i) => w.startsWith(short[i]!));
}

/** A given name and its short form ("Alex" / "Alexander", "Chris" / "Christopher"): three letters or more. */
function shortens(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * One person spelt two ways in one blog ("Herzi Halevi" / "Herzl Halevi", "Alex Stubb" /
 * "Alexander Stubb"): same surname, other words of four letters or more one letter apart, or a
 * given name and its short form. The more frequent spelling absorbs the other.
 */
function mergeVariants(groups: Group[]): Group[] {
  if (groups.length < 2) return groups;
  const kept: Group[] = [];
  for (const g of [...groups].sort((a, b) => b.mentions - a.mentions)) {
    const into = kept.find(
      (k) =>
        k.folded.length === g.folded.length &&
        k.folded.every((w, i) => w === g.folded[i] || (w.length >= 4 && oneEditApart(w, g.folded[i]!)) || (i === 0 && k.folded.length > 1 && shortens(w, g.folded[i]!))),
    );
    if (!into) {
      kept.push(g);
      continue;
    }
    into.mentions += g.mentions;
    for (const r of g.roles) into.roles.add(r);
    // "Steve Ashman" / "Steven Ashman": a spelling that only lengthens words is the fuller form,
    // shown whichever is more frequent.
    if (fuller(g.folded, into.folded)) {
      into.aliases.push(into.folded);
      into.folded = g.folded;
      into.surfaces = g.surfaces;
      into.direct = g.direct;
      continue;
    }
    // The variant's forms resolve to the kept group; its surfaces do not compete for display.
    into.aliases.push(g.folded);
  }
  return kept;
}
