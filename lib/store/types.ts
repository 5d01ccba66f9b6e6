// Row and result shapes of the reader's store. Everything here is plain JSON data: it crosses the
// messaging boundary and goes into JSON exports unchanged.

/** What the page reports about one entry, so the library can show it without the page. */
export interface EntryMeta {
  /** The site's own entry id (see `Entry.id`), stable across reloads. */
  id: string;
  title: string;
  /** The start of the entry's text (the content script cuts it to ~280 characters). */
  snippet: string;
  /** ISO 8601 time from the page, or null. */
  time: string | null;
  /**
   * The time as the blog printed it ("12.20 BST", "19:14"), kept as printed (never converted);
   * absent when the page printed none, and in rows stored before it was kept.
   */
  timeLabel?: string;
  /** Absolute http(s) URL that opens the blog at this entry, or null. */
  permalink: string | null;
  /** Speakers the pipeline found in the entry. */
  speakers: string[];
}

/** One live blog the reader has opened. Key: `blogKey(url)`. */
export interface BlogRow {
  /** The blog key: URL without fragment, tracking or pagination parameters. */
  key: string;
  /** The last URL it was opened with (cleaned the same way as the key). */
  url: string;
  title: string;
  /** Short publisher name from the detector ("guardian", "bbc"...). */
  site: string;
  /** When the reader first opened it (ms since epoch). */
  firstVisit: number;
  /**
   * The last time the reader had it open (ms): set on open and whenever the open page reports
   * entries or reads. "New since last visit" compares entries' `firstSeen` with the value this had
   * before the current visit.
   */
  lastVisit: number;
}

/** One entry of one blog. Key: `[blog, id]`. Written when the page first reports it. */
export interface EntryRow extends EntryMeta {
  /** The blog key. */
  blog: string;
  /** When the store first heard of this entry (ms): the basis of "new since last visit". */
  firstSeen: number;
  /** When it was read (ms); absent while unread, so the sparse index holds read entries only. */
  read?: number;
  /** When it was starred (ms); absent unless starred. */
  starred?: number;
  /** v2, derived: folded title + snippet + speakers, for the library's search. */
  search: string;
  /** v2, derived: folded speaker names, indexed (multi-entry) for the speaker filter. */
  speakerKeys: string[];
}

/** One saved quote. Key: `id` (made by the saving page, so a retried save is not a duplicate). */
export interface QuoteRow {
  id: string;
  /** The quoted words, as plain text (never HTML). */
  text: string;
  speaker: string | null;
  /** The blog key. */
  blog: string;
  /** v2: the blog's site, copied so the site filter needs no join. */
  site: string;
  /** The entry id the quote came from, or null. */
  entry: string | null;
  /** The entry's ISO time, or null. */
  entryTime: string | null;
  /** The entry's time as the blog printed it (see `EntryMeta.timeLabel`); absent when unknown. */
  entryTimeLabel?: string;
  permalink: string | null;
  /** When it was saved (ms). */
  savedAt: number;
  note?: string;
  /** v2, derived: folded speaker, absent when there is none (so it stays out of the index). */
  speakerKey?: string;
  /** v2, derived: folded text + speaker + note. */
  search: string;
}

/** The state the page needs to decorate a blog. */
export interface BlogState {
  blog: string;
  /** `lastVisit` of the blog row, or null when never opened. */
  lastVisit: number | null;
  /** Ids of read entries. */
  read: string[];
  /** Ids of starred entries. */
  starred: string[];
  /** Every entry id the store knows on this blog, with its `firstSeen` (pairs, not an object, so
   * hostile ids such as `__proto__` stay plain data). */
  known: Array<[id: string, firstSeen: number]>;
}

/**
 * One part of an import waiting to be committed (v3 `imports` table; lib/export/staging.ts).
 * `rows` passed the import's checks when staged. Part -1 holds the counts of a committed import,
 * so a commit resent after a lost answer answers the same.
 */
export interface StagedPart {
  importId: string;
  part: number;
  /** When it was staged (ms): parts of an import abandoned for an hour are dropped. */
  at: number;
  rows: unknown;
}
