// The library page's reads and bulk writes. The page loads the whole library in one read (a live
// query re-runs it on every change) and filters in memory: 10,000 quotes fit easily, and a search
// keystroke then costs a few milliseconds instead of an IndexedDB round trip per letter.
import type { LensDb } from './db';
import { deriveEntry, deriveQuote } from './derive';
import type { BlogRow, EntryRow, QuoteRow } from './types';

/** Everything the library shows, as stored. */
export interface LibrarySnapshot {
  blogs: BlogRow[];
  quotes: QuoteRow[];
  /** Starred entries (any order). */
  starred: EntryRow[];
  /** The entries quotes came from, where the store knows them (their text joins the search). */
  quoteEntries: EntryRow[];
}

/** An entry's key in the entries table. */
export type EntryKey = [blog: string, id: string];

/**
 * Reads the whole library in one read transaction: blogs, quotes, starred entries (through the
 * sparse `starred` index, so unstarred entries are never read) and the entries quoted from.
 */
export async function loadLibrary(db: LensDb): Promise<LibrarySnapshot> {
  return db.transaction('r', db.blogs, db.quotes, db.entries, async () => {
    const [blogs, quotes, starred] = await Promise.all([
      db.blogs.toArray(),
      db.quotes.toArray(),
      db.entries.where('starred').between(-Infinity, Infinity).toArray(),
    ]);
    const keys = new Map<string, EntryKey>();
    for (const q of quotes) if (q.entry !== null) keys.set(`${q.blog}\n${q.entry}`, [q.blog, q.entry]);
    const found = keys.size ? await db.entries.bulkGet([...keys.values()]) : [];
    return { blogs, quotes, starred, quoteEntries: found.filter((e): e is EntryRow => !!e) };
  });
}

/** Deletes quotes in one transaction; returns the deleted rows (keep them for undo). */
export async function deleteQuotes(db: LensDb, ids: readonly string[]): Promise<QuoteRow[]> {
  return db.transaction('rw', db.quotes, async () => {
    const rows = (await db.quotes.bulkGet([...ids])).filter((r): r is QuoteRow => !!r);
    await db.quotes.bulkDelete(rows.map((r) => r.id));
    return rows;
  });
}

/** A quote row as it may be restored or imported: derived fields are recomputed, never taken. */
export type RestorableQuote = Omit<QuoteRow, 'search' | 'speakerKey'>;

/** Puts quote rows back (undo of `deleteQuotes`); derived fields are recomputed, not trusted. */
export async function restoreQuotes(db: LensDb, rows: readonly RestorableQuote[]): Promise<void> {
  const clean = rows.map((row) => {
    const { search: _s, speakerKey: _k, ...rest } = row as QuoteRow;
    return deriveQuote({ ...rest });
  });
  await db.transaction('rw', db.quotes, () => db.quotes.bulkPut(clean));
}

/** When an entry was starred: what `unstarEntries` takes away and `restoreStars` gives back. */
export interface StarTime {
  blog: string;
  id: string;
  starred: number;
}

/**
 * Removes the star of several entries in one transaction; returns their star times as they were,
 * for `restoreStars`.
 */
export async function unstarEntries(db: LensDb, keys: readonly EntryKey[]): Promise<StarTime[]> {
  return db.transaction('rw', db.entries, async () => {
    const rows = (await db.entries.bulkGet([...keys])).filter((r): r is EntryRow & { starred: number } => !!r && r.starred !== undefined);
    // The field is removed, not set to undefined, so the entry leaves the sparse starred index.
    await db.entries.bulkPut(rows.map(({ starred: _dropped, ...rest }) => rest));
    return rows.map((r) => ({ blog: r.blog, id: r.id, starred: r.starred }));
  });
}

/**
 * Gives entries back their original star times (undo of `unstarEntries`). The current row wins
 * for everything else, since the reader may have read the entry in the meantime; an entry that is
 * gone stays gone.
 */
export async function restoreStars(db: LensDb, stars: readonly StarTime[]): Promise<void> {
  await db.transaction('rw', db.entries, async () => {
    const current = await db.entries.bulkGet(stars.map((s) => [s.blog, s.id] as EntryKey));
    const puts: EntryRow[] = [];
    stars.forEach((star, i) => {
      const row = current[i];
      if (!row) return;
      const { search: _s, speakerKeys: _k, ...base } = row;
      puts.push(deriveEntry({ ...base, starred: star.starred }));
    });
    await db.entries.bulkPut(puts);
  });
}
