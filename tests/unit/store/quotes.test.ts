// Quotes: save (idempotent), refuse an unknown blog, edit. Bulk delete with undo is library.ts's
// (library.test.ts); the library's lists are filtered in memory (tests/unit/library).
import { describe, expect, it } from 'vitest';
import { noteEntries, recordVisit } from '../../../lib/store/queries';
import { saveQuote, UnknownBlogError, updateQuote, type NewQuote } from '../../../lib/store/quotes';
import { BLOG, sampleEntries, testDb } from './helpers';

const T = Date.UTC(2024, 0, 1, 12);
const BBC = 'https://www.bbc.co.uk/news/live/world-1';

function quote(id: string, over: Partial<NewQuote> = {}): NewQuote {
  return { id, text: 'We will fight on the beaches', speaker: 'Keir Starmer', blog: BLOG, entry: 'block-0', entryTime: null, permalink: `${BLOG}#block-0`, ...over };
}

async function library() {
  const db = testDb();
  await recordVisit(db, { key: BLOG, url: BLOG, title: 'Ukraine war live', site: 'guardian' }, T);
  await noteEntries(db, BLOG, sampleEntries(6), T);
  await recordVisit(db, { key: BBC, url: BBC, title: 'Budget day', site: 'bbc' }, T);
  await noteEntries(db, BBC, sampleEntries(3, 'post-'), T);
  await saveQuote(db, quote('q-guardian-1'), T + 1);
  await saveQuote(db, quote('q-guardian-2', { text: 'Sanctions will tighten', speaker: 'Olaf Scholz', note: 'G7' }), T + 2);
  await saveQuote(db, quote('q-bbc-00001', { blog: BBC, text: 'Growth is up', speaker: 'Rachel Reeves', entry: 'post-1' }), T + 3);
  await saveQuote(db, quote('q-bbc-00002', { blog: BBC, text: 'No comment', speaker: null, entry: null }), T + 4);
  return db;
}

describe('quotes', () => {
  it('saves with the blog site and derived fields; a second save of the same id is a no-op', async () => {
    const db = testDb();
    await recordVisit(db, { key: BLOG, url: BLOG, title: 'Live', site: 'guardian' }, T);
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
});
