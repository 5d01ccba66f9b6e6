// The library's items, search, filters and facet counts (in memory, no database).
import { describe, expect, it } from 'vitest';
import { dayBound, formatWhen, itemLink, safeHttpUrl } from '../../../lib/library/format';
import { EMPTY_FILTER, facets, filterItems, toLibraryFilter } from '../../../lib/library/filter';
import { quoteItems, starredItems } from '../../../lib/library/items';
import { BUDGET, sampleSnapshot, UKRAINE } from '../export/sample';

const quotes = () => quoteItems(sampleSnapshot());
const ids = (items: { key: string }[]) => items.map((i) => i.key);

describe('library items', () => {
  it('lists quotes newest saved first with speaker, entry time, blog title and site', () => {
    const items = quotes();
    expect(ids(items)).toEqual(['q-nobody-01', 'q-hostile-1', 'q-reeves-01', 'q-starmer-2', 'q-macron-01', 'q-starmer-1']);
    expect(items.find((i) => i.key === 'q-reeves-01')).toMatchObject({
      speakers: ['Rachel Reeves'], entryTime: '2024-01-02T13:30:00Z', blogTitle: 'Budget 2024 – live updates', site: 'bbc', link: `${BUDGET}#post-7`,
    });
  });

  it('links to the permalink, else the blog at the entry, else the blog; never to a script URL', () => {
    const items = quotes();
    expect(items.find((i) => i.key === 'q-starmer-1')!.link).toBe(`${UKRAINE}?page=with:block-100#block-100`);
    expect(items.find((i) => i.key === 'q-starmer-2')!.link).toBe(`${UKRAINE}#block-102`);
    expect(items.find((i) => i.key === 'q-hostile-1')!.link).toBe(BUDGET);
    expect(itemLink('javascript:alert(1)', 'javascript:alert(2)', 'x')).toBeNull();
    for (const bad of ['data:text/html,x', 'JAVASCRIPT:alert(1)', ' https://x.example', 'https://x.example/a b', 'https://x\u0000.example']) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
    expect(safeHttpUrl('HTTPS://www.bbc.co.uk/news')).toBe('HTTPS://www.bbc.co.uk/news');
    expect(itemLink(null, UKRAINE, 'block 1/2')).toBe(`${UKRAINE}#block%201%2F2`);
  });

  it('lists starred entries newest star first', () => {
    expect(ids(starredItems(sampleSnapshot()))).toEqual([JSON.stringify([BUDGET, 'post-3']), JSON.stringify([UKRAINE, 'block-200'])]);
  });
});

describe('library search and filters', () => {
  it('searches quote text, entry text, speaker, note and blog title, ignoring accents and case', () => {
    const search = (s: string) => ids(filterItems(quotes(), { search: s }));
    expect(search('PRETS')).toEqual(['q-macron-01']);
    expect(search('macron')).toEqual(['q-macron-01']);
    expect(search('summit eve')).toEqual(['q-macron-01']); // the note
    expect(search('press conference')).toEqual(['q-starmer-1']); // the entry's text
    expect(search('budget 2024')).toEqual(['q-nobody-01', 'q-hostile-1', 'q-reeves-01']); // blog title
    expect(search('starmer sanctions')).toEqual(['q-starmer-2']); // every word must match
    expect(search('  ')).toHaveLength(6);
  });

  it('filters by speaker (any spelling), no speaker, blog, site and date range', () => {
    expect(ids(filterItems(quotes(), { speaker: 'KEIR  starmer' }))).toEqual(['q-starmer-2', 'q-starmer-1']);
    expect(ids(filterItems(quotes(), { speaker: '' }))).toEqual(['q-nobody-01']);
    expect(ids(filterItems(quotes(), { blog: UKRAINE, speaker: 'Emmanuel Macron' }))).toEqual(['q-macron-01']);
    expect(ids(filterItems(quotes(), { site: 'bbc' }))).toHaveLength(3);
    const from = Date.UTC(2024, 0, 2, 10);
    const to = Date.UTC(2024, 0, 2, 13, 59);
    expect(ids(filterItems(quotes(), { from, to }))).toEqual(['q-reeves-01', 'q-macron-01', 'q-starmer-1']);
  });

  it('counts each filter option under the other filters', () => {
    const f = facets(quotes(), { site: 'guardian' });
    expect(f.speakers).toEqual([
      { value: 'keir starmer', label: 'Keir Starmer', count: 2 },
      { value: 'emmanuel macron', label: 'Emmanuel Macrón', count: 1 },
    ]);
    // The site facet ignores the site filter itself, so the alternatives keep their counts.
    expect(f.sites).toEqual([
      { value: 'bbc', label: 'BBC News', count: 3 },
      { value: 'guardian', label: 'The Guardian', count: 3 },
    ]);
    expect(f.blogs).toEqual([{ value: UKRAINE, label: 'Ukraine war live: Zelenskyy visits front', count: 3 }]);
    const none = facets(quotes(), { search: 'nothing matches this' });
    expect(none.speakers).toEqual([]);
    expect(facets(quotes(), { speaker: 'Nobody Known' }).speakers.at(-1)).toEqual({ value: 'nobody known', label: 'Nobody Known', count: 0 });
  });

  it('turns date inputs into whole local days', () => {
    expect(dayBound('2024-01-02')).toBe(new Date(2024, 0, 2).getTime());
    expect(dayBound('2024-01-02', true)).toBe(new Date(2024, 0, 3).getTime() - 1);
    expect(dayBound('')).toBeNull();
    expect(toLibraryFilter({ ...EMPTY_FILTER, from: '2024-01-02' }).from).toBe(new Date(2024, 0, 2).getTime());
  });

  it('formats times the same way everywhere', () => {
    expect(formatWhen(Date.UTC(2024, 0, 2, 9, 5), 'UTC')).toBe('Tue 2 Jan 2024, 09:05');
    expect(formatWhen(Date.UTC(2024, 0, 2, 23, 30), 'Europe/Kyiv')).toBe('Wed 3 Jan 2024, 01:30');
  });

  it('filters and counts 10,000 items', () => {
    const base = quotes();
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...base[i % base.length]!, key: `k${i}` }));
    const matching = new Set(filterItems(base, { search: 'stand ukraine' }).map((item) => item.key));
    expect(matching.size).toBeGreaterThan(0);
    const expected = many.filter((_, i) => matching.has(base[i % base.length]!.key)).length;
    expect(filterItems(many, { search: 'stand ukraine' })).toHaveLength(expected);
    expect(facets(many, { search: 'stand ukraine' })).toBeTruthy();
  });
});
