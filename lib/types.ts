/** One block of an entry's body, as a reader sees it. */
export interface Paragraph {
  kind: 'p' | 'blockquote' | 'li' | 'h';
  text: string;
}

/**
 * One live-blog entry as the page shows it. `element` is the page's own element; everything else
 * is plain data, so the same shape serves the content script, the analyser and the tests.
 */
export interface Entry {
  /** The site's stable id where it has one (`block-646…`, `post_…`, `post-123`), else a stable hash. */
  id: string;
  /** ISO 8601 when the page gives a machine-readable time; else null. */
  time: string | null;
  /** The time as the page prints it ("12.50 BST", "Posted at 15:05"), for stubs and exports. */
  timeLabel: string | null;
  title: string;
  /** Clean body text: paragraphs joined by blank lines, no share buttons or timestamps. */
  text: string;
  /** The body split into paragraphs (quotes keep their `blockquote` kind for the speaker finder). */
  paragraphs: Paragraph[];
  author: string | null;
  /** Absolute URL that opens the blog at this entry, when the page gives one. */
  permalink: string | null;
  /** A pinned copy shown above the stream (usually a second rendering of a stream entry). */
  pinned: boolean;
  keyEvent: boolean;
  /** True when the entry carries an image, video or embed besides (or instead of) text. */
  hasMedia: boolean;
  element: Element;
}

/** How the page was recognised, cheapest signal first. */
export type DetectSignal = 'jsonld' | 'microdata' | 'adapter' | 'structure' | 'none';

/** The verdict of `detect`: cheap enough to run on every matched page. */
export interface Detection {
  isLiveBlog: boolean;
  /** Short publisher name ("guardian", "bbc", "mirror"), from the adapter or the host name. */
  site: string;
  signal: DetectSignal;
  /** The adapter that knows this site's markup, when there is one. */
  adapter: string | null;
}

/** A speaker in the blog-level list. */
export interface SpeakerCount {
  name: string;
  entries: number;
}

/** The JSON contract of `npm run analyze` (one entry). */
export interface EntryReport {
  id: string;
  time: string | null;
  title: string;
  text: string;
  author: string | null;
  permalink: string | null;
  pinned: boolean;
  keyEvent: boolean;
  duplicateOf: string | null;
  speakers: string[];
}

/** The JSON contract of `npm run analyze` (the whole page). */
export interface PageReport {
  isLiveBlog: boolean;
  site: string;
  title: string;
  entries: EntryReport[];
  /** Entry pairs that look related but are not repeats (ids, similarity 0..1). */
  related: { a: string; b: string; score: number }[];
  speakers: SpeakerCount[];
}
