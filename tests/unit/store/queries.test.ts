// Reading state: visits, entries, read, starred, "new since last visit".
import { describe, expect, it } from 'vitest';
import { metaHash } from '../../../lib/store/derive';
import type { LensDb } from '../../../lib/store/db';
import { openBlogDigest } from '../../../lib/store/open-digest';
import { getBlogState, markAllRead, markRead, noteEntries, recordVisit, setStar, type BlogVisit } from '../../../lib/store/queries';
import type { EntryMeta } from '../../../lib/store/types';
import { BLOG, sampleEntries, testDb } from './helpers';

const T = Date.UTC(2024, 0, 1, 12);
const visit = { key: BLOG, url: BLOG, title: 'Live', site: 'guardian' };

/** A visit as the background records it: the digest, then the meta the store wants. */
async function openBlog(db: LensDb, blog: BlogVisit, entries: EntryMeta[], now: number) {
  const opened = await openBlogDigest(db, blog, entries.map((e) => ({ id: e.id, hash: metaHash(e) })), now, true);
  const want = new Set(opened.want);
  await noteEntries(db, blog.key, entries.filter((e) => want.has(e.id)), now);
  return opened;
}

describe('visits and new since last visit', () => {
  it('recordVisit creates the blog and returns the previous lastVisit', async () => {
    const db = testDb();
    expect(await recordVisit(db, visit, T)).toBeNull();
    expect(await recordVisit(db, { ...visit, title: 'Live (updated)' }, T + 1000)).toBe(T);
    expect(await db.blogs.get(BLOG)).toMatchObject({ title: 'Live (updated)', firstVisit: T, lastVisit: T + 1000 });
  });

  it('a first visit has nothing new; a later one has what appeared since', async () => {
    const db = testDb();
    const first = await openBlog(db, visit, sampleEntries(5), T);
    expect(first.previousVisit).toBeNull();
    expect(first.newIds).toEqual([]);
    expect(first.state.known).toHaveLength(5);

    // During the visit the page reports a live update: seen then, so not "new" next time.
    expect(await noteEntries(db, BLOG, sampleEntries(6), T + 60_000)).toEqual(['block-5']);

    const second = await openBlog(db, visit, sampleEntries(9), T + 3_600_000);
    expect(second.previousVisit).toBe(T + 60_000);
    expect(second.newIds.sort()).toEqual(['block-6', 'block-7', 'block-8']);
    // Reloading straight away: nothing is new any more.
    expect((await openBlog(db, visit, sampleEntries(9), T + 3_700_000)).newIds).toEqual([]);
  });

  it('keeps firstSeen and state when an entry is reported again with edited text', async () => {
    const db = testDb();
    await openBlog(db, visit, sampleEntries(2), T);
    await markRead(db, BLOG, ['block-0'], T + 5);
    const edited = sampleEntries(2).map((e) => ({ ...e, title: `${e.title} (updated)`, speakers: ['Rishi Sunak'] }));
    await noteEntries(db, BLOG, edited, T + 10);
    const row = await db.entries.get([BLOG, 'block-0']);
    expect(row).toMatchObject({ firstSeen: T, read: T + 5, title: 'Entry 0 (updated)', speakerKeys: ['rishi sunak'] });
  });

  it('counts a repeated id (pinned copy) once', async () => {
    const db = testDb();
    const [a] = sampleEntries(1);
    await noteEntries(db, BLOG, [a!, a!], T);
    expect((await getBlogState(db, BLOG)).known.map(([id]) => id)).toEqual(['block-0']);
  });
});

describe('read', () => {
  it('marks a batch read once, keeping the first read time', async () => {
    const db = testDb();
    await openBlog(db, visit, sampleEntries(10), T);
    expect(await markRead(db, BLOG, ['block-1', 'block-2', 'block-2'], T + 1)).toBe(2);
    expect(await markRead(db, BLOG, ['block-2', 'block-3'], T + 2)).toBe(1);
    expect((await db.entries.get([BLOG, 'block-2']))!.read).toBe(T + 1);
    expect((await getBlogState(db, BLOG)).read.sort()).toEqual(['block-1', 'block-2', 'block-3']);
    expect((await db.blogs.get(BLOG))!.lastVisit).toBe(T + 2);
  });

  it('records a read of an entry the page has not reported yet', async () => {
    const db = testDb();
    expect(await markRead(db, BLOG, ['late'], T)).toBe(1);
    expect(await db.entries.get([BLOG, 'late'])).toMatchObject({ read: T, firstSeen: T, title: '' });
    // Its text arrives later and fills the row without losing the read.
    await noteEntries(db, BLOG, [{ ...sampleEntries(1)[0]!, id: 'late' }], T + 1);
    expect(await db.entries.get([BLOG, 'late'])).toMatchObject({ read: T, title: 'Entry 0' });
  });

  it('mark all read touches only unread entries of that blog', async () => {
    const db = testDb();
    await openBlog(db, visit, sampleEntries(10), T);
    await openBlog(db, { ...visit, key: 'https://other.example/live' }, sampleEntries(3), T);
    await markRead(db, BLOG, ['block-0'], T + 1);
    expect(await markAllRead(db, BLOG, T + 2)).toBe(9);
    expect((await getBlogState(db, BLOG)).read).toHaveLength(10);
    expect((await db.entries.get([BLOG, 'block-0']))!.read).toBe(T + 1);
    expect((await getBlogState(db, 'https://other.example/live')).read).toEqual([]);
  });
});

describe('star', () => {
  it('sets, keeps and clears a star', async () => {
    const db = testDb();
    await openBlog(db, visit, sampleEntries(3), T);
    expect(await setStar(db, BLOG, 'block-1', true, T + 1)).toBe(T + 1);
    expect(await setStar(db, BLOG, 'block-1', true, T + 2)).toBe(T + 1); // idempotent
    expect((await getBlogState(db, BLOG)).starred).toEqual(['block-1']);
    expect(await setStar(db, BLOG, 'block-1', false, T + 3)).toBeNull();
    const row = await db.entries.get([BLOG, 'block-1']);
    expect(row).not.toHaveProperty('starred');
    expect(await db.entries.where('starred').between(-Infinity, Infinity).count()).toBe(0);
    expect(await setStar(db, BLOG, 'block-2', true, T + 4)).toBe(T + 4);
    expect(await setStar(db, BLOG, 'never-seen', false, T + 5)).toBeNull();
    expect(await db.entries.get([BLOG, 'never-seen'])).toBeUndefined();
  });
});

describe('state', () => {
  it('is empty for an unknown blog', async () => {
    expect(await getBlogState(testDb(), BLOG)).toEqual({ blog: BLOG, lastVisit: null, read: [], starred: [], known: [] });
  });

  it('survives closing and reopening the database (a restarted worker)', async () => {
    const db = testDb();
    await openBlog(db, visit, sampleEntries(4), T);
    await markRead(db, BLOG, ['block-0'], T + 1);
    await setStar(db, BLOG, 'block-3', true, T + 2);
    db.close();
    await db.open();
    const state = await getBlogState(db, BLOG);
    expect(state).toMatchObject({ lastVisit: T + 1, read: ['block-0'], starred: ['block-3'] });
  });
});
