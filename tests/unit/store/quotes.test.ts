// Quotes: save, edit, delete with undo, and the library's filtered lists.
import { describe, expect, it } from 'vitest';
import { openBlog, setStar } from '../../../lib/store/queries';
import { deleteQuote, listQuotes, listStarred, restoreQuote, saveQuote, UnknownBlogError, updateQuote, type NewQuote } from '../../../lib/store/quotes';
import { BLOG, sampleEntries, testDb } from './helpers';

const T = Date.UTC(2024, 0, 1, 12);
const BBC = 'https://www.bbc.co.uk/news/live/world-1';

function quote(id: string, over: Partial<NewQuote> = {}): NewQuote {
  return { id, text: 'We will fight on the beaches', speaker: 'Keir Starmer', blog: BLOG, entry: 'block-0', entryTime: null, permalink: `${BLOG}#block-0`, ...over };
}

async function library() {
  const db = testDb();
  await openBlog(db, { key: BLOG, url: BLOG, title: 'Ukraine war live', site: 'guardian' }, sampleEntries(6), T);
  await openBlog(db, { key: BBC, url: BBC, title: 'Budget day', site: 'bbc' }, sampleEntries(3, 'post-'), T);
  await saveQuote(db, quote('q-guardian-1'), T + 1);
  await saveQuote(db, quote('q-guardian-2', { text: 'Sanctions will tighten', speaker: 'Olaf Scholz', note: 'G7' }), T + 2);
  await saveQuote(db, quote('q-bbc-00001', { blog: BBC, text: 'Growth is up', speaker: 'Rachel Reeves', entry: 'post-1' }), T + 3);
  await saveQuote(db, quote('q-bbc-00002', { blog: BBC, text: 'No comment', speaker: null, entry: null }), T + 4);
  return db;
}

describe('quotes', () => {
  it('saves with the blog site and derived fields; a second save of the same id is a no-op', async () => {
    const db = testDb();
    await openBlog(db, { key: BLOG, url: BLOG, title: 'Live', site: 'guardian' }, [], T);
    const row = await saveQuote(db, quote('q-00000001'), T + 1);
    expect(row).toMatchObject({ site: 'guardian', savedAt: T + 1, speakerKey: 'keir starmer' });
    const again = await saveQuote(db, quote('q-00000001', { text: 'different' }), T + 2);
    expect(again).toEqual(row);
    expect(await db.quotes.count()).toBe(1);
  });

  it('refuses a quote of an unknown blog, writing nothing', async () => {
    const db = testDb();
    await expect(saveQuote(db, quote('q-00000001'), T)).rejects.toBeInstanceOf(UnknownBlogError);
    expect(await db.quotes.count()).toBe(0);
  });

  it('edits speaker and note, re-deriving the search fields', async () => {
    const db = await library();
    const row = await updateQuote(db, 'q-guardian-1', { speaker: 'Rishi Sunak', note: 'context' });
    expect(row).toMatchObject({ speaker: 'Rishi Sunak', speakerKey: 'rishi sunak', note: 'context' });
    expect(row!.search).toContain('context');
    const cleared = await updateQuote(db, 'q-guardian-1', { speaker: null, note: null });
    expect(cleared).not.toHaveProperty('note');
    expect(cleared).not.toHaveProperty('speakerKey');
    expect(await updateQuote(db, 'missing-id', { note: 'x' })).toBeNull();
  });

  it('deletes and restores (undo) the same row', async () => {
    const db = await library();
    const before = await db.quotes.get('q-guardian-2');
    const deleted = await deleteQuote(db, 'q-guardian-2');
    expect(deleted).toEqual(before);
    expect(await db.quotes.get('q-guardian-2')).toBeUndefined();
    expect(await deleteQuote(db, 'q-guardian-2')).toBeNull();
    const { search: _s, speakerKey: _k, ...plain } = deleted!;
    await restoreQuote(db, plain);
    expect(await db.quotes.get('q-guardian-2')).toEqual(before);
  });
});

describe('library lists', () => {
  it('lists quotes newest first, with filters', async () => {
    const db = await library();
    const ids = async (f: Parameters<typeof listQuotes>[1]) => (await listQuotes(db, f)).map((q) => q.id);
    expect(await ids({})).toEqual(['q-bbc-00002', 'q-bbc-00001', 'q-guardian-2', 'q-guardian-1']);
    expect(await ids({ blog: BBC })).toEqual(['q-bbc-00002', 'q-bbc-00001']);
    expect(await ids({ site: 'guardian' })).toEqual(['q-guardian-2', 'q-guardian-1']);
    expect(await ids({ speaker: 'olaf SCHOLZ' })).toEqual(['q-guardian-2']);
    expect(await ids({ speaker: '' })).toEqual(['q-bbc-00002']);
    expect(await ids({ from: T + 2, to: T + 3 })).toEqual(['q-bbc-00001', 'q-guardian-2']);
    expect(await ids({ blog: BBC, speaker: 'Rachel Reeves' })).toEqual(['q-bbc-00001']);
    expect(await ids({ limit: 2, offset: 1 })).toEqual(['q-bbc-00001', 'q-guardian-2']);
  });

  it('searches quote text, note, speaker and blog title', async () => {
    const db = await library();
    const ids = async (search: string) => (await listQuotes(db, { search })).map((q) => q.id);
    expect(await ids('beaches')).toEqual(['q-guardian-1']);
    expect(await ids('g7')).toEqual(['q-guardian-2']);
    expect(await ids('reeves')).toEqual(['q-bbc-00001']);
    expect(await ids('budget')).toEqual(['q-bbc-00002', 'q-bbc-00001']);
    expect(await ids('budget growth')).toEqual(['q-bbc-00001']);
    expect(await ids('nothing-matches')).toEqual([]);
  });

  it('lists starred entries newest first, with blog title, filters and search', async () => {
    const db = await library();
    await setStar(db, BLOG, 'block-0', true, T + 10);
    await setStar(db, BLOG, 'block-4', true, T + 11);
    await setStar(db, BBC, 'post-1', true, T + 12);
    const all = await listStarred(db);
    expect(all.map((e) => e.id)).toEqual(['post-1', 'block-4', 'block-0']);
    expect(all[0]).toMatchObject({ blogTitle: 'Budget day', site: 'bbc' });
    expect((await listStarred(db, { site: 'guardian' })).map((e) => e.id)).toEqual(['block-4', 'block-0']);
    expect((await listStarred(db, { speaker: 'keir starmer' })).map((e) => e.id)).toEqual(['block-0']);
    expect((await listStarred(db, { blog: BLOG, from: T + 11 })).map((e) => e.id)).toEqual(['block-4']);
    expect((await listStarred(db, { search: 'entry 4' })).map((e) => e.id)).toEqual(['block-4']);
    expect((await listStarred(db, { search: 'budget' })).map((e) => e.id)).toEqual(['post-1']);
  });
});
