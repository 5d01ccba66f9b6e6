// Store figures through the background handlers (validation + Dexie + commit) on fake-indexeddb:
// time to record a read (1 entry, a batch of 20) and to load the state of a 1,000-entry blog.
// fake-indexeddb is an in-memory JS implementation: real IndexedDB in a browser differs (disk
// commit, structured clone in C++), so these figures compare versions of our code, not browsers.
// Run: `npx tsx tests/bench/store-bench.ts`.
import { pathToFileURL } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createHandlers } from '../../entrypoints/background/handlers';
import { openLensDb } from '../../lib/store/db';
import { metaHash } from '../../lib/store/derive';
import type { EntryMeta } from '../../lib/store/types';

const BLOG = 'https://www.theguardian.com/world/live/2026/nov/29/bench-live';

/** The figures, in milliseconds (medians). */
export interface StoreBenchResult {
  markRead1: number;
  markRead20: number;
  getBlogState1000: number;
  openBlog1000: number;
  openDigest1000: number;
}

function entries(n: number): EntryMeta[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `block-${i.toString(16).padStart(24, '0')}`,
    title: `Entry ${i}: minister talks ceasefire border council vote`,
    snippet: 'Budget strike energy prices court ruling summit allies sanctions aid convoy rescue storm '.repeat(3).slice(0, 280),
    time: new Date(Date.UTC(2026, 10, 29, 8, 0, i)).toISOString(),
    permalink: `${BLOG}?page=with:block-${i}#block-${i}`,
    speakers: i % 4 === 0 ? ['Anna Keller'] : [],
  }));
}

async function median(runs: number, fn: (run: number) => Promise<unknown>): Promise<number> {
  await fn(-1); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Runs the store benchmark and returns the figures. */
export async function runStoreBench(): Promise<StoreBenchResult> {
  const db = openLensDb('lens-bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  let t = Date.UTC(2026, 10, 29, 12);
  const handlers = createHandlers<object>(db, { isIncognito: () => false, storeIncognito: () => false, now: () => ++t });
  const page = entries(1000);
  const digests = page.map((e) => ({ id: e.id, hash: metaHash(e) }));
  // A first visit, as the reader makes it: the digest, then the meta the store wants.
  const openBlog = async (url: string) => {
    await handlers.openBlogDigest({ url, title: 'Bench live', site: 'guardian', entries: digests }, {});
    await handlers.noteEntries({ blog: url, entries: page }, {});
  };
  await openBlog(BLOG);
  // A realistic state: some read, some starred.
  await handlers.markRead({ blog: BLOG, entryIds: page.slice(0, 300).map((e) => e.id) }, {});
  for (let i = 0; i < 1000; i += 20) await handlers.setStar({ blog: BLOG, entryId: page[i]!.id, starred: true }, {});

  // Each run reads entries not yet read, so every run writes.
  let next = 300;
  const markRead1 = await median(51, () => handlers.markRead({ blog: BLOG, entryIds: [page[next++]!.id] }, {}));
  const markRead20 = await median(15, () => {
    const ids = page.slice(next, next + 20).map((e) => e.id);
    next += 20;
    return handlers.markRead({ blog: BLOG, entryIds: ids }, {});
  });
  const getBlogState1000 = await median(11, () => handlers.getBlogState({ blog: BLOG }, {}));
  const openBlog1000 = await median(11, (run) => openBlog(`${BLOG}-first-${run + 1}`));
  // What the reader sends on a revisit: ids and content hashes only.
  const openDigest1000 = await median(11, () => handlers.openBlogDigest({ url: BLOG, title: 'Bench live', site: 'guardian', entries: digests }, {}));
  db.close();
  return { markRead1, markRead20, getBlogState1000, openBlog1000, openDigest1000 };
}

/** Prints the figures as a small table. */
export function printStoreBench(r: StoreBenchResult): void {
  const f = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
  console.log('store (fake-indexeddb, median ms)');
  console.log(`  record a read, 1 entry             ${f(r.markRead1)}`);
  console.log(`  record a read, batch of 20         ${f(r.markRead20)}`);
  console.log(`  load state, 1,000-entry blog       ${f(r.getBlogState1000)}`);
  console.log(`  open blog (first visit, 1,000)     ${f(r.openBlog1000)}`);
  console.log(`  open blog by digest (revisit)      ${f(r.openDigest1000)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printStoreBench(await runStoreBench());
}
