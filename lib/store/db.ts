// The reader's one database, in the extension's own origin: opened by the background and by
// extension pages (library), never by a content script, whose IndexedDB belongs to the news site.
import { Dexie, type Table, type Transaction } from 'dexie';
import { deriveEntry, deriveQuote } from './derive';
import type { BlogRow, EntryRow, QuoteRow, StagedPart } from './types';

/** The database name the extension uses. */
export const LENS_DB_NAME = 'liveblog-lens';

/** The newest schema version. */
export const LENS_DB_VERSION = 3;

/**
 * v1, the first release: rows without derived fields; quotes filtered by exact speaker.
 * Kept verbatim, because Dexie needs every past version's schema to upgrade an old database.
 */
export const SCHEMA_V1 = {
  blogs: 'key, lastVisit',
  // Compound keys with an absent `read`/`starred` are not indexed, so those indexes are sparse:
  // "read ids of this blog" reads only read entries.
  entries: '[blog+id], blog, [blog+read], [blog+starred], starred',
  quotes: 'id, blog, savedAt, speaker, [blog+entry]',
} as const;

/**
 * v2, current: folded search and speaker fields (accent/case-insensitive filters), quotes carry
 * their blog's site, and indexes for the library's site/speaker filters and per-blog time order.
 */
export const SCHEMA_V2 = {
  blogs: 'key, lastVisit, site',
  entries: '[blog+id], blog, [blog+read], [blog+starred], [blog+firstSeen], starred, *speakerKeys',
  // `speaker` (exact) is replaced by `speakerKey` (folded).
  quotes: 'id, blog, savedAt, [blog+savedAt], [blog+entry], site, speakerKey',
} as const;

/**
 * v3: v2 plus `imports`, where a large import waits in parts until it is committed in one
 * transaction (lib/store/staging.ts), so that an import is all-or-nothing without one huge message.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  imports: '[importId+part], importId',
} as const;

/** Options of `openLensDb`. */
export interface LensDbOptions {
  /** The IndexedDB factory (fake-indexeddb in tests); Dexie's own lookup when omitted. */
  indexedDB?: { open: Function };
  /** The matching IDBKeyRange. */
  IDBKeyRange?: { bound: Function; lowerBound: Function; upperBound: Function };
  /** Declare versions up to this one only (tests use 1 to create an old database). */
  upTo?: 1 | 2 | 3;
  /**
   * Chrome's transaction durability. 'strict' (default here) resolves a transaction only once it
   * is on disk, so "the write has committed" means it survives a crash; writes are batched, so
   * the cost is small.
   */
  durability?: 'strict' | 'relaxed' | 'default';
}

/** The typed database. */
export interface LensDb extends Dexie {
  blogs: Table<BlogRow, string>;
  entries: Table<EntryRow, [string, string]>;
  quotes: Table<QuoteRow, string>;
  imports: Table<StagedPart, [string, number]>;
}

/**
 * v1 -> v2: keeps every row and fills the new fields. Quotes get their blog's site (from the blog
 * row, else the URL's host), entries and quotes get their folded fields.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const sites = new Map<string, string>();
  await tx.table('blogs').each((b: Partial<BlogRow>) => {
    if (typeof b.key === 'string') sites.set(b.key, typeof b.site === 'string' ? b.site : '');
  });
  await tx.table('entries').toCollection().modify((e: EntryRow) => {
    deriveEntry(e);
  });
  await tx.table('quotes').toCollection().modify((q: QuoteRow) => {
    q.site = q.site || sites.get(q.blog) || hostOf(q.blog);
    deriveQuote(q);
  });
}

/** The host name of a URL, or '' (a quote's blog key is a URL). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Opens (lazily, on first use) the reader's database with every schema version declared.
 * Pass `indexedDB`/`IDBKeyRange` to run on another implementation (fake-indexeddb in tests).
 */
export function openLensDb(name: string = LENS_DB_NAME, options: LensDbOptions = {}): LensDb {
  const db = new Dexie(name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    chromeTransactionDurability: options.durability ?? 'strict',
  }) as LensDb;
  db.version(1).stores(SCHEMA_V1);
  const upTo = options.upTo ?? LENS_DB_VERSION;
  if (upTo >= 2) db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  if (upTo >= 3) db.version(3).stores(SCHEMA_V3);
  return db;
}
