// The library's store reads and bulk writes: load everything, delete and unstar with undo.
import { describe, expect, it } from 'vitest';
import { deleteQuotes, loadLibrary, restoreQuotes, restoreStars, unstarEntries } from '../../../lib/store/library';
import { dump, sampleDb, STARRED, BUDGET, UKRAINE } from '../export/sample';

describe('library store', () => {
  it('loads blogs, quotes, starred entries and the entries quoted from', async () => {
    const db = await sampleDb();
    const s = await loadLibrary(db);
    expect(s.blogs).toHaveLength(2);
    expect(s.quotes).toHaveLength(6);
    expect(s.starred.map((e) => e.id).sort()).toEqual(['block-200', 'post-3']);
    expect(s.quoteEntries.map((e) => e.id)).toEqual(['block-100']);
  });

  it('deletes quotes in bulk and puts them back identical', async () => {
    const db = await sampleDb();
    const before = await dump(db);
    const rows = await deleteQuotes(db, ['q-starmer-1', 'q-reeves-01', 'missing-id']);
    expect(rows.map((r) => r.id)).toEqual(['q-starmer-1', 'q-reeves-01']);
    expect(await db.quotes.count()).toBe(4);
    await restoreQuotes(db, rows);
    expect(await dump(db)).toEqual(before);
  });

  it('unstars entries and restores their original star times', async () => {
    const db = await sampleDb();
    const before = await dump(db);
    const rows = await unstarEntries(db, [[BUDGET, 'post-3'], [UKRAINE, 'block-200'], [UKRAINE, 'block-100']]);
    expect(rows.map((r) => r.starred)).toEqual([STARRED[1]!.starred, STARRED[0]!.starred]);
    expect((await loadLibrary(db)).starred).toEqual([]);
    expect(await db.entries.get([BUDGET, 'post-3'])).not.toHaveProperty('starred');
    await restoreStars(db, rows);
    expect(await dump(db)).toEqual(before);
  });
});
