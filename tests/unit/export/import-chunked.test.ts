// Issue 14, finding 14: a large import is read in steps that yield to the page, with progress,
// and answers exactly what the one-piece `parseImport` answers: the same rows, the same refusals
// with the same reasons, and the same whole-file refusals, on tricky JSON as on plain exports.
import { describe, expect, it } from 'vitest';
import { ImportError, parseImport } from '../../../lib/export/import';
import { parseImportChunked } from '../../../lib/export/import-chunked';
import { buildExport, toJson } from '../../../lib/export/json';
import { BLOGS, QUOTES, STARRED, UKRAINE } from './sample';

const NOW = Date.UTC(2024, 0, 3, 8);
const exportText = () => toJson(buildExport({ blogs: BLOGS, quotes: QUOTES, starred: STARRED }, NOW));

/** What parseImport answers, or the message of its refusal. */
async function both(text: string, options = {}) {
  const one = (() => {
    try {
      return parseImport(text);
    } catch (e) {
      return { refused: (e as Error).message };
    }
  })();
  const chunked = await parseImportChunked(text, options).catch((e: unknown) => {
    expect(e).toBeInstanceOf(ImportError);
    return { refused: (e as Error).message };
  });
  return { one, chunked };
}

const quote = (i: number, over: Record<string, unknown> = {}) => ({
  id: `q-bulk-${String(i).padStart(6, '0')}`, text: `Words number ${i}, with "quotes" [brackets] {braces} and \\ back\\slash`,
  speaker: i % 2 ? 'Ann Example' : null, blog: UKRAINE, site: 'guardian', entry: `block-${i}`, entryTime: '2024-01-02T10:00:00Z',
  permalink: `${UKRAINE}#block-${i}`, savedAt: NOW, ...over,
});

describe('import in steps', () => {
  it('answers what parseImport answers on an export, in small steps', async () => {
    const text = exportText();
    const { one, chunked } = await both(text, { sliceChars: 7, rowsPerStep: 1 });
    expect(chunked).toEqual(one);
    expect((one as { quotes: unknown[] }).quotes.length).toBe(QUOTES.length);
  });

  const header = '"format":"liveblog-lens","version":1';
  it.each([
    ['escapes, brackets and braces inside strings', `{${header},"quotes":[${JSON.stringify(quote(1))} , ${JSON.stringify(quote(2))}]}`],
    ['lists before the header, spaced out', `\n {\n "quotes" : [ \n${JSON.stringify(quote(3))}\n ] ,\n "blogs":[], ${header} }\n`],
    ['a list given twice (the last one counts)', `{${header},"quotes":[${JSON.stringify(quote(4))}],"quotes":[${JSON.stringify(quote(5))}]}`],
    ['a list given twice, then a non-list', `{${header},"quotes":[${JSON.stringify(quote(4))}],"quotes":5}`],
    ['bad rows of every kind', `{${header},"quotes":[null,"x",[1,[2]],{"__proto__":{"polluted":1}},${JSON.stringify(quote(6, { permalink: 'javascript:alert(1)' }))}]}`],
    ['a key named like a list inside a row', `{${header},"quotes":[{"quotes":[1,2]}],"starred":[]}`],
    ['an empty list', `{${header},"quotes":[ ]}`],
    ['unterminated string', `{${header},"quotes":[{"id":"q-1]}`],
    ['an empty element', `{${header},"quotes":[${JSON.stringify(quote(7))},,${JSON.stringify(quote(8))}]}`],
    ['a trailing comma', `{${header},"quotes":[${JSON.stringify(quote(7))},]}`],
    ['a list closed by a brace', `{${header},"quotes":[${JSON.stringify(quote(7))}}}`],
    ['a bad element', `{${header},"quotes":[{"id": nope}]}`],
    ['a value string before a list', `{${header},"x":"y" ["a"]}`],
    ['garbage after the object', `{${header},"quotes":[]} trailing`],
    ['a list', '[1,2,3]'],
    ['not JSON at all', '\u0000\u0001binary'],
    ['another format', '{"format":"other","quotes":[]}'],
    ['a newer version', '{"format":"liveblog-lens","version":9,"quotes":[]}'],
  ])('agrees on %s', async (_name, text) => {
    const { one, chunked } = await both(text, { sliceChars: 5, rowsPerStep: 2 });
    expect(chunked).toEqual(one);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('yields between steps and reports progress up to 1 on a large file', async () => {
    const quotes = Array.from({ length: 3000 }, (_, i) => quote(i));
    const text = JSON.stringify({ format: 'liveblog-lens', version: 1, blogs: BLOGS, quotes, starred: [] });
    let pauses = 0;
    const seen: number[] = [];
    const parsed = await parseImportChunked(text, {
      sliceChars: 64 * 1024,
      rowsPerStep: 500,
      budgetMs: 0, // pause after every slice and step
      pause: async () => void pauses++,
      onProgress: (f) => seen.push(f),
    });
    expect(parsed.quotes).toHaveLength(3000);
    expect(parsed).toEqual(parseImport(text));
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(text.length / (64 * 1024)) + 6);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('pauses only when its time budget is spent', async () => {
    const text = JSON.stringify({ format: 'liveblog-lens', version: 1, quotes: Array.from({ length: 100 }, (_, i) => quote(i)) });
    let clock = 0;
    let pauses = 0;
    // Each look at the clock costs 5 ms of "work": a 12 ms budget pauses every third look.
    await parseImportChunked(text, { rowsPerStep: 10, sliceChars: 1 << 20, budgetMs: 12, now: () => (clock += 5), pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(pauses).toBeLessThanOrEqual(6);
  });
});
