// JSON export: complete, versioned, stored rows without derived fields, only the blogs used.
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../lib/export/index';
import { buildExport, EXPORT_FORMAT, EXPORT_VERSION, toJson, type LensExport } from '../../../lib/export/json';
import { quoteItems, starredItems } from '../../../lib/library/items';
import { BLOGS, BUDGET, QUOTES, sampleSnapshot, STARRED } from './sample';

const NOW = Date.UTC(2024, 0, 3, 8);

describe('json export', () => {
  it('is versioned and holds every field of the stored rows except the derived ones', () => {
    const data = buildExport({ blogs: BLOGS, quotes: QUOTES, starred: STARRED }, NOW);
    expect(data).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2024-01-03T08:00:00.000Z' });
    expect(data.quotes).toHaveLength(QUOTES.length);
    expect(data.starred).toHaveLength(STARRED.length);
    for (const q of data.quotes) {
      expect(q).not.toHaveProperty('search');
      expect(q).not.toHaveProperty('speakerKey');
      const { search: _s, speakerKey: _k, ...stored } = QUOTES.find((x) => x.id === q.id)!;
      expect(q).toEqual(stored);
    }
    for (const e of data.starred) {
      expect(e).not.toHaveProperty('search');
      expect(e).not.toHaveProperty('speakerKeys');
    }
    expect(data.starred.find((e) => e.id === 'post-3')).toMatchObject({ starred: STARRED[1]!.starred, read: STARRED[1]!.read });
    // Newest first.
    expect(data.quotes.map((q) => q.id)[0]).toBe('q-nobody-01');
  });

  it('keeps only the blogs its rows use', () => {
    const data = buildExport({ blogs: BLOGS, quotes: QUOTES.filter((q) => q.blog === BUDGET), starred: [] }, NOW);
    expect(data.blogs.map((b) => b.key)).toEqual([BUDGET]);
  });

  it('round-trips through JSON text unchanged', () => {
    const data = buildExport({ blogs: BLOGS, quotes: QUOTES, starred: STARRED }, NOW);
    expect(JSON.parse(toJson(data))).toEqual(data);
  });

  it('exports the rows behind the chosen items', () => {
    const s = sampleSnapshot();
    const items = [...quoteItems(s).filter((i) => i.speakers[0] === 'Keir Starmer'), ...starredItems(s).slice(0, 1)];
    const file = exportFile('json', items, s.blogs, { now: NOW });
    const data = JSON.parse(file.text) as LensExport;
    expect(data.quotes.map((q) => q.id).sort()).toEqual(['q-starmer-1', 'q-starmer-2']);
    expect(data.starred.map((e) => e.id)).toEqual(['post-3']);
    expect(file.filename).toBe('liveblog-lens-2024-01-03.json');
  });
});
