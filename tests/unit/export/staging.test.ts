// Issue 14, finding 14: an import sent in parts is all-or-nothing. Nothing reaches the library
// before the commit; a failure before or during it leaves the library as it was; the commit adds
// every part at once (the same library as one merge of the whole file); a commit resent after a
// lost answer adds nothing twice; abandoned parts are dropped.
import { describe, expect, it } from 'vitest';
import { mergeImport, parseImport } from '../../../lib/export/import';
import { buildExport, toJson } from '../../../lib/export/json';
import { commitImport, discardImport, importParts, stageImport, STAGED_TTL_MS } from '../../../lib/export/staging';
import { BLOGS, dump, emptyDb, QUOTES, STARRED } from './sample';

const NOW = Date.UTC(2024, 0, 3, 8);
const rows = () => parseImport(toJson(buildExport({ blogs: BLOGS, quotes: QUOTES, starred: STARRED }, NOW)));
const ID = 'import-0001-aaaa';

/** Stages every part of the sample (one row per part, so there are many). */
async function stageAll(db: ReturnType<typeof emptyDb>, id = ID, at = NOW) {
  const parts = importParts(rows(), 1);
  for (const [part, r] of parts.entries()) await stageImport(db, id, part, r, at);
  return parts.length;
}

describe('an import in parts', () => {
  it('adds nothing before the commit, everything at the commit, like one merge', async () => {
    const db = emptyDb('staged');
    const n = await stageAll(db);
    expect(n).toBe(BLOGS.length + QUOTES.length + STARRED.length);
    expect(await dump(db)).toEqual({ blogs: [], quotes: [], entries: [] });
    const counts = await commitImport(db, ID, NOW);
    expect(counts.added).toEqual({ quotes: QUOTES.length, starred: STARRED.length, blogs: BLOGS.length });
    const reference = emptyDb('reference');
    await mergeImport(reference, rows());
    expect(await dump(db)).toEqual(await dump(reference));
    expect(await db.imports.where('importId').equals(ID).filter((p) => p.part >= 0).count()).toBe(0);
  });

  it('answers the same counts to a resent commit, adding nothing twice', async () => {
    const db = emptyDb('resent');
    await stageAll(db);
    const first = await commitImport(db, ID, NOW);
    const before = await dump(db);
    expect(await commitImport(db, ID, NOW)).toEqual(first);
    expect(await dump(db)).toEqual(before);
  });

  it('leaves the library as it was when the commit fails midway', async () => {
    const db = emptyDb('failing');
    await stageAll(db);
    // The last write of the merge fails (a full disk): the whole transaction must roll back.
    db.entries.hook('creating', () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    await expect(commitImport(db, ID, NOW)).rejects.toBeTruthy();
    expect(await dump(db)).toEqual({ blogs: [], quotes: [], entries: [] });
    // The parts are still there: once space is back the same commit succeeds.
    expect(await db.imports.where('importId').equals(ID).count()).toBeGreaterThan(0);
  });

  it('forgets a discarded import, and parts abandoned for an hour when the next import starts', async () => {
    const db = emptyDb('abandoned');
    await stageAll(db, 'import-old-0001', NOW);
    await stageAll(db, 'import-gone-001', NOW);
    expect(await discardImport(db, 'import-gone-001')).toBeGreaterThan(0);
    await stageImport(db, ID, 0, importParts(rows())[0]!, NOW + STAGED_TTL_MS + 1);
    expect(await db.imports.count()).toBe(1);
    expect((await commitImport(db, ID, NOW)).added.blogs).toBe(BLOGS.length);
  });
});
