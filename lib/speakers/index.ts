/**
 * Speakers of a live blog: for every entry the people whose words it reports, with the quotations
 * attributed to them, and the blog's list of speakers by number of entries.
 *
 * Rules, not a language model: it runs in the content script on every entry. Each entry is read
 * once (`analyseEntry`); its raw names become canonical names through the blog's name table,
 * which each batch of entries updates in place (see `SpeakerIndex.add`).
 */
import type { SpeakerCount } from '../types';
import { analyseEntry } from './attribute';
import { entryKeySet, isAuthor } from './canon';
import { compileLexicon, type Lang, type LexiconData } from './lang';
import { en } from './lexicons/en';
import type { EntryAnalysis, RawName, SpeakerEntryInput } from './model';
import type { EntrySpeakers, SpeakerQuote, SpeakersResult, SpeakersUpdate, SpeakerWork } from './results';
import { StreamLinks } from './stream';
import { NameTable } from './table';
import { fitsPronoun } from './sex';

/** The entry shape the speaker finder reads (a subset of `Entry`). */
export type { SpeakerEntryInput } from './model';
export type { LexiconData } from './lang';
export type { EntrySpeakers, SpeakerQuote, SpeakersResult, SpeakersUpdate, SpeakerWork } from './results';

interface Stored {
  reading: EntryAnalysis;
  keys: Set<string>;
  /** Name-table buckets its names resolve through. */
  deps: Set<string>;
  /** Canonical names it presents as journalists, as counted in the table. */
  journalists: string[];
  result: EntrySpeakers;
}

const EMPTY: EntrySpeakers = { speakers: [], quotes: [] };

/**
 * Incremental speaker finder for one blog: add entries as the page shows them (live updates
 * included). One batch costs the entries it brings plus the earlier entries whose names it
 * changes, never a pass over the whole blog, and it never takes a speaker away from an entry
 * of an earlier batch (a later entry can only rename or add). An id added twice (a pinned copy)
 * is read once and counted once. Within one batch everything is read together: the first page's
 * entries inform each other in any order.
 */
export class SpeakerIndex {
  private readonly entries = new Map<string, Stored>();
  /** Entry ids by the name-table bucket their names resolve through. */
  private readonly dependents = new Map<string, Set<string>>();
  private readonly counts = new Map<string, number>();
  private readonly firstSeen = new Map<string, number>();
  private readonly L: Lang;
  private readonly table: NameTable;
  private lastWork: SpeakerWork = { read: 0, resolved: 0 };
  /** Readings made ahead by `prepare`: reading is the costly part, and needs nothing of the blog. */
  private readonly ahead = new Map<string, EntryAnalysis>();
  /** The entry before each one in time, for "He added ..." in an entry naming nobody. */
  private readonly stream = new StreamLinks();

  /** `lexicon`: the blog's language (English by default). */
  constructor(lexicon: LexiconData = en) {
    this.L = compileLexicon(lexicon);
    this.table = new NameTable(this.L);
  }

  /** Reads entries ahead of `add`, in slices if the caller likes; `add` takes these readings (same result). */
  prepare(entries: Iterable<SpeakerEntryInput>): void {
    for (const e of entries) if (!this.entries.has(e.id) && !this.ahead.has(e.id)) this.ahead.set(e.id, analyseEntry(e, this.L));
  }

  /** Reads the entries of `batch` not seen before (by id); returns what changed. */
  add(batch: Iterable<SpeakerEntryInput>): SpeakersUpdate {
    return this.ingest(batch, false);
  }

  /**
   * Re-reads `batch` whether seen or not (an entry edited on the page keeps its id). An edited
   * entry's own speakers are read afresh and may shrink; other entries still only gain.
   */
  update(batch: Iterable<SpeakerEntryInput>): SpeakersUpdate {
    return this.ingest(batch, true);
  }

  /** The current speakers of one entry. */
  get(id: string): EntrySpeakers | undefined {
    return this.entries.get(id)?.result;
  }

  /** The whole current result (every entry added so far, in the order first added). */
  result(): SpeakersResult {
    const perEntry = new Map<string, EntrySpeakers>();
    for (const [id, s] of this.entries) perEntry.set(id, s.result);
    return { perEntry, speakers: this.speakerList() };
  }

  /** Number of distinct entries read. */
  get size(): number {
    return this.entries.size;
  }

  /** Entries read and entries resolved by the last `add` or `update`. */
  get work(): SpeakerWork {
    return { ...this.lastWork };
  }

  private ingest(batch: Iterable<SpeakerEntryInput>, reread: boolean): SpeakersUpdate {
    const work = { read: 0, resolved: 0 };
    const fresh = new Map<string, Stored>();
    const touched = new Set<string>();
    const list = [...batch];
    const seen = new Set<string>();
    if (!reread) this.stream.link(list.filter((e) => !this.entries.has(e.id) && !seen.has(e.id) && !!seen.add(e.id)));
    for (const input of list) {
      const old = this.entries.get(input.id);
      if (fresh.has(input.id) || (old && !reread)) continue;
      const reading = (!reread && this.ahead.get(input.id)) || analyseEntry(input, this.L);
      this.ahead.delete(input.id);
      work.read++;
      if (old) {
        this.table.count(old.reading, -1, touched, this.stream.position(input.id));
        this.table.countJournalists(old.journalists, -1);
        this.link(input.id, old.deps, false);
      }
      this.table.count(reading, 1, touched, this.stream.position(input.id));
      const names = [...reading.speakers, ...reading.quotes.map((q) => q.speaker)];
      const keys = entryKeySet(reading, this.L.nameEndings);
      const stored: Stored = {
        reading,
        keys,
        deps: this.depsOf(names, keys),
        journalists: [],
        result: old?.result ?? EMPTY,
      };
      fresh.set(input.id, stored);
      this.entries.set(input.id, stored);
      this.link(input.id, stored.deps, true);
    }
    // "He added ..." resolves through the entry before it: renaming that one's speaker renames it.
    for (const [id, s] of fresh) {
      const before = s.reading.speakers.some((n) => n.previous || n.tokens.length === 1) ? this.entries.get(this.stream.previous(id) ?? '') : undefined;
      if (!before) continue;
      for (const k of before.deps) s.deps.add(k);
      this.link(id, before.deps, true);
    }
    const changedKeys = this.table.settle(touched);
    // The batch's journalists hold for the whole batch, whichever entry names them.
    for (const s of fresh.values()) {
      s.journalists = s.reading.journalists.flatMap((j) => this.table.resolve(j, s.keys) ?? []);
      this.table.countJournalists(s.journalists, 1);
    }
    const changed = new Map<string, EntrySpeakers>();
    for (const [id, s] of fresh) {
      work.resolved++;
      this.setResult(s, this.resolveEntry(s));
      changed.set(id, s.result);
    }
    // Earlier entries whose names resolve through a bucket this batch changed.
    const again = new Set<string>();
    for (const key of changedKeys) for (const id of this.dependents.get(key) ?? []) if (!fresh.has(id)) again.add(id);
    for (const id of again) {
      const s = this.entries.get(id)!;
      work.resolved++;
      const next = this.keepEarlier(s, this.resolveEntry(s));
      if (sameResult(next, s.result)) continue;
      this.setResult(s, next);
      changed.set(id, next);
    }
    this.lastWork = work;
    return { changed, speakers: this.speakerList() };
  }

  /**
   * The buckets an entry's names resolve through: each name's last word, and for a lone word the
   * last word of the entry's two-word name it may begin ("Mrs Dai" of "Dai Shuqin").
   */
  private depsOf(names: readonly RawName[], keys: ReadonlySet<string>): Set<string> {
    const deps = new Set<string>();
    for (const n of names) {
      const [key] = this.table.keysOf(n);
      for (const k of this.table.keysOf(n)) deps.add(k);
      if (n.tokens.length !== 1 || key === undefined) continue;
      for (const k of keys) if (k.startsWith(`${key} `)) deps.add(k.slice(k.lastIndexOf(' ') + 1));
    }
    return deps;
  }

  private link(id: string, deps: Iterable<string>, on: boolean): void {
    for (const key of deps) {
      let ids = this.dependents.get(key);
      if (on) {
        if (!ids) this.dependents.set(key, (ids = new Set()));
        ids.add(id);
      } else {
        ids?.delete(id);
        if (ids && !ids.size) this.dependents.delete(key);
      }
    }
  }

  private canonical(s: Stored, n: RawName, filter: boolean, depth = 0): string | null {
    let c = n.previous ? this.previousSpeaker(s, depth, n.sex) : this.table.resolve(n, s.keys, this.stream.position(s.reading.id));
    // "Mr Davies added:" where the blog has two Davieses: the one the entry before it quotes.
    if (!c && n.tokens.length === 1 && !n.role) c = this.sameSurnameBefore(s, n.tokens[0]!, depth);
    return c && (!filter || (!this.table.isJournalist(c) && !isAuthor(s.reading.author, c))) ? c : null;
  }

  /** The one speaker of the entry before `s` in time (a short chain of "He added" at most), else null. */
  private previousSpeaker(s: Stored, depth: number, sex?: RawName['sex']): string | null {
    const before = depth < 3 ? this.entries.get(this.stream.previous(s.reading.id) ?? '') : undefined;
    const speakers = before ? this.resolveEntry(before, depth + 1).speakers : [];
    return speakers.length === 1 && fitsPronoun(sex, speakers[0]!, this.L) ? speakers[0]! : null;
  }

  private sameSurnameBefore(s: Stored, surname: string, depth: number): string | null {
    const prev = this.previousSpeaker(s, depth);
    const key = this.table.keysOf({ tokens: [surname], titled: true })[0];
    return prev && prev.includes(' ') && this.table.keysOf({ tokens: prev.split(' '), titled: true })[0] === key ? prev : null;
  }

  private resolveEntry(s: Stored, depth = 0): EntrySpeakers {
    const speakers: string[] = [];
    for (const n of s.reading.speakers) {
      const c = this.canonical(s, n, true, depth);
      if (c && !speakers.includes(c)) speakers.push(c);
    }
    const quotes: SpeakerQuote[] = [];
    for (const q of s.reading.quotes) {
      const c = this.canonical(s, q.speaker, true, depth);
      if (c) quotes.push({ text: q.text, speaker: c, paragraph: q.paragraph, start: q.start, end: q.end });
    }
    return { speakers, quotes };
  }

  /**
   * A later batch never takes a speaker away from an earlier entry: what it had stays, under its
   * fullest current form, and so does the speaker of each quotation it had.
   */
  private keepEarlier(s: Stored, next: EntrySpeakers): EntrySpeakers {
    const renamed = new Map<string, string>();
    const rename = (name: string) => {
      let r = renamed.get(name);
      // The entry's own raw name when it still reads that way keeps its flags ("Sir Martin" is a given name).
      const raw = [...s.reading.speakers, ...s.reading.quotes.map((q) => q.speaker)].find((n) => n.given && n.tokens.join(' ') === name);
      if (r === undefined) renamed.set(name, (r = this.canonical(s, raw ?? { tokens: name.split(' '), titled: true }, false) ?? name));
      return r;
    };
    const speakers = [...next.speakers];
    for (const old of s.result.speakers) {
      const r = rename(old);
      if (!speakers.includes(r)) speakers.push(r);
    }
    const at = (q: SpeakerQuote) => `${q.paragraph}:${q.start}`;
    const earlier = new Map(s.result.quotes.map((q) => [at(q), q]));
    const quotes = next.quotes.map((q) => {
      const old = earlier.get(at(q));
      return old ? { ...q, speaker: rename(old.speaker) } : q;
    });
    for (const q of s.result.quotes) if (!quotes.some((x) => at(x) === at(q))) quotes.push({ ...q, speaker: rename(q.speaker) });
    return { speakers, quotes };
  }

  private setResult(s: Stored, next: EntrySpeakers): void {
    for (const name of s.result.speakers) {
      const n = (this.counts.get(name) ?? 0) - 1;
      if (n > 0) this.counts.set(name, n);
      else this.counts.delete(name);
    }
    for (const name of next.speakers) {
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      if (!this.firstSeen.has(name)) this.firstSeen.set(name, this.firstSeen.size);
    }
    s.result = next;
  }

  /** The blog's speakers by number of entries, then by first appearance. */
  private speakerList(): SpeakerCount[] {
    return [...this.counts]
      .map(([name, entries]) => ({ name, entries }))
      .sort((a, b) => b.entries - a.entries || this.firstSeen.get(a.name)! - this.firstSeen.get(b.name)!);
  }
}

function sameResult(a: EntrySpeakers, b: EntrySpeakers): boolean {
  return (
    a.speakers.length === b.speakers.length &&
    a.speakers.every((s, i) => s === b.speakers[i]) &&
    a.quotes.length === b.quotes.length &&
    a.quotes.every((q, i) => q.speaker === b.quotes[i]!.speaker && q.paragraph === b.quotes[i]!.paragraph && q.start === b.quotes[i]!.start)
  );
}

/**
 * Finds the speakers of one blog's entries (in page order), read as one batch. Canonical names
 * span all the entries; the same id twice counts once.
 */
export function findSpeakers(entries: Iterable<SpeakerEntryInput>, lexicon: LexiconData = en): SpeakersResult {
  const index = new SpeakerIndex(lexicon);
  index.add(entries);
  return index.result();
}
