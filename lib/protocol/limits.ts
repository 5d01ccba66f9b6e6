// Size limits of what one part of the extension may hand another: a page could send anything, so
// these bound what one message (or one imported row) can make the store keep. The page shapes
// what it sends to fit them (entry-meta.ts); the background and the import refuse what does not.
// This file imports nothing, so every layer can depend on it.

/** The limits, in UTF-16 units for strings and in items for lists. */
export const LIMITS = {
  url: 2048,
  /** A page's address as sent, before it is made a blog key that fits `url` (blog-key.ts). */
  pageUrl: 65_536,
  entryId: 256,
  title: 1000,
  snippet: 1000,
  site: 100,
  speaker: 200,
  /** An entry's time as the blog printed it ("12.20 BST", "Posted at 15:05"). */
  timeLabel: 100,
  speakers: 50,
  quote: 10_000,
  note: 5000,
  search: 500,
  /** Entries or ids in one message (a long blog has ~1,000 entries). */
  batch: 5000,
  /** Parts of one staged import: three lists of at most 100,000 rows, at least 2,000 rows a part. */
  importParts: 160,
} as const;

/** An ISO 8601 date or date-time as pages print them (`2024-05-01`, `2024-05-01T10:00:00.000Z`). */
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
