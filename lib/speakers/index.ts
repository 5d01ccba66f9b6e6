/**
 * Speakers of a live blog: for every entry the people whose words it reports, with the quotations
 * attributed to them, and the blog's list of speakers by number of entries.
 *
 * Rules, not a language model: it runs in the content script on every entry. Each entry is read
 * once (`analyseEntry`); canonical names depend on the whole blog, so they are recomputed from the
 * stored readings whenever entries arrive, which is cheap next to reading them.
 */
import type { SpeakerCount } from '../types';
import { analyseEntry } from './attribute';
import { buildNameTable, entryKeySet, isAuthor } from './canon';
import { compileLexicon, type Lang, type LexiconData } from './lang';
import { en } from './lexicons/en';
import type { EntryAnalysis, SpeakerEntryInput } from './model';

/** The entry shape the speaker finder reads (a subset of `Entry`). */
export type { SpeakerEntryInput } from './model';
export type { LexiconData } from './lang';

/**
 * A quotation and the canonical name of the person it is attributed to. `paragraph` indexes the
 * entry's `paragraphs` (-1: the title); `start`/`end` are character offsets in that text.
 */
export interface SpeakerQuote {
  text: string;
  speaker: string;
  paragraph: number;
  start: number;
  end: number;
}

/** What one entry reports: canonical speaker names (in order of appearance) and quotations. */
export interface EntrySpeakers {
  speakers: string[];
  quotes: SpeakerQuote[];
}

/** Speakers of a whole blog: per entry id, and the blog-level list by entry count (descending). */
export interface SpeakersResult {
  perEntry: Map<string, EntrySpeakers>;
  speakers: SpeakerCount[];
}

function canonicalise(readings: readonly EntryAnalysis[], L: Lang): SpeakersResult {
  const table = buildNameTable(readings, L);
  const perEntry = new Map<string, EntrySpeakers>();
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const e of readings) {
    const keys = entryKeySet(e, L.nameEndings);
    const canon = (n: EntryAnalysis['speakers'][number]): string | null => {
      const c = table.resolve(n, keys);
      return c && !table.isJournalist(c) && !isAuthor(e.author, c) ? c : null;
    };
    const speakers: string[] = [];
    for (const n of e.speakers) {
      const c = canon(n);
      if (c && !speakers.includes(c)) speakers.push(c);
    }
    const quotes: SpeakerQuote[] = [];
    for (const q of e.quotes) {
      const c = canon(q.speaker);
      if (c) quotes.push({ text: q.text, speaker: c, paragraph: q.paragraph, start: q.start, end: q.end });
    }
    perEntry.set(e.id, { speakers, quotes });
    for (const s of speakers) {
      counts.set(s, (counts.get(s) ?? 0) + 1);
      if (!firstSeen.has(s)) firstSeen.set(s, firstSeen.size);
    }
  }
  const speakers = [...counts]
    .map(([name, entries]) => ({ name, entries }))
    .sort((a, b) => b.entries - a.entries || firstSeen.get(a.name)! - firstSeen.get(b.name)!);
  return { perEntry, speakers };
}

/**
 * Incremental speaker finder for one blog: add entries as the page shows them (live updates
 * included) and get the whole, updated result back. A later fuller name ("Mark Rutte") renames
 * earlier short mentions ("Rutte"); an id added twice (a pinned copy) is read once and counted once.
 */
export class SpeakerIndex {
  private readonly readings = new Map<string, EntryAnalysis>();
  private readonly L: Lang;

  /** `lexicon`: the blog's language (English by default). */
  constructor(lexicon: LexiconData = en) {
    this.L = compileLexicon(lexicon);
  }

  /** Reads `entries` not seen before (by id) and returns the updated result for the whole blog. */
  add(entries: Iterable<SpeakerEntryInput>): SpeakersResult {
    for (const e of entries) if (!this.readings.has(e.id)) this.readings.set(e.id, analyseEntry(e, this.L));
    return this.result();
  }

  /**
   * Re-reads `entries` whether seen or not (an entry edited on the page keeps its id) and returns
   * the updated result for the whole blog.
   */
  update(entries: Iterable<SpeakerEntryInput>): SpeakersResult {
    for (const e of entries) this.readings.set(e.id, analyseEntry(e, this.L));
    return this.result();
  }

  /** The current result for every entry added so far. */
  result(): SpeakersResult {
    return canonicalise([...this.readings.values()], this.L);
  }

  /** Number of distinct entries read. */
  get size(): number {
    return this.readings.size;
  }
}

/**
 * Finds the speakers of one blog's entries (in page order). Canonical names span all the
 * entries; the same id twice counts once.
 */
export function findSpeakers(entries: Iterable<SpeakerEntryInput>, lexicon: LexiconData = en): SpeakersResult {
  return new SpeakerIndex(lexicon).add(entries);
}
