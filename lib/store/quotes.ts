// Saved quotes and the library's lists (quotes and starred entries, newest first, filtered).
import type { Collection } from 'dexie';
import type { LensDb } from './db';
import { deriveQuote, fold, searchWords, speakerKeyOf } from './derive';
import type { BlogRow, EntryRow, ListFilter, QuoteRow, StarredEntry } from './types';

/** A quote as the page sends it: the background adds `site`, `savedAt` and derived fields. */
export interface NewQuote {
  /** Made by the page (a UUID) so that a retried save finds its first attempt. */
  id: string;
  text: string;
  speaker: string | null;
  blog: string;
  entry: string | null;
  entryTime: string | null;
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
    super(`Unknown blog ${blog.slice(0, 200)}: send openBlog first`);
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

/** Deletes a quote and returns the deleted row (keep it for undo), or null when there was none. */
export async function deleteQuote(db: LensDb, id: string): Promise<QuoteRow | null> {
  return db.transaction('rw', db.quotes, async () => {
    const row = await db.quotes.get(id);
    if (row) await db.quotes.delete(id);
    return row ?? null;
  });
}

/**
 * Puts a quote row back (undo of a delete; also the import path). Derived fields are recomputed
 * rather than trusted.
 */
export async function restoreQuote(db: LensDb, row: Omit<QuoteRow, 'search' | 'speakerKey'>): Promise<QuoteRow> {
  const out = deriveQuote({ ...row });
  await db.transaction('rw', db.quotes, () => db.quotes.put(out));
  return out;
}

const DEFAULT_LIMIT = 500;

/** Folded titles of every blog, for the blog-title part of a search (blogs are few). */
async function blogMap(db: LensDb): Promise<Map<string, BlogRow & { folded: string }>> {
  const map = new Map<string, BlogRow & { folded: string }>();
  await db.blogs.each((b) => map.set(b.key, { ...b, folded: fold(b.title) }));
  return map;
}

/** A row passes the search when every word is in its own text or its blog's title. */
function matchesWords(words: string[], search: string, blogTitle: string | undefined): boolean {
  return words.every((w) => search.includes(w) || (blogTitle ?? '').includes(w));
}

function inRange(t: number | undefined, f: ListFilter): boolean {
  if (t === undefined) return false;
  return (f.from === undefined || t >= f.from) && (f.to === undefined || t <= f.to);
}

function page<T>(rows: T[], f: ListFilter): T[] {
  const offset = f.offset ?? 0;
  return rows.slice(offset, offset + (f.limit ?? DEFAULT_LIMIT));
}

/**
 * Saved quotes, newest first, narrowed by the filter. The most selective index leads (blog,
 * speaker, site, else time); the other conditions filter the rows it yields.
 */
export async function listQuotes(db: LensDb, f: ListFilter = {}): Promise<QuoteRow[]> {
  return db.transaction('r', db.quotes, db.blogs, async () => {
    const words = searchWords(f.search);
    const blogs = words.length ? await blogMap(db) : undefined;
    const speaker = f.speaker === undefined ? undefined : speakerKeyOf(f.speaker);
    let coll: Collection<QuoteRow, string>;
    if (f.blog !== undefined) coll = db.quotes.where('blog').equals(f.blog);
    else if (speaker !== undefined) coll = db.quotes.where('speakerKey').equals(speaker);
    else if (f.site !== undefined) coll = db.quotes.where('site').equals(f.site);
    else coll = db.quotes.orderBy('savedAt').reverse();
    const rows = await coll
      .filter(
        (q) =>
          (f.blog === undefined || q.blog === f.blog) &&
          (f.site === undefined || q.site === f.site) &&
          (f.speaker === undefined || q.speakerKey === speaker) &&
          (f.from === undefined && f.to === undefined ? true : inRange(q.savedAt, f)) &&
          (!blogs || matchesWords(words, q.search, blogs.get(q.blog)?.folded)),
      )
      .toArray();
    rows.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
    return page(rows, f);
  });
}

/**
 * Starred entries, newest star first, with their blog's title and site, narrowed by the filter
 * (site goes through the blogs table, which is small).
 */
export async function listStarred(db: LensDb, f: ListFilter = {}): Promise<StarredEntry[]> {
  return db.transaction('r', db.entries, db.blogs, async () => {
    const words = searchWords(f.search);
    const blogs = await blogMap(db);
    const speaker = f.speaker === undefined ? undefined : speakerKeyOf(f.speaker);
    let coll: Collection<EntryRow, [string, string]>;
    if (f.blog !== undefined) coll = db.entries.where('[blog+starred]').between([f.blog, -Infinity], [f.blog, Infinity]);
    else if (speaker !== undefined) coll = db.entries.where('speakerKeys').equals(speaker);
    else coll = db.entries.where('starred').between(-Infinity, Infinity);
    const rows = await coll
      .filter(
        (e) =>
          e.starred !== undefined &&
          (f.blog === undefined || e.blog === f.blog) &&
          (f.site === undefined || blogs.get(e.blog)?.site === f.site) &&
          (f.speaker === undefined || (speaker === undefined ? !e.speakerKeys.length : e.speakerKeys.includes(speaker))) &&
          (f.from === undefined && f.to === undefined ? true : inRange(e.starred, f)) &&
          matchesWords(words, e.search, blogs.get(e.blog)?.folded),
      )
      .toArray();
    rows.sort((a, b) => (b.starred ?? 0) - (a.starred ?? 0));
    return page(rows, f).map((e) => ({ ...e, blogTitle: blogs.get(e.blog)?.title ?? '', site: blogs.get(e.blog)?.site ?? '' }));
  });
}
