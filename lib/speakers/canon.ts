/**
 * Blog-level canonical names. Every multi-word person name the blog mentions goes into one table;
 * names that are the same words after folding (Zelensky / Zelenskyy / Zelenskiy) or the last words
 * of a longer one ("Lloyd Webber" of "Andrew Lloyd Webber") join one person, shown by the
 * fullest form the blog uses (its most frequent spelling on ties).
 */
import { endsWithName, foldWord, nameKey } from './keys';
import type { Lang } from './lang';
import type { EntryAnalysis, RawName } from './model';

interface Group {
  folded: string[];
  /** Surface forms of the fullest length, with counts, in first-seen order. */
  surfaces: Map<string, number>;
  /** Surface forms seen in the nominative (not after a preposition), for inflecting languages. */
  direct: Map<string, number>;
  /** Mentions of the person in any form, to settle a surname two people share. */
  mentions: number;
  /** Other spellings merged into this person ("Herzl Halevi" into "Herzi Halevi"). */
  aliases: string[][];
}

/** The blog's name table: resolves an entry's raw names to canonical names. */
export interface NameTable {
  /** Canonical name for `name` as found in an entry that mentions `entryKeys`, or null for none. */
  resolve(name: RawName, entryKeys: ReadonlySet<string>): string | null;
  /** True when the blog presents this person as a journalist. */
  isJournalist(canonical: string): boolean;
}

/**
 * "George Bush" of "George W Bush": same first and last word, the short form's words in order
 * inside the long one (middle names and initials left out).
 */
function sameEnds(long: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length && long[long.length - 1] === short[short.length - 1];
}

/** The nominative of a name seen only after a preposition ("Jarosława Kaczyńskiego"). */
function nominative(surface: string, L: Lang): string {
  return surface
    .split(' ')
    .map((w) => {
      for (const [from, to] of L.nominative) if (w.length > from.length + 2 && w.endsWith(from)) return w.slice(0, w.length - from.length) + to;
      return w;
    })
    .join(' ');
}

/** Builds the table from every entry of one blog (in page order). */
export function buildNameTable(entries: readonly EntryAnalysis[], L: Lang): NameTable {
  const fold = (w: string) => foldWord(w, L.nameEndings);
  const counts = new Map<string, { tokens: string[]; n: number; direct: number }>();
  const places = new Set<string>();
  const things = new Set<string>();
  for (const e of entries) {
    for (const p of e.places) places.add(p);
    for (const t of e.things) things.add(t.map(fold).join(' '));
    for (const n of [...e.names, ...e.speakers, ...e.journalists]) {
      if (n.tokens.length < 2) continue;
      const surface = n.tokens.join(' ');
      const c = counts.get(surface) ?? { tokens: n.tokens, n: 0, direct: 0 };
      c.n++;
      if (!n.oblique) c.direct++;
      counts.set(surface, c);
    }
  }
  // Groups are indexed by their folded last word, the part every shorter form keeps.
  const byLast = new Map<string, Group[]>();
  const owners = (folded: readonly string[]): Group[] =>
    (byLast.get(folded[folded.length - 1]!) ?? []).filter((g) =>
      [g.folded, ...g.aliases].some((f) => endsWithName(f, folded) || sameEnds(f, folded)),
    );
  // Longest first, so that shorter forms find the person they shorten.
  const forms = [...counts.values()].sort((a, b) => b.tokens.length - a.tokens.length);
  for (const f of forms) {
    const folded = f.tokens.map(fold);
    const own = owners(folded);
    if (own.length > 1) continue; // "Berg" of Anna and of Erik Berg: belongs to neither
    const g = own[0];
    const surface = f.tokens.join(' ');
    if (!g) {
      const last = folded[folded.length - 1]!;
      const group: Group = { folded, surfaces: new Map([[surface, f.n]]), direct: new Map([[surface, f.direct]]), mentions: f.n, aliases: [] };
      byLast.set(last, [...(byLast.get(last) ?? []), group]);
      continue;
    }
    g.mentions += f.n;
    if (folded.length === g.folded.length) {
      g.surfaces.set(surface, (g.surfaces.get(surface) ?? 0) + f.n);
      g.direct.set(surface, (g.direct.get(surface) ?? 0) + f.direct);
    }
  }
  mergeVariants(byLast);
  const display = (g: Group): string => {
    let best = '';
    let n = -1;
    for (const [surface, c] of g.surfaces) if (c > n) [best, n] = [surface, c];
    if (!L.nominative.length) return best;
    // Inflecting languages: the most frequent form seen as a subject, else the nominative rebuilt.
    let direct = '';
    let d = 0;
    for (const [surface, c] of g.direct) if (c > d) [direct, d] = [surface, c];
    return direct || nominative(best, L);
  };
  const byFirst = (first: string): Group[] => {
    const found = [...byLast.values()].flat().filter((g) => g.folded.length >= 3 && g.folded[0] === first);
    return found.length === 1 ? found : [];
  };
  const looksLikePlace = (folded: readonly string[]) =>
    places.has(folded[0]!) || (folded.length > 1 && L.placeFirst.has(folded[0]!)) || folded.some((w) => L.isOrg(w));
  const journalists = new Set<string>();
  const table: NameTable = {
    resolve(name, entryKeys) {
      const folded = name.tokens.map(fold);
      let own = owners(folded);
      if (own.length > 1) {
        // Two people share the surname: the one this entry names, else one the blog names at
        // least three times as often as all the others together; otherwise no guess.
        const local = own.filter((g) => entryKeys.has(g.folded.join(' ')));
        const total = own.reduce((n, g) => n + g.mentions, 0);
        const main = own.filter((g) => g.mentions * 4 >= total * 3);
        own = local.length === 1 ? local : local.length === 0 && main.length === 1 ? main : [];
        if (!own.length) return null;
      }
      // "il Dg Tedros" of "Tedros Adhanom Ghebreyesus": a titled lone word may be the first name of
      // one long name the blog gives (people known by their first name).
      if (!own.length && name.tokens.length === 1) own = byFirst(folded[0]!).filter((g) => name.titled || entryKeys.has(g.folded.join(' ')));
      const g = own[0];
      if (things.has((g?.folded ?? folded).join(' '))) return null;
      if (g) return looksLikePlace(g.folded) ? null : display(g);
      if (name.tokens.length === 1 && !name.titled) return null; // a lone word needs a title or a fuller form
      if (looksLikePlace(folded)) return null;
      return name.oblique && L.nominative.length ? nominative(name.tokens.join(' '), L) : name.tokens.join(' ');
    },
    isJournalist: (canonical) => journalists.has(canonical),
  };
  for (const e of entries) {
    if (!e.journalists.length) continue;
    const keys = entryKeySet(e, L.nameEndings);
    for (const j of e.journalists) {
      const c = table.resolve(j, keys);
      if (c) journalists.add(c);
    }
  }
  return table;
}

/** The keys of the multi-word names an entry mentions (to settle shared surnames locally). */
export function entryKeySet(e: EntryAnalysis, endings: readonly string[] = []): Set<string> {
  return new Set([...e.names, ...e.speakers].map((n) => nameKey(n.tokens, endings)));
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

/** At most one letter added, removed or changed ("Herzl" / "Herzi"). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * One person spelt two ways in one blog ("Herzi Halevi" / "Herzl Halevi"): same surname, other
 * words of four letters or more one letter apart. The more frequent spelling absorbs the other.
 */
function mergeVariants(byLast: Map<string, Group[]>): void {
  for (const [last, groups] of byLast) {
    if (groups.length < 2) continue;
    const kept: Group[] = [];
    for (const g of [...groups].sort((a, b) => b.mentions - a.mentions)) {
      const into = kept.find(
        (k) => k.folded.length === g.folded.length && k.folded.every((w, i) => w === g.folded[i] || (w.length >= 4 && oneEditApart(w, g.folded[i]!))),
      );
      if (!into) {
        kept.push(g);
        continue;
      }
      into.mentions += g.mentions;
      // The variant's forms resolve to the kept group; its surfaces do not compete for display.
      into.aliases.push(g.folded);
    }
    byLast.set(last, kept);
  }
}
