// The whole blog in the reader view (lib/reader-view): entries merged by id across pages, put in
// the reader's order across pages, filtered; reading every page once; settings made valid.
import { describe, expect, it } from 'vitest';
import { type BlogEntry, mergeEntries, orderEntries } from '../../../lib/reader-view/blog';
import { activeFilters, applyViewFilter, NO_VIEW_FILTER, searchText, type ViewFilterEntry, withoutFilter } from '../../../lib/reader-view/filter';
import { readReaderViewSettings, READER_DEFAULTS } from '../../../lib/reader-view/settings';
import { readWholeBlog } from '../../../lib/reader-view/whole-blog';
import type { Entry } from '../../../lib/types';

const entry = (id: string, time: string | null, pinned = false): Entry =>
  ({ id, time, timeLabel: null, title: id, text: '', paragraphs: [], author: null, permalink: null, pinned, keyEvent: false, hasMedia: false, element: {} as Element });
const item = (id: string, time: string | null, page: number, index: number, pinned = false): BlogEntry =>
  ({ entry: entry(id, time, pinned), page, index, base: 'https://x.example/', pinned });
const at = (hh: number) => `2026-12-07T${String(hh).padStart(2, '0')}:00:00.000Z`;

describe('mergeEntries', () => {
  it('keeps one entry per id, the stream’s rendering over a pinned copy, and remembers it was pinned', () => {
    const first = mergeEntries(new Map(), [item('a', at(9), 0, 0, true), item('b', at(12), 0, 1), item('a', at(9), 0, 2)]);
    expect([...first.merged.keys()]).toEqual(['a', 'b']);
    expect(first.merged.get('a')).toMatchObject({ pinned: true, entry: { pinned: false } });
    const second = mergeEntries(first.merged, [item('b', at(12), 1, 0), item('c', at(8), 1, 1)]);
    expect(second.added.map((e) => e.entry.id)).toEqual(['c']);
    expect(second.merged.size).toBe(3);
  });
});

describe('orderEntries', () => {
  const pages = [item('p1-a', at(14), 0, 0), item('p1-b', at(13), 0, 1), item('p3-a', at(9), 2, 0), item('p2-a', at(12), 1, 0), item('p2-b', at(11), 1, 1)];

  it('orders by time across pages, whatever order the pages were read in', () => {
    expect(orderEntries(pages, 'newest').map((e) => e.entry.id)).toEqual(['p1-a', 'p1-b', 'p2-a', 'p2-b', 'p3-a']);
    expect(orderEntries(pages, 'oldest').map((e) => e.entry.id)).toEqual(['p3-a', 'p2-b', 'p2-a', 'p1-b', 'p1-a']);
  });

  it('keeps an untimed entry beside the entry before it on its page', () => {
    const list = [item('a', at(14), 0, 0), item('untimed', null, 0, 1), item('b', at(10), 0, 2)];
    expect(orderEntries(list, 'newest').map((e) => e.entry.id)).toEqual(['a', 'untimed', 'b']);
    expect(orderEntries(list, 'oldest').map((e) => e.entry.id)).toEqual(['b', 'untimed', 'a']);
  });
});

describe('view filters', () => {
  const e = (id: string, over: Partial<ViewFilterEntry> = {}): ViewFilterEntry =>
    ({ id, speakers: [], duplicateOf: null, pinned: false, read: false, starred: false, fresh: false, keyEvent: false, search: searchText([id]), ...over });
  const entries = [e('a', { keyEvent: true, speakers: ['Anna Müller'] }), e('b', { read: true, starred: true }), e('c', { search: searchText(['Ferries cancelled at Tamar']) })];

  it('combine with "and": key events, unread, starred, speakers and search words (accents folded)', () => {
    const shown = (over: object) => entries.filter((_, i) => applyViewFilter(entries, { ...NO_VIEW_FILTER, ...over }).visible[i]).map((x) => x.id);
    expect(shown({ keyEvents: true })).toEqual(['a']);
    expect(shown({ unreadOnly: true })).toEqual(['a', 'c']);
    expect(shown({ starredOnly: true })).toEqual(['b']);
    expect(shown({ speakers: new Set(['Anna Müller']) })).toEqual(['a']);
    expect(shown({ query: 'tamar  FERRIES' })).toEqual(['c']);
    expect(shown({ query: 'muller' })).toEqual([]); // search reads the text, not the speaker list here
    expect(shown({ keyEvents: true, unreadOnly: true, query: 'a' })).toEqual(['a']);
  });

  it('lists what is on, and each can be turned off alone', () => {
    const filter = { ...NO_VIEW_FILTER, speakers: new Set(['X']), keyEvents: true, query: ' tram ' };
    const on = activeFilters(filter);
    expect(on).toEqual([{ kind: 'speaker', name: 'X' }, { kind: 'key-events' }, { kind: 'query', query: 'tram' }]);
    expect(activeFilters(withoutFilter(filter, on[1]!))).toHaveLength(2);
    expect(activeFilters(withoutFilter(filter, on[0]!))).toHaveLength(2);
  });
});

describe('readWholeBlog', () => {
  // A blog of pages 1-5 whose pagers link next and last, plus a stale link back to page 1.
  const site: Record<string, { links: string[]; added: number }> = {
    '/2': { links: ['/1b', '/3', '/5'], added: 10 },
    '/3': { links: ['/2', '/4', '/5'], added: 10 },
    '/4': { links: ['/3', '/5'], added: 10 },
    '/5': { links: ['/4'], added: 10 },
    '/1b': { links: ['/2'], added: 0 }, // page 1 under another address: nothing new
  };
  const run = (cap: number, fail: string[] = []) => {
    const fetched: string[] = [];
    const progress = readWholeBlog({
      openPage: '/1',
      links: ['/2', '/5'],
      cap,
      fetchPage: async (url) => {
        fetched.push(url);
        if (fail.includes(url)) throw new Error('HTTP 500');
        return url;
      },
      readPage: (html) => site[html]!,
      onProgress: () => undefined,
    });
    return progress.then((p) => ({ p, fetched }));
  };

  it('reads every page once and does not count a page that brought nothing new', async () => {
    const { p, fetched } = await run(40);
    expect([...fetched].sort()).toEqual(['/1b', '/2', '/3', '/4', '/5']);
    expect(p).toMatchObject({ pagesRead: 5, pagesFound: 5, capped: null, done: true, failed: [] });
  });

  it('stops at the cap and says so; a failed page is reported and the rest read', async () => {
    expect((await run(2)).p).toMatchObject({ capped: 2 });
    const { p } = await run(40, ['/3']);
    expect(p.failed).toEqual([{ url: '/3', error: 'HTTP 500' }]);
    expect(p.pagesRead).toBe(4);
  });
});

describe('readReaderViewSettings', () => {
  it('gives the defaults for nothing, and clamps or replaces what is out of range', () => {
    expect(readReaderViewSettings(undefined)).toEqual(READER_DEFAULTS);
    expect(readReaderViewSettings({ theme: 'neon', fontSize: 99, lineHeight: 0.5, width: 'huge', order: 'oldest' }))
      .toEqual({ theme: 'auto', fontSize: 28, lineHeight: 1.3, width: 'medium', order: 'oldest' });
    expect(readReaderViewSettings({ fontSize: Number.NaN, lineHeight: 1.66 })).toMatchObject({ fontSize: 18, lineHeight: 1.7 });
  });
});
