// Importing a JSON export. A file is untrusted input like a message: the format and version are
// checked for the whole file, then every row on its own with the same field checks as the
// messages (protocol/fields.ts), so one bad row is reported and skipped instead of sinking the
// rest. The library page parses (import-chunked.ts, in steps that yield); the background keeps
// the rows in parts and merges them in one transaction (staging.ts), so the database keeps one
// writer and an import is all or nothing. Rows are merged without duplicates: a quote already stored under
// its id, or with the same text, speaker and blog, is skipped; so is an entry already starred.
import { storedBlog, starredEntry, storedQuote } from '../protocol/fields';
import type { ImportCounts, ImportRows } from '../protocol/messages';
import { ValidationError, type Check } from '../protocol/validate';
import type { LensDb } from '../store/db';
import { deriveEntry, deriveQuote, fold, speakerKeyOf } from '../store/derive';
import type { BlogRow, EntryRow } from '../store/types';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportQuote, type ExportStarred } from './json';

/** The whole file was refused (not JSON, not an export, a version this code cannot read). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A row that was refused, and why. `index` is its position in its list of the file. */
export interface Rejection {
  kind: 'blog' | 'quote' | 'starred';
  index: number;
  reason: string;
}

/** The file's rows that passed validation, plus the refusals. */
export interface ParsedImport extends ImportRows {
  quotes: ExportQuote[];
  starred: ExportStarred[];
  rejected: Rejection[];
}

/** What an import did: rows added, rows skipped as already in the library (or twice in the file), rows refused. */
export interface ImportSummary extends ImportCounts {
  rejected: Rejection[];
}

/** The largest file accepted, in characters (a 10,000-quote export is about 5 MB). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
/** The most rows accepted per list. */
export const MAX_IMPORT_ROWS = 100_000;

/** The check of each kind of row. */
export const SCHEMAS = { blog: storedBlog, quote: storedQuote, starred: starredEntry };

/** The list `name` of the file (checked: a list, not too long; [] when absent). */
export function list(data: Record<string, unknown>, name: string): unknown[] {
  const value = Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
  if (value === undefined) return []; // a hand-trimmed file may leave a list out
  if (!Array.isArray(value)) throw new ImportError(`"${name}" is not a list`);
  if (value.length > MAX_IMPORT_ROWS) throw new ImportError(`"${name}" has more than ${MAX_IMPORT_ROWS} rows`);
  return value;
}

/** Checks rows `offset…` of list `name`: valid ones answered, each refused one added to `rejected`. */
export function checkAll<T>(rows: unknown[], kind: Rejection['kind'], name: string, check: Check<T>, rejected: Rejection[], offset = 0): T[] {
  const out: T[] = [];
  rows.forEach((row, i) => {
    const index = offset + i;
    try {
      out.push(check(row, `${name}[${index}]`));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      rejected.push({ kind, index, reason: error.message });
    }
  });
  return out;
}

/** Checks that `data` is a Liveblog Lens export of a version this code reads; answers it as a record. */
export function checkHeader(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ImportError('Not a Liveblog Lens export');
  const top = data as Record<string, unknown>;
  if (top.format !== EXPORT_FORMAT) throw new ImportError('Not a Liveblog Lens export (no "format": "liveblog-lens")');
  const version = top.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ImportError('The export has no valid version number');
  if (version > EXPORT_VERSION) {
    throw new ImportError(`The export was made by a newer Liveblog Lens (format version ${version}); this one reads version ${EXPORT_VERSION}`);
  }
  return top;
}

/**
 * Reads and validates an export (JSON text, or the parsed value). Throws an ImportError when the
 * file as a whole is unusable; otherwise returns the valid rows and a reason for each refused one.
 */
export function parseImport(input: string | unknown): ParsedImport {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_IMPORT_CHARS) throw new ImportError('The file is too large to be a Liveblog Lens export');
    try {
      data = JSON.parse(input);
    } catch {
      throw new ImportError('The file is not JSON');
    }
  }
  const top = checkHeader(data);
  const rejected: Rejection[] = [];
  const blogs = checkAll(list(top, 'blogs'), 'blog', 'blogs', SCHEMAS.blog, rejected);
  const quotes = checkAll(list(top, 'quotes'), 'quote', 'quotes', SCHEMAS.quote, rejected);
  const starred = checkAll(list(top, 'starred'), 'starred', 'starred', SCHEMAS.starred, rejected);
  return { blogs, quotes, starred, rejected };
}

/** The duplicate key of a quote: same words, same speaker, same blog. */
function sameQuoteKey(q: { text: string; speaker: string | null; blog: string }): string {
  return `${q.blog}\n${speakerKeyOf(q.speaker) ?? ''}\n${fold(q.text)}`;
}

/** A blog row for a quote or entry whose blog the file and the store both lack. */
function bareBlog(key: string, site: string, time: number): BlogRow {
  return { key, url: key, title: '', site, firstVisit: time, lastVisit: time };
}

/**
 * Merges validated rows into the library in one transaction: new blogs are added (an existing
 * blog keeps its row, gaining a title if it had none), new quotes added, duplicates skipped, and
 * entries starred with their original star time. Derived fields are recomputed.
 */
export async function mergeImport(db: LensDb, parsed: ImportRows): Promise<ImportCounts> {
  const summary: ImportCounts = { added: { quotes: 0, starred: 0, blogs: 0 }, skipped: { quotes: 0, starred: 0 } };
  await db.transaction('rw', db.blogs, db.quotes, db.entries, async () => {
    // Blogs: the file's rows, then bare rows for any blog still unknown.
    const needed = new Map<string, BlogRow>(parsed.blogs.map((b) => [b.key, b]));
    const uses = [
      ...parsed.quotes.map((q) => ({ blog: q.blog, site: q.site, t: q.savedAt })),
      ...parsed.starred.map((e) => ({ blog: e.blog, site: '', t: e.firstSeen })),
    ];
    for (const u of uses) if (!needed.has(u.blog)) needed.set(u.blog, bareBlog(u.blog, u.site, u.t));
    const keys = [...needed.keys()];
    const stored = await db.blogs.bulkGet(keys);
    const blogPuts: BlogRow[] = [];
    keys.forEach((key, i) => {
      const have = stored[i];
      const want = needed.get(key)!;
      if (!have) {
        blogPuts.push(want);
        summary.added.blogs++;
      } else if (!have.title && want.title) blogPuts.push({ ...have, title: want.title, site: have.site || want.site });
    });
    if (blogPuts.length) await db.blogs.bulkPut(blogPuts);

    // Quotes: skip known ids and same text + speaker + blog, in the store or earlier in the file.
    const blogsOfQuotes = [...new Set(parsed.quotes.map((q) => q.blog))];
    // One equals() range read per blog: anyOf() walks a cursor, quadratic on fake-indexeddb.
    const existing = (await Promise.all(blogsOfQuotes.map((b) => db.quotes.where('blog').equals(b).toArray()))).flat();
    const ids = new Set(await db.quotes.toCollection().primaryKeys());
    const same = new Set(existing.map(sameQuoteKey));
    const quoteAdds = [];
    for (const q of parsed.quotes) {
      const k = sameQuoteKey(q);
      if (ids.has(q.id) || same.has(k)) {
        summary.skipped.quotes++;
        continue;
      }
      ids.add(q.id);
      same.add(k);
      quoteAdds.push(deriveQuote({ ...q }));
    }
    if (quoteAdds.length) await db.quotes.bulkAdd(quoteAdds);
    summary.added.quotes = quoteAdds.length;

    // Starred entries: star what is not starred yet, keeping a known entry's newer text.
    const entryKeys = parsed.starred.map((e) => [e.blog, e.id] as [string, string]);
    const entries = await db.entries.bulkGet(entryKeys);
    const seen = new Set<string>();
    const entryPuts: EntryRow[] = [];
    parsed.starred.forEach((e, i) => {
      const k = `${e.blog}\n${e.id}`;
      const have = entries[i];
      if (seen.has(k) || have?.starred !== undefined) {
        summary.skipped.starred++;
        return;
      }
      seen.add(k);
      const bare = have && !have.title && !have.snippet;
      const base = have && !bare ? { ...have, starred: e.starred } : { ...e, read: have?.read ?? e.read, firstSeen: have?.firstSeen ?? e.firstSeen };
      if (base.read === undefined) delete base.read;
      const { search: _s, speakerKeys: _k, ...plain } = base as EntryRow;
      entryPuts.push(deriveEntry(plain));
    });
    if (entryPuts.length) await db.entries.bulkPut(entryPuts);
    summary.added.starred = entryPuts.length;
  });
  return summary;
}

/** Parses, validates and merges an export in one call, on a database at hand (tests, benches). */
export async function importJson(db: LensDb, text: string): Promise<ImportSummary> {
  const parsed = parseImport(text);
  return { ...(await mergeImport(db, parsed)), rejected: parsed.rejected };
}
