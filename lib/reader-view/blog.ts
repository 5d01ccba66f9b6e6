// The whole blog as the reader view holds it: entries from the open page, from the blog's other
// pages and from live updates, merged by id (a page fetched twice, an entry that moved to the next
// page while the blog updated, the pinned copy of a stream entry: one entry each), and put in the
// reader's order across all pages. Pure data in, data out.
import type { Entry } from '../types';

/** One entry of the whole blog and where it was read. */
export interface BlogEntry {
  entry: Entry;
  /** Which page it came from, in the order pages were read (0: the page the reader has open). */
  page: number;
  /** Its place on that page. */
  index: number;
  /** The page's URL: links and images in the entry resolve against it. */
  base: string;
  /** The editors pinned it (a pinned copy of it was seen on some page). */
  pinned: boolean;
}

/** Newest or oldest first. */
export type Direction = 'newest' | 'oldest';

/** The merge of `incoming` into `known` (by id), and the entries that were not known before. */
export function mergeEntries(known: ReadonlyMap<string, BlogEntry>, incoming: readonly BlogEntry[]): { merged: Map<string, BlogEntry>; added: BlogEntry[] } {
  const merged = new Map(known);
  const added: BlogEntry[] = [];
  for (const item of incoming) {
    const id = item.entry.id;
    const had = merged.get(id);
    const pinned = item.pinned || item.entry.pinned;
    if (!had) {
      const fresh = { ...item, pinned };
      merged.set(id, fresh);
      added.push(fresh);
    } else if (had.entry.pinned && !item.entry.pinned) {
      // The stream's own rendering (its real time and place) over a pinned copy.
      merged.set(id, { ...item, pinned: true, page: had.page, index: had.index });
    } else if (pinned && !had.pinned) {
      merged.set(id, { ...had, pinned: true });
    }
  }
  return { merged, added };
}

/**
 * Sort keys in time: an entry's own time, else that of the entry before it on its page (pages run
 * newest first, so an untimed entry stays beside its neighbour), else none.
 */
function timeKeys(entries: readonly BlogEntry[]): Map<BlogEntry, number> {
  const keys = new Map<BlogEntry, number>();
  const byPage = new Map<number, BlogEntry[]>();
  for (const e of entries) {
    const list = byPage.get(e.page);
    if (list) list.push(e);
    else byPage.set(e.page, [e]);
  }
  for (const list of byPage.values()) {
    list.sort((a, b) => a.index - b.index);
    let last = Number.NaN;
    for (const e of list) {
      const own = e.entry.time ? Date.parse(e.entry.time) : Number.NaN;
      if (!Number.isNaN(own)) last = own;
      keys.set(e, Number.isNaN(own) ? last : own);
    }
  }
  return keys;
}

/**
 * The entries in the reader's order: by time across every page (newest or oldest first); entries
 * of the same time, or without any, keep the order of the pages they came from.
 */
export function orderEntries(entries: Iterable<BlogEntry>, direction: Direction): BlogEntry[] {
  const list = [...entries];
  const keys = timeKeys(list);
  const siteOrder = (a: BlogEntry, b: BlogEntry) => a.page - b.page || a.index - b.index;
  return list.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    const timed = !Number.isNaN(ka) && !Number.isNaN(kb);
    if (timed && ka !== kb) return direction === 'newest' ? kb - ka : ka - kb;
    return direction === 'newest' ? siteOrder(a, b) : siteOrder(b, a);
  });
}

/** True when the blog runs oldest first on its page (first timed entry older than the last). */
export function runsOldestFirst(entries: readonly Pick<Entry, 'time' | 'pinned'>[]): boolean {
  const times = entries.filter((e) => !e.pinned && e.time).map((e) => Date.parse(e.time!)).filter((t) => !Number.isNaN(t));
  return times.length >= 2 && times[0]! < times[times.length - 1]!;
}
