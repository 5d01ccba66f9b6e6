import { describe, expect, it } from 'vitest';
import {
  applyFilter,
  clearSpeakers,
  type FilterEntry,
  foldName,
  isFiltering,
  matchesFilter,
  matchSpeakers,
  NO_FILTER,
  onlySpeaker,
  speakerCounts,
  toggleSpeaker,
} from '../../lib/filter';

const entry = (id: string, speakers: string[] = [], extra: Partial<FilterEntry> = {}): FilterEntry => ({
  id,
  speakers,
  duplicateOf: null,
  pinned: false,
  read: false,
  starred: false,
  fresh: false,
  ...extra,
});

// A small blog, newest first: a pinned copy of e3 on top, a repeat (e5 repeats e2).
const BLOG: FilterEntry[] = [
  entry('e3', ['Anna Keller'], { pinned: true }),
  entry('e6', ['Tomasz Wierzba'], { fresh: true }),
  entry('e5', ['Anna Keller'], { duplicateOf: 'e2' }),
  entry('e4', [], { read: true }),
  entry('e3', ['Anna Keller']),
  entry('e2', ['Anna Keller', 'Ines Darrow'], { starred: true, read: true }),
  entry('e1', ['Ines Darrow']),
];
const visibleIds = (entries: FilterEntry[], visible: boolean[]) => entries.filter((_, i) => visible[i]).map((e) => e.id);
const state = (speakers: string[], more: { unreadOnly?: boolean; starredOnly?: boolean } = {}) => ({
  ...NO_FILTER,
  speakers: new Set(speakers),
  ...more,
});

describe('matchesFilter / applyFilter', () => {
  it('shows everything without a filter, counting each id once and collapsed repeats apart', () => {
    const out = applyFilter(BLOG, NO_FILTER, { collapseRepeats: true });
    expect(out.visible.every(Boolean)).toBe(true);
    expect(out).toMatchObject({ total: 6, shown: 5, collapsed: 1, unread: 4, fresh: 1 });
    expect(applyFilter(BLOG, NO_FILTER, { collapseRepeats: false })).toMatchObject({ shown: 6, collapsed: 0 });
  });

  it('one speaker: exactly the entries quoting them (pinned copy included, one count)', () => {
    const out = applyFilter(BLOG, state(['Anna Keller']), { collapseRepeats: false });
    expect(visibleIds(BLOG, out.visible)).toEqual(['e3', 'e5', 'e3', 'e2']);
    expect(out.shown).toBe(3);
  });

  it('several speakers: entries quoting any of them', () => {
    const out = applyFilter(BLOG, state(['Tomasz Wierzba', 'Ines Darrow']), { collapseRepeats: false });
    expect(visibleIds(BLOG, out.visible)).toEqual(['e6', 'e2', 'e1']);
  });

  it('reading filters combine with speakers ("and")', () => {
    expect(visibleIds(BLOG, applyFilter(BLOG, state([], { unreadOnly: true }), { collapseRepeats: false }).visible)).toEqual([
      'e3', 'e6', 'e5', 'e3', 'e1',
    ]);
    expect(visibleIds(BLOG, applyFilter(BLOG, state([], { starredOnly: true }), { collapseRepeats: false }).visible)).toEqual(['e2']);
    expect(matchesFilter(BLOG[5]!, state(['Anna Keller'], { unreadOnly: true }))).toBe(false);
    expect(matchesFilter(BLOG[6]!, state(['Ines Darrow'], { unreadOnly: true }))).toBe(true);
  });

  it('a speaker nobody quotes any more shows nothing, not everything', () => {
    const out = applyFilter(BLOG, state(['Nobody']), { collapseRepeats: false });
    expect(out.visible.some(Boolean)).toBe(false);
    expect(out.shown).toBe(0);
  });

  it('handles an empty page', () => {
    expect(applyFilter([], state(['Anna Keller']), { collapseRepeats: true })).toEqual({
      visible: [], shown: 0, total: 0, collapsed: 0, unread: 0, fresh: 0,
    });
  });
});

describe('speakerCounts', () => {
  it('counts distinct entries per speaker, most quoted first', () => {
    expect(speakerCounts(BLOG)).toEqual([
      { name: 'Anna Keller', entries: 3 },
      { name: 'Ines Darrow', entries: 2 },
      { name: 'Tomasz Wierzba', entries: 1 },
    ]);
  });

  it('breaks ties by the blog list and keeps its names with no entries', () => {
    const blog = [
      { name: 'Ines Darrow', entries: 9 },
      { name: 'Tomasz Wierzba', entries: 2 },
      { name: 'Gone Person', entries: 1 },
    ];
    const list = speakerCounts([entry('a', ['Tomasz Wierzba']), entry('b', ['Ines Darrow'])], blog);
    expect(list).toEqual([
      { name: 'Ines Darrow', entries: 1 },
      { name: 'Tomasz Wierzba', entries: 1 },
      { name: 'Gone Person', entries: 0 },
    ]);
  });
});

describe('speaker search', () => {
  const list = [
    { name: 'Jürgen Müller', entries: 2 },
    { name: 'Anna Keller', entries: 1 },
  ];
  it('matches any part of the name, ignoring case and accents', () => {
    expect(foldName('  Müller ')).toBe('muller');
    expect(matchSpeakers(list, 'muller').map((s) => s.name)).toEqual(['Jürgen Müller']);
    expect(matchSpeakers(list, 'KEL').map((s) => s.name)).toEqual(['Anna Keller']);
    expect(matchSpeakers(list, 'er').map((s) => s.name)).toEqual(['Jürgen Müller', 'Anna Keller']);
    expect(matchSpeakers(list, '   ')).toEqual(list);
    expect(matchSpeakers(list, 'zz')).toEqual([]);
  });
});

describe('filter state changes', () => {
  it('toggles speakers in and out, All clears them and keeps the reading filters', () => {
    let s = toggleSpeaker(NO_FILTER, 'Anna Keller');
    s = toggleSpeaker(s, 'Ines Darrow');
    expect([...s.speakers]).toEqual(['Anna Keller', 'Ines Darrow']);
    s = toggleSpeaker(s, 'Anna Keller');
    expect([...s.speakers]).toEqual(['Ines Darrow']);
    s = clearSpeakers({ ...s, unreadOnly: true });
    expect(s.speakers.size).toBe(0);
    expect(s.unreadOnly).toBe(true);
    expect(isFiltering(s)).toBe(true);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('onlySpeaker follows one speaker, and undoes itself on a second click', () => {
    const one = onlySpeaker(state(['Anna Keller', 'Ines Darrow']), 'Ines Darrow');
    expect([...one.speakers]).toEqual(['Ines Darrow']);
    expect(onlySpeaker(one, 'Ines Darrow').speakers.size).toBe(0);
  });

  it('never mutates the state it was given', () => {
    const before = state(['Anna Keller']);
    toggleSpeaker(before, 'Ines Darrow');
    onlySpeaker(before, 'Ines Darrow');
    clearSpeakers(before);
    expect([...before.speakers]).toEqual(['Anna Keller']);
    expect(NO_FILTER.speakers.size).toBe(0);
  });
});
