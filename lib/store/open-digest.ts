// Opening a blog from a digest: the page sends each entry's id and `metaHash` instead of its
// EntryMeta (a 1,000-entry blog: ~50 KB instead of ~500 KB), the store answers the state at once
// plus the ids it lacks or holds out of date, and the page then sends only those, in small
// `noteEntries` batches that do not hold up the state it shows.
import type { LensDb } from './db';
import { metaHash } from './derive';
import { newSince, recordVisit, type BlogVisit, type OpenedBlog } from './queries';
import type { BlogState } from './types';

/** One entry as `openBlogDigest` sends it: its id and the `metaHash` of its EntryMeta. */
export interface EntryDigest {
  id: string;
  hash: string;
}

/** What `openBlogDigest` answers: the state, the ids new since the last visit, and the ids whose EntryMeta the store wants. */
export interface OpenedDigest extends OpenedBlog {
  /**
   * Ids (in the page's order) the store has no row for, or whose stored meta has another hash.
   * The page sends their EntryMeta with `noteEntries`. Empty when nothing is stored (`store` off).
   */
  want: string[];
}

/**
 * Opens a blog from digests in one transaction and one read of the blog's rows. With `store`,
 * records the visit; without, writes nothing (a private window). Entries the store has not seen
 * yet are written only when their meta arrives (`noteEntries`); until then the answer counts them
 * as first seen now (known, and new on a revisit), as they will be stored.
 */
export async function openBlogDigest(db: LensDb, blog: BlogVisit, digests: EntryDigest[], now: number, store: boolean): Promise<OpenedDigest> {
  return db.transaction(store ? 'rw' : 'r', db.blogs, db.entries, async () => {
    const previousVisit = store ? await recordVisit(db, blog, now) : ((await db.blogs.get(blog.key))?.lastVisit ?? null);
    const lastVisit = store ? Math.max(now, previousVisit ?? 0) : previousVisit;
    const state: BlogState = { blog: blog.key, lastVisit, read: [], starred: [], known: [] };
    const hashes = new Map<string, string>();
    // One getAll of the blog's rows: the state and the hashes both come from it.
    for (const e of await db.entries.where('blog').equals(blog.key).toArray()) {
      state.known.push([e.id, e.firstSeen]);
      if (e.read !== undefined) state.read.push(e.id);
      if (e.starred !== undefined) state.starred.push(e.id);
      hashes.set(e.id, metaHash(e));
    }
    const newIds = newSince(state, previousVisit);
    const want: string[] = [];
    const seen = new Set<string>();
    for (const { id, hash } of digests) {
      if (seen.has(id)) continue; // a pinned copy repeats a stream entry's id
      seen.add(id);
      const stored = hashes.get(id);
      if (stored === undefined) {
        state.known.push([id, now]);
        // Never seen is new whatever the clock says (it may equal lastVisit within one millisecond).
        if (previousVisit !== null) newIds.push(id);
      }
      if (store && stored !== hash) want.push(id);
    }
    return { state, previousVisit, newIds, want };
  });
}
