// What the reader view's components are given about one entry: plain data, drawn as it is.

/** One entry of the whole blog, as the view draws it. */
export interface ReaderEntry {
  /** The analyser's id (`data-lbl-entry`). */
  id: string;
  title: string;
  /** The time as the blog printed it ("12.50 BST"), else null. */
  timeLabel: string | null;
  /** ISO time, else null. */
  time: string | null;
  author: string | null;
  permalink: string | null;
  keyEvent: boolean;
  pinned: boolean;
  speakers: readonly string[];
  /** The id of the entry this one repeats (collapsed into a stub), else null. */
  duplicateOf: string | null;
  /** How the reader recognises the entry it repeats, when it is one: its printed time, else its headline. */
  repeatOf: RepeatOf | null;
  /** Length of its text and whether it has media: the height it is drawn at before it is measured. */
  textLength: number;
  hasMedia: boolean;
}

/** The entry a repeat repeats, as the reader recognises it ("the 12.50 BST entry", "“Headline”", "an earlier entry"). */
export type RepeatOf = { time: string } | { title: string } | { earlier: true };

/** The reader's state of one entry. */
export interface EntryState {
  read: boolean;
  starred: boolean;
  /** New since the reader's last visit. */
  fresh: boolean;
  /** Arrived while the view was open. */
  live: boolean;
}
