// v1 -> v2 -> v3: every row of an earlier database survives, with the new fields filled in.
import { describe, expect, it } from 'vitest';
import { LENS_DB_VERSION } from '../../../lib/store/db';
import { filterItems } from '../../../lib/library/filter';
import { quoteItems, starredItems } from '../../../lib/library/items';
import { loadLibrary } from '../../../lib/store/library';
import { getBlogState } from '../../../lib/store/queries';
import { BLOG, newFactory, testDb } from './helpers';

const T = Date.UTC(2024, 0, 1, 12);
const OTHER = 'https://www.bbc.co.uk/news/live/world-1';

// Rows exactly as v1 wrote them: no `search`, `speakerKeys`, `speakerKey`, and quotes without `site`.
const v1Blogs = [
  { key: BLOG, url: BLOG, title: 'Ukraine war live', site: 'guardian', firstVisit: T, lastVisit: T + 1000 },
  { key: OTHER, url: OTHER, title: 'Élection présidentielle', site: 'bbc', firstVisit: T, lastVisit: T },
];
const v1Entries = Array.from({ length: 50 }, (_, i) => ({
  blog: i < 40 ? BLOG : OTHER,
  id: `e${i}`,
  firstSeen: T + i,
  title: `Entry ${i}`,
  snippet: `Snippet ${i}`,
  time: null,
  permalink: null,
  speakers: i % 5 === 0 ? ['Volodymyr Zelensky'] : [],
  ...(i % 2 === 0 ? { read: T + 10 + i } : {}),
  ...(i % 7 === 0 ? { starred: T + 20 + i } : {}),
}));
const v1Quotes = [
  { id: 'quote-0001', text: 'We will not give up', speaker: 'Volodymyr Zelensky', blog: BLOG, entry: 'e0', entryTime: null, permalink: null, savedAt: T + 1 },
  { id: 'quote-0002', text: 'Nous sommes prêts', speaker: 'Emmanuel Macrón', blog: OTHER, entry: 'e45', entryTime: null, permalink: null, savedAt: T + 2, note: 'check' },
  { id: 'quote-0003', text: 'Orphan quote', speaker: null, blog: 'https://gone.example/live', entry: null, entryTime: null, permalink: null, savedAt: T + 3 },
];

describe('schema upgrade v1 -> v2', () => {
  it('keeps every row and fills the derived fields', async () => {
    const factory = newFactory();
    const v1 = testDb(factory, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.blogs.bulkAdd(v1Blogs as never);
    await v1.entries.bulkAdd(v1Entries as never);
    await v1.quotes.bulkAdd(v1Quotes as never);
    v1.close();

    const v2 = testDb(factory);
    await v2.open();
    expect(v2.verno).toBe(LENS_DB_VERSION);

    expect(await v2.blogs.toArray()).toEqual(expect.arrayContaining(v1Blogs));
    expect(await v2.blogs.count()).toBe(v1Blogs.length);

    const entries = await v2.entries.toArray();
    expect(entries).toHaveLength(v1Entries.length);
    for (const old of v1Entries) {
      const row = entries.find((e) => e.blog === old.blog && e.id === old.id);
      expect(row).toMatchObject(old);
      expect(row!.search).toContain(`entry ${old.id.slice(1)}`);
      expect(row!.speakerKeys).toEqual(old.speakers.length ? ['volodymyr zelensky'] : []);
    }

    const quotes = await v2.quotes.toArray();
    expect(quotes).toHaveLength(v1Quotes.length);
    for (const old of v1Quotes) expect(quotes.find((q) => q.id === old.id)).toMatchObject(old);
    const byId = new Map(quotes.map((q) => [q.id, q]));
    expect(byId.get('quote-0001')).toMatchObject({ site: 'guardian', speakerKey: 'volodymyr zelensky' });
    expect(byId.get('quote-0002')).toMatchObject({ site: 'bbc', speakerKey: 'emmanuel macron' });
    // A quote whose blog row is missing gets the host as its site, and no speaker key.
    expect(byId.get('quote-0003')!.site).toBe('gone.example');
    expect(byId.get('quote-0003')).not.toHaveProperty('speakerKey');
    v2.close();
  });

  it('serves the new indexes and queries on upgraded rows', async () => {
    const factory = newFactory();
    const v1 = testDb(factory, 1);
    await v1.blogs.bulkAdd(v1Blogs as never);
    await v1.entries.bulkAdd(v1Entries as never);
    await v1.quotes.bulkAdd(v1Quotes as never);
    v1.close();

    const db = testDb(factory);
    // The v2 indexes: folded speaker (`speakerKey`), site.
    expect(await db.quotes.where('speakerKey').equals('emmanuel macron').primaryKeys()).toEqual(['quote-0002']);
    expect(await db.quotes.where('site').equals('guardian').primaryKeys()).toEqual(['quote-0001']);
    // The library on upgraded rows: an accent- and case-insensitive speaker filter, and a blog-title
    // search ("election" finds the BBC blog titled "Élection…").
    const snapshot = await loadLibrary(db);
    const keys = (items: { key: string }[]) => items.map((i) => i.key);
    expect(keys(filterItems(quoteItems(snapshot), { speaker: 'EMMANUEL MACRON' }))).toEqual(['quote-0002']);
    expect(keys(filterItems(quoteItems(snapshot), { search: 'election' }))).toEqual(['quote-0002']);
    const starred = starredItems(snapshot).filter((i) => i.blog === BLOG);
    expect(starred.map((i) => i.entryId)).toEqual(['e35', 'e28', 'e21', 'e14', 'e7', 'e0']);
    const state = await getBlogState(db, BLOG);
    expect(state.known).toHaveLength(40);
    expect(state.read).toHaveLength(20);
    expect(await db.entries.where('[blog+firstSeen]').between([BLOG, T + 30], [BLOG, Infinity]).count()).toBe(10);
    db.close();
  });
});

describe('schema upgrade v2 -> v3 (the import staging table)', () => {
  it('keeps a v2 library as it was and adds an empty staging table', async () => {
    const factory = newFactory();
    const v1 = testDb(factory, 1);
    await v1.open();
    await v1.blogs.bulkAdd(v1Blogs as never);
    await v1.entries.bulkAdd(v1Entries as never);
    await v1.quotes.bulkAdd(v1Quotes as never);
    v1.close();
    const v2 = testDb(factory, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const before = { blogs: await v2.blogs.toArray(), entries: await v2.entries.toArray(), quotes: await v2.quotes.toArray() };
    v2.close();

    const v3 = testDb(factory);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(await v3.blogs.toArray()).toEqual(before.blogs);
    expect(await v3.entries.toArray()).toEqual(before.entries);
    expect(await v3.quotes.toArray()).toEqual(before.quotes);
    expect(await v3.imports.count()).toBe(0);
  });
});
