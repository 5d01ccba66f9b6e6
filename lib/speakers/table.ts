/**
 * The blog's name table, kept current entry by entry. Every multi-word person name the blog
 * mentions is counted in a bucket keyed by its folded last word, the part every shorter form of
 * the name keeps ("Rutte" of "Mark Rutte"): the people of a bucket depend on that bucket's forms
 * only, so an entry that names someone changes one small bucket, never the whole table.
 *
 * `settle` recomputes the buckets an update touched and reports those whose answers changed (a
 * new person, a fuller or more frequent spelling, a surname now shared): only entries whose names
 * fall in those buckets need resolving again.
 */
import { displayName, groupForms, nominative, ownsForm, sameEnds, type Form, type Group } from './canon';
import { foldWord } from './keys';
import type { Lang } from './lang';
import type { EntryAnalysis, RawName } from './model';

interface Bucket {
  /** Multi-word forms ending in this word, by surface. */
  forms: Map<string, Form>;
  groups: Group[];
  /** What resolving a name of this bucket depends on, to tell whether an update changed it. */
  signature: string;
}

function bump<K>(m: Map<K, number>, k: K, by: number): void {
  const n = (m.get(k) ?? 0) + by;
  if (n > 0) m.set(k, n);
  else m.delete(k);
}

/** Counts a form's use at a place in time; an edited entry's removal may move its first place. */
function place(f: Form, position: number, sign: 1 | -1): void {
  const at = (f.at ??= new Map());
  bump(at, position, sign);
  if (sign > 0) f.first = Math.min(f.first ?? Infinity, position);
  else if (position === f.first && !at.has(position)) f.first = at.size ? Math.min(...at.keys()) : Infinity;
}

export class NameTable {
  private readonly buckets = new Map<string, Bucket>();
  /** Groups of three words or more by folded first word ("Tedros" of "Tedros Adhanom Ghebreyesus"). */
  private readonly byFirst = new Map<string, Set<Group>>();
  /** Three-word groups by folded middle word, where people carry two surnames ("Montes" of "Javier Montes Arribas"). */
  private readonly byPaternal = new Map<string, Set<Group>>();
  /** Groups by the role words the blog gives them (and those words' role endings), for "the minister said". */
  private readonly byRole = new Map<string, Set<Group>>();
  /** Groups of two words or more by folded first word, for "Sir Martin" of "Martin Moore-Bick". */
  private readonly byGiven = new Map<string, Set<Group>>();
  private readonly places = new Map<string, number>();
  private readonly things = new Map<string, number>();
  /** Folded canonical names the blog presents as journalists, with counts. */
  private readonly journalists = new Map<string, number>();

  constructor(private readonly L: Lang) {}

  private fold = (w: string): string => foldWord(w, this.L.nameEndings);

  /**
   * Counts one entry's names in (`sign` 1) or out (-1, an edited entry's old reading), adding the
   * keys of the buckets it touched to `touched`.
   */
  count(e: EntryAnalysis, sign: 1 | -1, touched: Set<string>, position?: number): void {
    for (const p of e.places) bump(this.places, p, sign);
    for (const t of e.things) bump(this.things, t.map(this.fold).join(' '), sign);
    for (const n of [...e.names, ...e.speakers, ...e.journalists]) {
      // A one-word form counts when titled ("president Trump"): the blog's evidence of a person.
      if (n.tokens.length < (n.titled ? 1 : 2)) continue;
      const folded = n.tokens.map(this.fold);
      const key = folded[folded.length - 1]!;
      let b = this.buckets.get(key);
      if (!b) this.buckets.set(key, (b = { forms: new Map(), groups: [], signature: '' }));
      const surface = n.tokens.join(' ');
      const f = b.forms.get(surface) ?? { tokens: n.tokens, folded, n: 0, direct: 0, roles: new Map() };
      f.n += sign;
      if (position !== undefined && n.tokens.length > 1) place(f, position, sign);
      // A declined given name shows an oblique case whatever found the name (a pronoun, a reply).
      if (!n.oblique && this.L.declension?.oblique(n.tokens) !== true) f.direct += sign;
      for (const r of n.roles ?? []) if (this.L.isRole(r) || this.L.occupations.has(r)) bump(f.roles, r, sign);
      if (f.n > 0) b.forms.set(surface, f);
      else b.forms.delete(surface);
      touched.add(key);
    }
  }

  /**
   * Regroups the touched buckets. Returns the keys whose answers may have changed: the buckets
   * whose people or their displayed names changed, and the first words of long names added or
   * dropped there (a lone "Tedros" resolves through them).
   */
  settle(touched: Iterable<string>): Set<string> {
    const changed = new Set<string>();
    for (const key of touched) {
      const b = this.buckets.get(key);
      if (!b) continue;
      const old = b.groups;
      b.groups = groupForms(b.forms.values());
      const signature = this.signature(b.groups);
      if (signature === b.signature) continue;
      b.signature = signature;
      changed.add(key);
      for (const g of old) for (const k of this.roleKeys(g)) this.byRole.get(k)?.delete(g);
      for (const g of b.groups) {
        for (const k of this.roleKeys(g)) {
          if (!this.byRole.has(k)) this.byRole.set(k, new Set());
          this.byRole.get(k)!.add(g);
        }
      }
      for (const g of [...old, ...b.groups]) for (const k of this.roleKeys(g)) changed.add(`role:${k}`);
      for (const g of old) {
        if (g.folded.length >= 3) this.byFirst.get(g.folded[0]!)?.delete(g);
        if (g.folded.length >= 2) this.byGiven.get(g.folded[0]!)?.delete(g);
        if (g.folded.length === 3) this.byPaternal.get(g.folded[1]!)?.delete(g);
      }
      for (const g of b.groups) {
        if (g.folded.length < 2) continue;
        const first = g.folded[0]!;
        if (!this.byGiven.has(first)) this.byGiven.set(first, new Set());
        this.byGiven.get(first)!.add(g);
        if (g.folded.length < 3) continue;
        if (this.paternal(g)) {
          if (!this.byPaternal.has(g.folded[1]!)) this.byPaternal.set(g.folded[1]!, new Set());
          this.byPaternal.get(g.folded[1]!)!.add(g);
        }
        if (!this.byFirst.has(first)) this.byFirst.set(first, new Set());
        this.byFirst.get(first)!.add(g);
      }
      for (const g of [...old, ...b.groups]) if (g.folded.length >= 2) changed.add(g.folded[0]!);
      for (const g of [...old, ...b.groups]) if (this.paternal(g)) changed.add(g.folded[1]!);
      if (!b.forms.size) this.buckets.delete(key);
    }
    return changed;
  }

  /** People, their shown names and, for a shared surname, which one dominates. */
  private signature(groups: readonly Group[]): string {
    const total = groups.reduce((n, g) => n + g.mentions, 0);
    return groups
      .map((g) => `${g.folded.join(' ')}=${displayName(g, this.L)}${g.aliases.map((a) => `/${a.join(' ')}`).join('')}${g.mentions * 4 >= total * 3 ? '*' : ''}:${[...g.roles].sort().join(',')}`)
      .join('|');
  }

  private owners(folded: readonly string[]): Group[] {
    return (this.buckets.get(folded[folded.length - 1]!)?.groups ?? []).filter((g) => ownsForm(g, folded));
  }

  /** A given name, then two surnames: the middle word is one the person is called by (not "José Luis Ruiz"). */
  private paternal(g: Group): boolean {
    const middle = g.folded[1] ?? '';
    return !!this.L.data.pairedSurnames && g.folded.length === 3 && !this.L.givenNames.has(middle.charAt(0).toUpperCase() + middle.slice(1));
  }

  /** `role`: the blog gives the name a role ("the clerk, Peter Hall"), so an organisation word in it is a surname. */
  private looksLikePlace(folded: readonly string[], role = false): boolean {
    return this.places.has(folded[0]!) || (folded.length > 1 && this.L.placeFirst.has(folded[0]!)) || (!role && folded.some((w) => this.L.isOrg(w)));
  }

  /** The role words of a group, with the role endings of compounds ("umweltministerin" → "ministerin"). */
  private roleKeys(g: Group): string[] {
    const keys: string[] = [];
    for (const r of g.roles) {
      if (!this.L.publicRole(r)) continue;
      keys.push(r);
      for (const s of this.L.roleSuffixes) if (r !== s && r.endsWith(s)) keys.push(s);
    }
    return keys;
  }

  /** The bucket keys a raw name depends on. */
  keysOf(name: RawName): string[] {
    const keys = name.tokens.length ? [this.fold(name.tokens[name.tokens.length - 1]!)] : [];
    for (const n of name.role?.among ?? []) keys.push(this.fold(n[n.length - 1]!));
    if (name.role?.blog) keys.push(`role:${name.role.head}`);
    return keys;
  }

  /** Where in time the blog first names the person in full (Infinity: not known). */
  private firstAt(g: Group): number {
    const b = this.buckets.get(g.folded[g.folded.length - 1]!);
    let first = Infinity;
    for (const surface of g.surfaces.keys()) first = Math.min(first, b?.forms.get(surface)?.first ?? Infinity);
    return first;
  }

  /**
   * Canonical name for `name` as found in an entry that mentions `entryKeys`, or null for none;
   * `position`: the entry's place in the stream's time order, when known.
   */
  resolve(name: RawName, entryKeys: ReadonlySet<string>, position?: number): string | null {
    if (name.role) {
      // "The prime minister said", in an entry naming "Starmer" and "Morgan": the one of them the
      // blog calls prime minister, else the entry's own guess.
      const holders = new Set<Group>();
      for (const n of name.role.among) {
        const own = this.owners(n.map(this.fold));
        if (own.length === 1 && name.role.words.every((w) => own[0]!.roles.has(w))) holders.add(own[0]!);
      }
      // An entry that names nobody in full: the one person of the whole blog with that role.
      if (!holders.size && name.role.blog) {
        // Every role word must hold ("prime minister" is not "first minister"), compounds by their ending.
        const has = (g: Group, w: string) => g.roles.has(w) || (this.L.isRole(w) && [...g.roles].some((r) => r.endsWith(w)));
        const all = [...(this.byRole.get(name.role.head) ?? [])].filter((g) => name.role!.words.every((w) => has(g, w)));
        // Two ministers in the blog: the one it had named up to this entry, as for a surname.
        const before = all.length > 1 && position !== undefined ? all.filter((g) => this.firstAt(g) <= position) : all;
        if (before.length === 1) holders.add(before[0]!);
      }
      const g = holders.size === 1 ? [...holders][0]! : null;
      if (g) return this.looksLikePlace(g.folded, g.roles.size > 0) ? null : displayName(g, this.L);
      if (!name.tokens.length) return null;
    }
    const folded = name.tokens.map(this.fold);
    // "Sir Martin": the one fuller name of the blog that begins with this given name.
    if (name.given) {
      const found = [...(this.byGiven.get(folded[0]!) ?? [])];
      if (found.length === 1) return this.looksLikePlace(found[0]!.folded, true) ? null : displayName(found[0]!, this.L);
    }
    const other = name.notOf === undefined ? null : this.fold(name.notOf);
    let own = this.owners(folded).filter((g) => !other || !g.folded.includes(other));
    if (own.length > 1) {
      // Two people share the surname: the one this entry names, else the only one the blog had
      // named in full up to this entry (as a reader, or a live blog read as it grows, takes it),
      // else one the blog names at least three times as often as all the others together;
      // otherwise no guess.
      const local = own.filter((g) => entryKeys.has(g.folded.join(' ')));
      const before = position === undefined ? [] : own.filter((g) => this.firstAt(g) <= position);
      const total = own.reduce((n, g) => n + g.mentions, 0);
      const main = own.filter((g) => g.mentions * 4 >= total * 3);
      own = local.length === 1 ? local : local.length ? [] : before.length === 1 ? before : main.length === 1 ? main : [];
      if (!own.length) return null;
    }
    // "il Dg Tedros" of "Tedros Adhanom Ghebreyesus": a titled lone word may be the first name of
    // one long name the blog gives (people known by their first name). A person the blog only
    // ever names by this one word is the last resort.
    const lone = own.length === 1 && own[0]!.folded.length === 1 ? own : null;
    if (lone) own = [];
    if (!own.length && name.tokens.length === 1) {
      const found = [...(this.byFirst.get(folded[0]!) ?? [])];
      own = found.length === 1 && (name.titled || entryKeys.has(found[0]!.folded.join(' '))) ? found : [];
      // "Dai Shuqin ... Mrs Dai said": the family name first, as the entry itself writes it.
      if (!own.length) {
        const local = [...entryKeys].filter((k) => k.startsWith(`${folded[0]} `) && k.split(' ').length === 2);
        if (local.length === 1) own = this.owners(local[0]!.split(' '));
      }
      // "Montes" of "Javier Montes Arribas": the one such name whose first surname this is.
      if (!own.length) {
        const paternal = [...(this.byPaternal.get(folded[0]!) ?? [])];
        if (paternal.length === 1) own = paternal;
      }
      if (!own.length && lone) own = lone;
    }
    const g = own[0];
    if (this.things.has((g?.folded ?? folded).join(' '))) return null;
    if (g) return this.looksLikePlace(g.folded, g.roles.size > 0) ? null : displayName(g, this.L);
    if (name.tokens.length === 1 && !name.titled) return null; // a lone word needs a title or a fuller form
    if (this.looksLikePlace(folded, !!name.roles?.length)) return null;
    const surface = name.tokens.join(' ');
    return name.oblique && this.L.nominative.length ? nominative(surface, this.L) : surface;
  }

  /** Records (or, with -1, forgets) canonical names the blog presents as journalists. */
  countJournalists(canonicals: readonly string[], sign: 1 | -1): void {
    for (const c of canonicals) bump(this.journalists, c.split(' ').map(this.fold).join(' '), sign);
  }

  /** True when the blog presents this person as a journalist, under this or a shorter form. */
  isJournalist(canonical: string): boolean {
    const folded = canonical.split(' ').map(this.fold);
    if (this.journalists.has(folded.join(' '))) return true;
    // A journalist named "Tom Phillips" once the blog also says "Tom W Phillips".
    for (let i = 1; i < folded.length - 1; i++) if (this.journalists.has(folded.slice(i).join(' '))) return true;
    for (const j of this.journalists.keys()) {
      const jf = j.split(' ');
      if (jf[jf.length - 1] === folded[folded.length - 1] && sameEnds(folded, jf)) return true;
    }
    return false;
  }
}

