// The panel's "Quotes" list: the followed speakers' quotes in the entries on screen, newest first.
import { describe, expect, it } from 'vitest';
import { followedQuotes } from '../../../../entrypoints/reader.content/reading/found-quotes';
import type { LensEntry } from '../../../../entrypoints/reader.content/core/model';

const item = (id: string, quotes: Array<[speaker: string, text: string]>, pinned = false): LensEntry =>
  ({
    entry: { id, pinned, timeLabel: `${id}:00` },
    speakers: [],
    duplicateOf: null,
    related: [],
    quotes: quotes.map(([speaker, text], i) => ({ speaker, text, paragraph: i, start: 0, end: text.length })),
  }) as unknown as LensEntry;

const ENTRIES = [
  item('15', [['Ann Lee', 'We are close.'], ['Bo Kim', 'Not yet.']]),
  item('14', [['Ann Lee', 'Talks resume at noon.'], ['Ann Lee', '   ']]),
  item('13', [['Ann Lee', 'Pinned words.']], true),
  item('12', [['Ann Lee', 'Hidden by a filter.']]),
];

describe('followed quotes', () => {
  it('lists the followed speakers’ quotes in visible stream entries, page order, none empty', () => {
    const quotes = followedQuotes(ENTRIES, [true, true, true, false], new Set(['Ann Lee']), false);
    expect(quotes.map((q) => [q.entryId, q.text, q.time])).toEqual([
      ['15', 'We are close.', '15:00'],
      ['14', 'Talks resume at noon.', '14:00'],
    ]);
    expect(new Set(quotes.map((q) => q.key)).size).toBe(quotes.length);
  });

  it('puts the newest first when the site runs oldest first', () => {
    const quotes = followedQuotes(ENTRIES, [true, true, true, true], new Set(['Ann Lee', 'Bo Kim']), true);
    expect(quotes.map((q) => q.entryId)).toEqual(['12', '14', '15', '15']);
  });

  it('lists nothing while nobody is followed', () => {
    expect(followedQuotes(ENTRIES, [true, true, true, true], new Set(), false)).toEqual([]);
  });
});
