// The background's handlers against fake-indexeddb: validation before any write, private windows,
// two tabs writing at once, a worker restarted between a message and its retry, and the library's
// writes (the same checks as the pages').
import { describe, expect, it } from 'vitest';
import { BROWSER_MESSAGES, createHandlers } from '../../../entrypoints/background/handlers';
import { MESSAGE_NAMES } from '../../../lib/protocol/messages';
import type { LensDb } from '../../../lib/store/db';
import type { EntryMeta } from '../../../lib/store/types';
import { BLOG, clock, newFactory, openBlog, sampleEntries, testDb } from '../../unit/store/helpers';

interface Sender {
  tab?: { id: number; incognito: boolean };
}
const TAB_A: Sender = { tab: { id: 1, incognito: false } };
const TAB_B: Sender = { tab: { id: 2, incognito: false } };
const PRIVATE: Sender = { tab: { id: 3, incognito: true } };

function setup(db: LensDb = testDb(), storeIncognito = false) {
  const time = clock();
  const handlers = createHandlers<Sender>(db, { isIncognito: (s) => s.tab?.incognito === true, storeIncognito: () => storeIncognito, now: time.now });
  return { db, handlers, time };
}

const open = { url: `${BLOG}?utm_source=x#block-1`, title: 'Live', site: 'guardian', entries: sampleEntries(5) };

async function dump(db: LensDb) {
  return { blogs: await db.blogs.toArray(), entries: await db.entries.toArray(), quotes: await db.quotes.toArray() };
}

describe('handlers', () => {
  it('opens a blog under its key and answers the state', async () => {
    const { handlers, time } = setup();
    const first = await openBlog(handlers, open, TAB_A);
    expect(first).toMatchObject({ stored: true, previousVisit: null, newIds: [] });
    expect(first.state.blog).toBe(BLOG);
    expect(await handlers.markRead({ blog: BLOG, entryIds: ['block-0', 'block-1'] }, TAB_A)).toEqual({ changed: 2, stored: true });
    expect(await handlers.setStar({ blog: `${BLOG}#x`, entryId: 'block-2', starred: true }, TAB_A)).toEqual({ starred: time.now(), stored: true });
    time.advance(60_000);
    const again = await openBlog(handlers, { ...open, entries: sampleEntries(7) }, TAB_B);
    expect(again.newIds.sort()).toEqual(['block-5', 'block-6']);
    expect(again.state.read.sort()).toEqual(['block-0', 'block-1']);
    expect(again.state.starred).toEqual(['block-2']);
  });

  it('has a handler for every message of the protocol but those the browser side answers', () => {
    const { handlers } = setup();
    const browserSide: readonly string[] = BROWSER_MESSAGES;
    expect(Object.keys(handlers).sort()).toEqual(MESSAGE_NAMES.filter((n) => !browserSide.includes(n)).sort());
  });

  const malformed: Array<[string, unknown]> = [
    ['openBlogDigest', null],
    ['openBlogDigest', 'https://example.com'],
    ['openBlogDigest', { ...open, entries: [], url: 'javascript:alert(1)' }],
    ['openBlogDigest', { ...open, entries: [], title: 42 }],
    ['noteEntries', { blog: BLOG, entries: Array.from({ length: 5001 }, () => sampleEntries(1)[0]) }],
    ['noteEntries', { blog: BLOG, entries: sampleEntries(1)[0] }],
    ['markRead', { blog: BLOG, entryIds: 'block-0' }],
    ['markRead', { blog: 'not a url', entryIds: ['a'] }],
    ['markRead', { entryIds: ['a'] }],
    ['markRead', []],
    ['markAllRead', { blog: 'x'.repeat(3000) }],
    ['setStar', { blog: BLOG, entryId: 'block-0', starred: 'yes' }],
    ['setStar', { blog: BLOG, entryId: 'block-0' }],
    ['saveQuote', { id: 'q-00000001', text: '', speaker: null, blog: BLOG, entry: null, entryTime: null, permalink: null }],
    ['saveQuote', { id: 'short', text: 'x', speaker: null, blog: BLOG, entry: null, entryTime: null, permalink: null }],
    ['saveQuote', { id: 'q-00000001', text: 'x'.repeat(10_001), speaker: null, blog: BLOG, entry: null, entryTime: null, permalink: null }],
    ['saveQuote', { id: 'q-00000001', text: 'x', speaker: 'A\nB', blog: BLOG, entry: null, entryTime: null, permalink: null }],
    ['saveQuote', { id: 'q-00000001', text: 'x', speaker: null, blog: BLOG, entry: null, entryTime: 'yesterday', permalink: null }],
    ['updateQuote', { id: 'q-00000001', note: 5 }],
    ['deleteQuotes', { ids: 'q-existing1' }],
    ['restoreQuotes', { quotes: [{ id: 'q-00000001', text: 'x', blog: BLOG }] }],
    ['unstarEntries', { entries: [{ blog: BLOG }] }],
    ['restoreStars', { stars: [{ blog: BLOG, id: 'block-0', starred: 'yesterday' }] }],
    ['stageImport', { importId: 'import-00000001', part: 0, rows: { blogs: [], quotes: [{ id: 'q-00000001' }], starred: [] } }],
    ['stageImport', { importId: 'import-00000001', part: 999, rows: { blogs: [], quotes: [], starred: [] } }],
    ['stageImport', { importId: '<script>', part: 0, rows: { blogs: [], quotes: [], starred: [] } }],
    ['commitImport', { importId: '' }],
    ['discardImport', null],
    ['getBlogState', { blog: 12 }],
  ];

  it.each(malformed)('rejects a malformed %s message with an error and writes nothing', async (name, data) => {
    const { db, handlers } = setup();
    await openBlog(handlers, open, TAB_A);
    await handlers.saveQuote({ id: 'q-existing1', text: 'kept', speaker: null, blog: BLOG, entry: null, entryTime: null, permalink: null }, TAB_A);
    const before = await dump(db);
    const call = handlers[name as keyof typeof handlers] as (d: unknown, s: Sender) => Promise<unknown>;
    await expect(call(data, TAB_A)).rejects.toThrow(new RegExp(`^Invalid ${name} message: data`));
    await expect(call(data, TAB_A)).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await dump(db)).toEqual(before);
  });

  // Issue 14, finding 9: one entry the page could not clean costs that entry, never the batch
  // (and with it the blog's reading state, or every star).
  const oneBad: Array<[string, (good: EntryMeta[]) => unknown]> = [
    ['noteEntries', (good) => ({ blog: BLOG, entries: [{ ...good[0], id: '' }, ...good.slice(1)] })],
    ['noteEntries', (good) => ({ blog: BLOG, entries: [{ ...good[0], id: '\u0001\u0002' }, ...good.slice(1)] })],
    ['noteEntries', (good) => ({ blog: BLOG, entries: [{ ...good[0], permalink: 'javascript:alert(1)' }, ...good.slice(1)] })],
    ['noteEntries', (good) => ({ blog: BLOG, entries: [{ ...good[0], title: 'x'.repeat(1001) }, ...good.slice(1)] })],
    ['noteEntries', (good) => ({ blog: BLOG, entries: [{ ...good[0], speakers: 'Keir Starmer' }, ...good.slice(1)] })],
    ['noteEntries', (good) => ({ blog: BLOG, entries: [{ id: 'a' }, ...good.slice(1)] })],
  ];
  it.each(oneBad)('%s: drops one bad entry and stores the others', async (name, make) => {
    const { db, handlers } = setup();
    await openBlog(handlers, { ...open, entries: [] }, TAB_A);
    const good = sampleEntries(4).slice(1);
    await handlers.noteEntries(make([sampleEntries(1)[0]!, ...good]), TAB_A);
    expect((await db.entries.toArray()).map((e) => e.id).sort()).toEqual(good.map((e) => e.id).sort());
  });

  it('markRead: drops the ids it cannot keep and marks the others', async () => {
    const { db, handlers } = setup();
    await openBlog(handlers, open, TAB_A);
    const answer = await handlers.markRead({ blog: BLOG, entryIds: ['block-1', 7, 'bad\u0000id', '', 'block-2'] }, TAB_A);
    expect(answer).toEqual({ changed: 2, stored: true });
    expect((await db.entries.toArray()).filter((e) => e.read !== undefined).map((e) => e.id).sort()).toEqual(['block-1', 'block-2']);
  });

  it('keys a page address too long to keep by what fits, instead of refusing the blog', async () => {
    const { handlers } = setup();
    const long = `${BLOG}?q=${'x'.repeat(3000)}&edition=uk`;
    const opened = await handlers.openBlogDigest({ ...open, url: long, entries: [] }, TAB_A);
    expect(opened.state.blog).toBe(`${BLOG}?edition=uk`);
    expect(await handlers.markRead({ blog: long, entryIds: ['block-1'] }, TAB_A)).toMatchObject({ stored: true });
  });

  it('drops unknown fields instead of storing them (no forged read time, no prototype games)', async () => {
    const { db, handlers, time } = setup();
    await openBlog(handlers, open, TAB_A);
    const hostile = JSON.parse(
      `{"blog":"${BLOG}","entries":[{"id":"block-9","title":"t","snippet":"s","time":null,"permalink":null,"speakers":[],"read":1,"starred":2,"__proto__":{"polluted":true}}],"extra":1}`,
    ) as unknown;
    await handlers.noteEntries(hostile, TAB_A);
    const row = await db.entries.get([BLOG, 'block-9']);
    expect(row).not.toHaveProperty('read');
    expect(row).not.toHaveProperty('starred');
    expect(row).not.toHaveProperty('polluted');
    expect(row!.firstSeen).toBe(time.now());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores hostile strings as plain text', async () => {
    const { db, handlers } = setup();
    await openBlog(handlers, open, TAB_A);
    const text = '<img src=x onerror=alert(1)> "quoted" & \'single\' </script>';
    const { quote } = await handlers.saveQuote({ id: 'q-hostile01', text, speaker: '<b>Bob</b>', blog: BLOG, entry: '__proto__', entryTime: null, permalink: null }, TAB_A);
    expect(quote).toMatchObject({ text, speaker: '<b>Bob</b>', entry: '__proto__' });
    expect((await db.quotes.get('q-hostile01'))!.text).toBe(text);
  });

  it('stores nothing from a private window unless the reader turned that on', async () => {
    const { db, handlers } = setup();
    await openBlog(handlers, open, TAB_A);
    await handlers.markRead({ blog: BLOG, entryIds: ['block-0'] }, TAB_A);
    const before = await dump(db);
    const opened = await openBlog(handlers, { ...open, entries: sampleEntries(8) }, PRIVATE);
    // It still sees what the reader read elsewhere, and what is new, without writing.
    expect(opened).toMatchObject({ stored: false, state: { read: ['block-0'] } });
    expect(opened.newIds.sort()).toEqual(['block-5', 'block-6', 'block-7']);
    expect(await handlers.markRead({ blog: BLOG, entryIds: ['block-1'] }, PRIVATE)).toEqual({ changed: 0, stored: false });
    expect(await handlers.markAllRead({ blog: BLOG }, PRIVATE)).toEqual({ changed: 0, stored: false });
    expect(await handlers.setStar({ blog: BLOG, entryId: 'block-1', starred: true }, PRIVATE)).toEqual({ starred: null, stored: false });
    expect(await handlers.noteEntries({ blog: BLOG, entries: sampleEntries(9) }, PRIVATE)).toEqual({ added: [], stored: false });
    const q = { id: 'q-private01', text: 'x', speaker: null, blog: BLOG, entry: null, entryTime: null, permalink: null };
    expect(await handlers.saveQuote(q, PRIVATE)).toEqual({ quote: null, stored: false });
    expect(await dump(db)).toEqual(before);

    const allowed = setup(db, true).handlers;
    expect(await allowed.markRead({ blog: BLOG, entryIds: ['block-1'] }, PRIVATE)).toEqual({ changed: 1, stored: true });
    expect((await allowed.saveQuote(q, PRIVATE)).stored).toBe(true);
  });

  it('loses no update when two tabs write the same blog and entry at once', async () => {
    const { db, handlers } = setup();
    await Promise.all([openBlog(handlers, open, TAB_A), openBlog(handlers, { ...open, entries: sampleEntries(8) }, TAB_B)]);
    await Promise.all([
      handlers.markRead({ blog: BLOG, entryIds: ['block-0', 'block-1'] }, TAB_A),
      handlers.setStar({ blog: BLOG, entryId: 'block-0', starred: true }, TAB_B),
      handlers.markRead({ blog: BLOG, entryIds: ['block-2', 'block-0'] }, TAB_B),
      handlers.setStar({ blog: BLOG, entryId: 'block-3', starred: true }, TAB_A),
      handlers.noteEntries({ blog: BLOG, entries: sampleEntries(10) }, TAB_A),
      handlers.saveQuote({ id: 'q-tab-a-001', text: 'a', speaker: null, blog: BLOG, entry: 'block-0', entryTime: null, permalink: null }, TAB_A),
      handlers.saveQuote({ id: 'q-tab-b-001', text: 'b', speaker: null, blog: BLOG, entry: 'block-0', entryTime: null, permalink: null }, TAB_B),
    ]);
    const [a, b] = await Promise.all([handlers.getBlogState({ blog: BLOG }, TAB_A), handlers.getBlogState({ blog: BLOG }, TAB_B)]);
    expect(a).toEqual(b);
    expect(a.read.sort()).toEqual(['block-0', 'block-1', 'block-2']);
    expect(a.starred.sort()).toEqual(['block-0', 'block-3']);
    expect(a.known).toHaveLength(10);
    expect(await db.quotes.count()).toBe(2);
    expect(await db.blogs.count()).toBe(1);
  });

  it('agrees across two connections to the same database (background and library page)', async () => {
    const factory = newFactory();
    const background = setup(testDb(factory)).handlers;
    const library = setup(testDb(factory)).handlers;
    await openBlog(background, open, TAB_A);
    await Promise.all([
      background.setStar({ blog: BLOG, entryId: 'block-1', starred: true }, TAB_A),
      library.markRead({ blog: BLOG, entryIds: ['block-1'] }, TAB_B),
    ]);
    expect(await library.getBlogState({ blog: BLOG }, TAB_B)).toMatchObject({ read: ['block-1'], starred: ['block-1'] });
  });

  it('a retry after the worker restarted writes once', async () => {
    const factory = newFactory();
    const first = setup(testDb(factory));
    await openBlog(first.handlers, open, TAB_A);
    const q = { id: 'q-retried01', text: 'once', speaker: null, blog: BLOG, entry: null, entryTime: null, permalink: null };
    await first.handlers.saveQuote(q, TAB_A);
    await first.handlers.markRead({ blog: BLOG, entryIds: ['block-0'] }, TAB_A);
    first.db.close(); // the worker is stopped: nothing survives but the database

    const restarted = setup(testDb(factory));
    restarted.time.advance(5000);
    expect((await restarted.handlers.saveQuote(q, TAB_A)).quote!.savedAt).toBe(first.time.now());
    expect(await restarted.handlers.markRead({ blog: BLOG, entryIds: ['block-0'] }, TAB_A)).toEqual({ changed: 0, stored: true });
    expect(await restarted.db.quotes.count()).toBe(1);
  });

  it('edits, deletes and restores quotes, and unstars and restars entries, through messages', async () => {
    const { db, handlers } = setup();
    await openBlog(handlers, open, TAB_A);
    await handlers.saveQuote({ id: 'q-library01', text: 'x', speaker: 'A', blog: BLOG, entry: null, entryTime: null, permalink: null }, TAB_A);
    await handlers.setStar({ blog: BLOG, entryId: 'block-2', starred: true }, TAB_A);
    expect((await handlers.updateQuote({ id: 'q-library01', speaker: 'B', note: 'n' }, TAB_A)).quote).toMatchObject({ speaker: 'B', note: 'n' });
    const before = await dump(db);
    const { quotes } = await handlers.deleteQuotes({ ids: ['q-library01', 'q-missing01'] }, TAB_A);
    expect(quotes.map((q) => q.id)).toEqual(['q-library01']);
    expect(await db.quotes.count()).toBe(0);
    const { stars } = await handlers.unstarEntries({ entries: [{ blog: BLOG, id: 'block-2' }] }, TAB_A);
    expect((await handlers.getBlogState({ blog: BLOG }, TAB_A)).starred).toEqual([]);
    // Undo: the rows come back as they were, derived fields recomputed (what the library sends back is checked).
    await handlers.restoreQuotes({ quotes }, TAB_A);
    await handlers.restoreStars({ stars }, TAB_A);
    expect(await dump(db)).toEqual(before);
  });
});
