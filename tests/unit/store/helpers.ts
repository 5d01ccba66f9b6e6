// A fresh fake IndexedDB per test, passed explicitly (no globals), sample data, and a blog opened
// the way the reader opens one.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Response } from '../../../lib/protocol/messages';
import { openLensDb, type LensDb } from '../../../lib/store/db';
import { metaHash } from '../../../lib/store/derive';
import type { EntryMeta } from '../../../lib/store/types';

/** A new, empty IndexedDB implementation. */
export function newFactory(): IDBFactory {
  return new IDBFactory();
}

/** The reader's database on `factory` (a fresh one by default). */
export function testDb(factory: IDBFactory = newFactory(), upTo?: 1 | 2, name = 'lens-test'): LensDb {
  return openLensDb(name, { indexedDB: factory, IDBKeyRange, upTo });
}

/** A blog URL. */
export const BLOG = 'https://www.theguardian.com/world/live/2024/jan/01/example-live';

/** `n` entries as a page would report them. */
export function sampleEntries(n: number, prefix = 'block-'): EntryMeta[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    title: `Entry ${i}`,
    snippet: `Text of entry ${i}, with some words to search.`,
    time: new Date(Date.UTC(2024, 0, 1, 12, 0, i % 60)).toISOString(),
    permalink: `${BLOG}?page=with:${prefix}${i}#${prefix}${i}`,
    speakers: i % 3 === 0 ? ['Keir Starmer'] : [],
  }));
}

/** A fixed clock that the test can move. */
export function clock(start = Date.UTC(2024, 0, 1, 12)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

interface Opener<S> {
  openBlogDigest(data: unknown, sender: S): Promise<Response<'openBlogDigest'>>;
  noteEntries(data: unknown, sender: S): Promise<Response<'noteEntries'>>;
}

/**
 * Opens a blog as the reader does: the digest (ids and hashes), then the meta of the entries the
 * store wants. Answers what the digest answered.
 */
export async function openBlog<S>(handlers: Opener<S>, data: { url: string; title: string; site: string; entries: EntryMeta[] }, sender: S) {
  const digests = data.entries.map((e) => ({ id: e.id, hash: metaHash(e) }));
  const opened = await handlers.openBlogDigest({ ...data, entries: digests }, sender);
  const want = new Set(opened.want);
  const entries = data.entries.filter((e) => want.has(e.id));
  if (entries.length) await handlers.noteEntries({ blog: data.url, entries }, sender);
  return opened;
}
