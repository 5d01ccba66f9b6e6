// What opening a blog sends (`openBlogDigest`): every entry's id and the hash of its meta. On a
// blog of 5,000 entries making the metas and their hashes took 0.2 s in one task of Chromium (the
// text of every entry cleaned and cut); here it runs in the reader's slices instead, a few dozen
// entries per step, so the page keeps its turns.
import { LIMITS } from '@/lib/protocol/limits';
import { metaHash } from '@/lib/store/derive';
import type { EntryDigest } from '@/lib/store/open-digest';
import type { EntryMeta } from '@/lib/store/types';
import type { LensEntry } from '../core/model';
import type { Slicer } from '../core/slices';
import { metaOf, type EntryNotes } from './state';

/** The metas the open describes (each counted as sent in `notes`) and their digests, in page order. */
export async function digestInSlices(slicer: Slicer, notes: EntryNotes, items: readonly LensEntry[]): Promise<{ metas: EntryMeta[]; entries: EntryDigest[] }> {
  const all = await slicer.map(items, metaOf);
  // In a step of its own: after the map, this slice's budget is spent (5,000 metas to note).
  const metas = await slicer.step(() => notes.takeAll(all).slice(0, LIMITS.batch));
  const entries = await slicer.map(metas, (m) => ({ id: m.id, hash: metaHash(m) }), 200);
  return { metas, entries };
}
