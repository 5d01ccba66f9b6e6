// An import that is all-or-nothing without one huge message or one long task (issue 14, finding
// 14). The library page sends the checked rows in parts; the background keeps them in the
// `imports` table, and the commit merges every part in one transaction and forgets them. A
// failure anywhere before or during the commit leaves the library as it was; parts of an import
// that was abandoned (page closed) are dropped when the next import starts or after an hour.
import { LIMITS } from '../protocol/limits';
import type { ImportCounts, ImportRows } from '../protocol/messages';
import type { LensDb } from '../store/db';
import { mergeImport } from './import';

/** Parts older than this belong to an abandoned import. */
export const STAGED_TTL_MS = 60 * 60 * 1000;
/** The part that records a committed import's counts. */
const DONE = -1;

/** Keeps one part; part 0 also drops abandoned imports and a previous try of this one. Answers the parts kept. */
export async function stageImport(db: LensDb, importId: string, part: number, rows: ImportRows, now: number): Promise<number> {
  return db.transaction('rw', db.imports, async () => {
    if (part === 0) await db.imports.filter((p) => p.importId === importId || p.at < now - STAGED_TTL_MS).delete();
    await db.imports.put({ importId, part, at: now, rows });
    return db.imports.where('importId').equals(importId).count();
  });
}

/** Merges every kept part of `importId` in one transaction and forgets them (counts kept for a resent commit). */
export async function commitImport(db: LensDb, importId: string, now: number): Promise<ImportCounts> {
  return db.transaction('rw', [db.imports, db.blogs, db.quotes, db.entries], async () => {
    const parts = await db.imports.where('importId').equals(importId).sortBy('part');
    const done = parts.find((p) => p.part === DONE);
    if (done) return done.rows as ImportCounts;
    // Rows were checked when staged; parts in order keep "blogs before their quotes".
    const rows: ImportRows = { blogs: [], quotes: [], starred: [] };
    for (const p of parts) {
      const r = p.rows as ImportRows;
      rows.blogs.push(...r.blogs);
      rows.quotes.push(...r.quotes);
      rows.starred.push(...r.starred);
    }
    const counts = await mergeImport(db, rows);
    await db.imports.where('importId').equals(importId).delete();
    await db.imports.put({ importId, part: DONE, at: now, rows: counts });
    return counts;
  });
}

/** Forgets an import's parts. Answers how many were dropped. */
export async function discardImport(db: LensDb, importId: string): Promise<number> {
  return db.imports.where('importId').equals(importId).delete();
}

/**
 * The rows of a parsed file in parts of at most `size` rows, one message each: every blog first
 * (so a quote's blog arrives with its title before the quote), then quotes, then starred entries.
 */
export function importParts(rows: ImportRows, size: number = LIMITS.batch): ImportRows[] {
  const out: ImportRows[] = [];
  const cut = <K extends keyof ImportRows>(key: K) => {
    for (let i = 0; i < rows[key].length; i += size) {
      out.push({ blogs: [], quotes: [], starred: [], [key]: rows[key].slice(i, i + size) });
    }
  };
  cut('blogs');
  cut('quotes');
  cut('starred');
  return out;
}
