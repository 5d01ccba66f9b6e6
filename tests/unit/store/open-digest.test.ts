// Opening a blog from ids and hashes (`openBlogDigest`): the store answers the state at once and
// names the entries whose meta it lacks or holds out of date; the page then sends only those.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { metaHash } from '../../../lib/store/derive';
import type { LensDb } from '../../../lib/store/db';
import type { EntryMeta } from '../../../lib/store/types';
import { BLOG, clock, openBlog, sampleEntries, testDb } from './helpers';

interface Sender {
  tab?: { id: number; incognito: boolean };
}
const TAB: Sender = { tab: { id: 1, incognito: false } };
const PRIVATE: Sender = { tab: { id: 2, incognito: true } };

function setup(storeIncognito = false, db: LensDb = testDb()) {
  const time = clock();
  const handlers = createHandlers<Sender>(db, { isIncognito: (s) => s.tab?.incognito === true, storeIncognito: () => storeIncognito, now: time.now });
  return { db, handlers, time };
}

const digest = (entries: EntryMeta[]) => entries.map((e) => ({ id: e.id, hash: metaHash(e) }));
const page = { url: `${BLOG}#live`, title: 'Live', site: 'guardian' };
const dump = async (db: LensDb) => ({ blogs: await db.blogs.toArray(), entries: await db.entries.toArray() });

describe('openBlogDigest', () => {
  it('hashes alike on both sides and changes with any stored field', () => {
    const [e] = sampleEntries(1);
    expect(metaHash(e!)).toMatch(/^[0-9a-z]{1,16}$/);
    expect(metaHash({ ...e! })).toBe(metaHash(e!));
    for (const change of [{ title: 'x' }, { snippet: 'x' }, { time: null }, { permalink: null }, { speakers: ['Someone'] }]) {
      expect(metaHash({ ...e!, ...change })).not.toBe(metaHash(e!));
    }
  });

  it('asks once more for entries stored before printed times were kept, and stores their labels', async () => {
    const { db, handlers } = setup();
    const entries = sampleEntries(3);
    await openBlog(handlers, { ...page, entries }, TAB); // as an older version stored them: no labels
    const labelled = entries.map((e, i) => (i < 2 ? { ...e, timeLabel: `12.2${i} BST` } : e));
    const opened = await handlers.openBlogDigest({ ...page, entries: digest(labelled) }, TAB);
    expect(opened.want).toEqual(['block-0', 'block-1']); // the unlabelled one keeps its old hash
    await handlers.noteEntries({ blog: BLOG, entries: labelled.slice(0, 2) }, TAB);
    expect((await db.entries.get([BLOG, 'block-1']))?.timeLabel).toBe('12.21 BST');
    expect((await handlers.openBlogDigest({ ...page, entries: digest(labelled) }, TAB)).want).toEqual([]);
    // A page that sends no label (an older reader in another tab) does not erase a stored one.
    await handlers.noteEntries({ blog: BLOG, entries: [{ ...entries[1]!, title: 'Edited' }] }, TAB);
    expect(await db.entries.get([BLOG, 'block-1'])).toMatchObject({ title: 'Edited', timeLabel: '12.21 BST' });
  });

  it('asks for every entry on a first visit, and for none once their meta is stored', async () => {
    const { db, handlers, time } = setup();
    const entries = sampleEntries(5);
    const first = await handlers.openBlogDigest({ ...page, entries: digest(entries) }, TAB);
    expect(first).toMatchObject({ stored: true, previousVisit: null, newIds: [], want: entries.map((e) => e.id) });
    expect(first.state.known.map(([id]) => id)).toEqual(entries.map((e) => e.id));
    expect(await db.entries.count()).toBe(0); // written only when their meta arrives
    expect((await db.blogs.get(BLOG))?.lastVisit).toBe(time.now());
    await handlers.noteEntries({ blog: BLOG, entries }, TAB);
    time.advance(60_000);
    const again = await handlers.openBlogDigest({ ...page, entries: digest(entries) }, TAB);
    expect(again).toMatchObject({ stored: true, newIds: [], want: [] });
  });

  it('names unknown and changed entries, marks the unknown ones new, and keeps read and star', async () => {
    const { handlers, time } = setup();
    const entries = sampleEntries(5);
    await openBlog(handlers, { ...page, entries }, TAB);
    await handlers.markRead({ blog: BLOG, entryIds: ['block-0'] }, TAB);
    await handlers.setStar({ blog: BLOG, entryId: 'block-1', starred: true }, TAB);
    await handlers.markRead({ blog: BLOG, entryIds: ['bare'] }, TAB); // a row without meta yet
    time.advance(60_000);
    const later = sampleEntries(7);
    later[2] = { ...later[2]!, title: 'Edited' };
    const opened = await handlers.openBlogDigest({ ...page, entries: digest([...later, later[0]!, { ...entries[0]!, id: 'bare' }]) }, TAB);
    expect(opened.want).toEqual(['block-2', 'block-5', 'block-6', 'bare']);
    expect(opened.newIds.sort()).toEqual(['block-5', 'block-6']);
    expect(opened.previousVisit).toBe(time.now() - 60_000);
    expect(opened.state.read.sort()).toEqual(['bare', 'block-0']);
    expect(opened.state.starred).toEqual(['block-1']);
    expect(opened.state.known.find(([id]) => id === 'block-6')).toEqual(['block-6', time.now()]);
    // The meta that follows stores them as first seen in this visit: not new on the next one.
    await handlers.noteEntries({ blog: BLOG, entries: [later[2]!, later[5]!, later[6]!] }, TAB);
    time.advance(60_000);
    const next = await handlers.openBlogDigest({ ...page, entries: digest(later) }, TAB);
    expect(next).toMatchObject({ newIds: [], want: [] });
  });

  it('answers the same when retried, and two tabs agree', async () => {
    const { handlers } = setup();
    const data = { ...page, entries: digest(sampleEntries(3)) };
    const [a, b] = await Promise.all([handlers.openBlogDigest(data, TAB), handlers.openBlogDigest(data, { tab: { id: 9, incognito: false } })]);
    expect(b.want).toEqual(a.want);
    expect(b.state.known.map(([id]) => id)).toEqual(a.state.known.map(([id]) => id));
  });

  it('writes nothing and wants nothing from a private window unless allowed', async () => {
    const { db, handlers, time } = setup();
    await openBlog(handlers, { ...page, entries: sampleEntries(2) }, TAB);
    time.advance(60_000);
    const before = await dump(db);
    const peek = await handlers.openBlogDigest({ ...page, entries: digest(sampleEntries(4)) }, PRIVATE);
    expect(peek).toMatchObject({ stored: false, want: [], previousVisit: time.now() - 60_000 });
    expect(peek.newIds.sort()).toEqual(['block-2', 'block-3']);
    expect(await dump(db)).toEqual(before);
    const allowed = await setup(true).handlers.openBlogDigest({ ...page, entries: digest(sampleEntries(1)) }, PRIVATE);
    expect(allowed).toMatchObject({ stored: true, want: ['block-0'] });
  });

  const good = digest(sampleEntries(1))[0]!;
  const malformed: unknown[] = [
    null,
    { ...page, url: 'javascript:alert(1)', entries: [good] },
    { ...page, entries: Array.from({ length: 5001 }, () => good) },
    { ...page, entries: good },
  ];
  // One bad entry in the batch costs that entry, never the blog's reading state (issue 14, finding 9).
  const oneBad: unknown[] = [
    { id: '', hash: good.hash },
    { id: 'a\nb', hash: good.hash },
    { id: 'a', hash: 'NOT-A-HASH' },
    { id: 'a', hash: 'x'.repeat(17) },
    { id: 'a' },
    sampleEntries(1)[0], // full meta is not a digest
  ];
  it.each(oneBad)('drops one bad entry (%#) and opens the blog with the others', async (bad) => {
    const { handlers } = setup();
    const others = digest(sampleEntries(3));
    const opened = await handlers.openBlogDigest({ ...page, entries: [others[0], bad, ...others.slice(1)] }, TAB);
    expect(opened.want).toEqual(['block-0', 'block-1', 'block-2']);
  });
  it.each(malformed)('rejects a malformed message (%#) with a ValidationError and writes nothing', async (data) => {
    const { db, handlers } = setup();
    await openBlog(handlers, { ...page, entries: sampleEntries(2) }, TAB);
    const before = await dump(db);
    await expect(handlers.openBlogDigest(data, TAB)).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/^Invalid openBlogDigest message: data/) });
    expect(await dump(db)).toEqual(before);
  });
});
