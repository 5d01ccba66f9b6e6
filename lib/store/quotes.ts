// Saved quotes: the page saves one (idempotent on its id), the library edits one. Deleting and
// restoring in bulk is in library.ts; the library's lists are filtered in memory (lib/library).
import type { LensDb } from './db';
import { deriveQuote } from './derive';
import type { QuoteRow } from './types';

/** A quote as the page sends it: the background adds `site`, `savedAt` and derived fields. */
export interface NewQuote {
  /** Made by the page (a UUID) so that a retried save finds its first attempt. */
  id: string;
  text: string;
  speaker: string | null;
  blog: string;
  entry: string | null;
  entryTime: string | null;
  /** The entry's time as the blog printed it, when it printed one. */
  entryTimeLabel?: string;
  permalink: string | null;
  note?: string;
}

/** Fields a reader can edit on a saved quote: null clears speaker or note. */
export interface QuotePatch {
  speaker?: string | null;
  note?: string | null;
}

/** Thrown when a quote refers to a blog the store does not know (the page must open it first). */
export class UnknownBlogError extends Error {
  constructor(blog: string) {
    super(`Unknown blog ${blog.slice(0, 200)}: open the blog first`);
    this.name = 'UnknownBlogError';
  }
}

/**
 * Saves a quote. Idempotent on `id`: saving the same id again returns the stored row unchanged,
 * so a page that retries after a service-worker restart does not make a duplicate.
 */
export async function saveQuote(db: LensDb, quote: NewQuote, now: number): Promise<QuoteRow> {
  return db.transaction('rw', db.quotes, db.blogs, async () => {
    const existing = await db.quotes.get(quote.id);
    if (existing) return existing;
    const blog = await db.blogs.get(quote.blog);
    if (!blog) throw new UnknownBlogError(quote.blog);
    const row = deriveQuote({ ...quote, site: blog.site, savedAt: now });
    await db.quotes.add(row);
    return row;
  });
}

/** Edits a quote's speaker and/or note. Returns the updated row, or null when it is gone. */
export async function updateQuote(db: LensDb, id: string, patch: QuotePatch): Promise<QuoteRow | null> {
  return db.transaction('rw', db.quotes, async () => {
    const row = await db.quotes.get(id);
    if (!row) return null;
    const next: QuoteRow = { ...row };
    if (patch.speaker !== undefined) next.speaker = patch.speaker;
    if (patch.note === null || patch.note === '') delete next.note;
    else if (patch.note !== undefined) next.note = patch.note;
    const out = deriveQuote(next);
    await db.quotes.put(out);
    return out;
  });
}
