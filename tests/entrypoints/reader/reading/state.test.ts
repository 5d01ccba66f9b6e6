// The page's copy of a blog's reading state, without any I/O: what the store answers, what the
// reader does meanwhile, and which entries' meta still has to be sent.
import { describe, expect, it } from 'vitest';
import { createEntryNotes, createReadingState, quoteId, storeId } from '../../../../entrypoints/reader.content/reading/state';
import type { LensEntry } from '../../../../entrypoints/reader.content/core/model';
import type { BlogState } from '../../../../lib/store/types';

const state = (over: Partial<BlogState> = {}): BlogState => ({ blog: 'b', lastVisit: 1, read: [], starred: [], known: [], ...over });
const item = (id: string, speakers: string[] = []): LensEntry =>
  ({ entry: { id, title: `T ${id}`, text: `Text ${id}`, time: null, permalink: null }, speakers, duplicateOf: null, related: [], quotes: [] }) as unknown as LensEntry;

describe('reading state', () => {
  it('is unavailable until the store answers, then shows what it said and what is new', () => {
    const s = createReadingState();
    expect(s.view().available).toBe(false);
    s.opened(state({ read: ['a'], starred: ['b'], known: [['a', 1], ['b', 1], ['c', 2]] }), ['c'], true);
    const v = s.view();
    expect(v).toMatchObject({ available: true, remembered: true });
    expect([...v.read]).toEqual(['a']);
    expect([...v.starred]).toEqual(['b']);
    expect([...v.fresh]).toEqual(['c']);
    expect([...s.known].sort()).toEqual(['a', 'b', 'c']);
  });

  it('hands out views that later changes do not touch', () => {
    const s = createReadingState();
    s.opened(state(), [], true);
    const before = s.view();
    s.markRead(['a']);
    expect(before.read.has('a')).toBe(false);
    expect(s.view().read.has('a')).toBe(true);
  });

  it('marks read once: only ids not read before come back (never an empty id)', () => {
    const s = createReadingState();
    expect(s.markRead(['a', 'b', 'a', ''])).toEqual(['a', 'b']);
    expect(s.markRead(['b', 'c'])).toEqual(['c']);
  });

  it('keeps reads that a refresh does not know yet (reads are never undone)', () => {
    const s = createReadingState();
    s.opened(state(), [], true);
    s.markRead(['a']);
    s.merge(state({ read: ['z'] }));
    expect([...s.view().read].sort()).toEqual(['a', 'z']);
  });

  it('shows a star at once and keeps it over a refresh that predates it, until the store answers', () => {
    const s = createReadingState();
    s.opened(state(), [], true);
    s.startStar('a', true);
    s.merge(state({ starred: [] })); // an older answer arrives meanwhile
    expect(s.view().starred.has('a')).toBe(true);
    s.settleStar('a', true, false); // not stored (private window): the star goes back
    expect(s.view().starred.has('a')).toBe(false);
  });

  it('lets a later click own the star: an earlier answer does not undo it', () => {
    const s = createReadingState();
    s.opened(state(), [], true);
    s.startStar('a', true);
    s.startStar('a', false);
    s.settleStar('a', true, true);
    expect(s.view().starred.has('a')).toBe(false);
  });

  it('says once that nothing is remembered (a private window)', () => {
    const s = createReadingState();
    s.opened(state(), [], false);
    expect(s.view().remembered).toBe(false);
    expect(s.notRemembered()).toBe(false); // already said by the open
    const t = createReadingState();
    t.opened(state(), [], true);
    expect(t.notRemembered()).toBe(true);
    expect(t.notRemembered()).toBe(false);
  });
});

describe('entry notes', () => {
  it('sends each entry once, a pinned copy not at all, and again when its speakers change', () => {
    const notes = createEntryNotes();
    expect(notes.take([item('a'), item('b'), item('a')]).map((m) => m.id)).toEqual(['a', 'b']);
    expect(notes.take([item('a'), item('b')])).toEqual([]);
    expect(notes.take([item('a', ['Ann Lee'])]).map((m) => [m.id, m.speakers])).toEqual([['a', ['Ann Lee']]]);
  });

  it('sends again what was lost in transit', () => {
    const notes = createEntryNotes();
    const [a] = notes.take([item('a'), item('b')]);
    notes.forget([a!]);
    expect(notes.take([item('a'), item('b')]).map((m) => m.id)).toEqual(['a']);
    notes.forget();
    expect(notes.take([item('a'), item('b')])).toHaveLength(2);
  });
});

describe('ids', () => {
  it('keys entries as the store does (one line, at most 256 characters) and makes acceptable quote ids', () => {
    expect(storeId(' block\n1 ')).toBe('block 1');
    expect(storeId('x'.repeat(300))).toHaveLength(256);
    expect(quoteId()).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(quoteId()).not.toBe(quoteId());
  });
});
