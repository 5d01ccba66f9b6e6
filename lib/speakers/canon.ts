/**
 * Blog-level canonical names. Every multi-word person name the blog mentions goes into one table;
 * names that are the same words after folding (Zelensky / Zelenskyy / Zelenskiy) or the last words
 * of a longer one ("Lloyd Webber" of "Andrew Lloyd Webber") join one person, shown by the
 * fullest form the blog uses (its most frequent spelling on ties).
 */
import { endsWithName, foldWord, nameKey } from './names';
import { ORG_WORDS, PLACE_FIRST } from './lexicon';
import type { EntryAnalysis, RawName } from './attribute';

interface Group {
  folded: string[];
  /** Surface forms of the fullest length, with counts, in first-seen order. */
  surfaces: Map<string, number>;
  /** Mentions of the person in any form, to settle a surname two people share. */
  mentions: number;
}

/** The blog's name table: resolves an entry's raw names to canonical names. */
export interface NameTable {
  /** Canonical name for `name` as found in an entry that mentions `entryKeys`, or null for none. */
  resolve(name: RawName, entryKeys: ReadonlySet<string>): string | null;
  /** True when the blog presents this person as a journalist. */
  isJournalist(canonical: string): boolean;
}

/** Builds the table from every entry of one blog (in page order). */
export function buildNameTable(entries: readonly EntryAnalysis[]): NameTable {
  const counts = new Map<string, { tokens: string[]; n: number }>();
  const places = new Set<string>();
  for (const e of entries) {
    for (const p of e.places) places.add(p);
    for (const n of [...e.names, ...e.speakers, ...e.journalists]) {
      if (n.tokens.length < 2) continue;
      const surface = n.tokens.join(' ');
      const c = counts.get(surface);
      if (c) c.n++;
      else counts.set(surface, { tokens: n.tokens, n: 1 });
    }
  }
  // Groups are indexed by their folded last word, the part every shorter form keeps.
  const byLast = new Map<string, Group[]>();
  const owners = (folded: readonly string[]): Group[] =>
    (byLast.get(folded[folded.length - 1]!) ?? []).filter((g) => endsWithName(g.folded, folded));
  // Longest first, so that shorter forms find the person they shorten.
  const forms = [...counts.values()].sort((a, b) => b.tokens.length - a.tokens.length);
  for (const f of forms) {
    const folded = f.tokens.map(foldWord);
    const own = owners(folded);
    if (own.length > 1) continue; // "Berg" of Anna and of Erik Berg: belongs to neither
    const g = own[0];
    if (!g) {
      const last = folded[folded.length - 1]!;
      byLast.set(last, [...(byLast.get(last) ?? []), { folded, surfaces: new Map([[f.tokens.join(' '), f.n]]), mentions: f.n }]);
      continue;
    }
    g.mentions += f.n;
    if (folded.length === g.folded.length) {
      const surface = f.tokens.join(' ');
      g.surfaces.set(surface, (g.surfaces.get(surface) ?? 0) + f.n);
    }
  }
  const display = (g: Group): string => {
    let best = '';
    let n = -1;
    for (const [surface, c] of g.surfaces) if (c > n) [best, n] = [surface, c];
    return best;
  };
  const looksLikePlace = (folded: readonly string[]) =>
    places.has(folded[0]!) || (folded.length > 1 && PLACE_FIRST.has(folded[0]!)) || folded.some((w) => ORG_WORDS.has(w));
  const journalists = new Set<string>();
  const table: NameTable = {
    resolve(name, entryKeys) {
      const folded = name.tokens.map(foldWord);
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
      const g = own[0];
      if (g) return looksLikePlace(g.folded) ? null : display(g);
      if (name.tokens.length === 1 && !name.titled) return null; // a lone word needs a title or a fuller form
      return looksLikePlace(folded) ? null : name.tokens.join(' ');
    },
    isJournalist: (canonical) => journalists.has(canonical),
  };
  for (const e of entries) {
    if (!e.journalists.length) continue;
    const keys = entryKeySet(e);
    for (const j of e.journalists) {
      const c = table.resolve(j, keys);
      if (c) journalists.add(c);
    }
  }
  return table;
}

/** The keys of the multi-word names an entry mentions (to settle shared surnames locally). */
export function entryKeySet(e: EntryAnalysis): Set<string> {
  return new Set([...e.names, ...e.speakers].map((n) => nameKey(n.tokens)));
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
