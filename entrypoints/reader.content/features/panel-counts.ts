// What the panel counts about the reader's history (unread entries, new ones not read yet), kept
// between its passes over the blog. A full pass (filter, counts, quotes, order) goes over every
// entry; a read mark only lowers these two numbers, so it moves them by the ids just read and the
// reading section shows the new count at once, without a pass that grows with the blog.
import type { FilterEntry } from '@/lib/filter';
import type { LensSnapshot } from '../core/model';
import type { ReadingView } from '../core/reading-api';

/** The filter's view of each entry element of `snapshot`, with its reading state. */
export function filterEntries(snapshot: LensSnapshot, view: ReadingView): FilterEntry[] {
  return snapshot.entries.map(({ entry, speakers, duplicateOf }) => ({
    id: entry.id,
    speakers,
    duplicateOf,
    pinned: entry.pinned,
    read: view.read.has(entry.id),
    starred: view.starred.has(entry.id),
    fresh: view.fresh.has(entry.id),
  }));
}

/** The reading section's numbers, and what they were counted over. */
export interface ReadingCounts {
  /** Distinct entries on the page not read. */
  unread: number;
  /** Entries new since the last visit and not read (as the marker beside the tab counts them). */
  fresh: number;
  /** The distinct ids the counts were taken over (the page's entries at the last full pass). */
  ids: ReadonlySet<string>;
  /** The view they were counted with. */
  view: ReadingView;
}

/** The counts from scratch: `unread` as the filter counted it over `entries`. */
export function countReading(entries: readonly FilterEntry[], unread: number, view: ReadingView): ReadingCounts {
  let fresh = 0;
  for (const id of view.fresh) if (!view.read.has(id)) fresh++;
  return { unread, fresh, ids: new Set(entries.map((e) => e.id)), view };
}

/**
 * The counts after `read` (ids newly read, as the reading service tells them) took `counts.view`
 * to `view`: each id lowers what it was counted in, once. Work in proportion to `read`.
 */
export function afterReads(counts: ReadingCounts, read: readonly string[], view: ReadingView): ReadingCounts {
  let { unread, fresh } = counts;
  const seen = new Set<string>();
  for (const id of read) {
    if (seen.has(id) || counts.view.read.has(id)) continue; // already counted as read
    seen.add(id);
    if (counts.ids.has(id)) unread--;
    if (view.fresh.has(id)) fresh--;
  }
  return { unread, fresh, ids: counts.ids, view };
}
